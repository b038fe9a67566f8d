import { pendingSchemaChanges } from './migration-tools.js';

/** CI drift check: fails when the entities need a statement the committed migrations lack. */
async function main(): Promise<void> {
  const { up } = await pendingSchemaChanges();
  if (up.length > 0) {
    console.error('Entities and migrations disagree. Missing statements:\n' + up.map((q) => `  ${q};`).join('\n'));
    console.error('Run `npm run db:generate -- <name>`, review the file and commit it.');
    process.exit(1);
  }
  console.log('Entities and migrations agree.');
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
