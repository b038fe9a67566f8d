import fs from 'node:fs';
import path from 'node:path';
import { pendingSchemaChanges } from './migration-tools.js';

/** `npm run db:generate -- <kebab-name>`: writes a migration to review, edit and commit. */
async function main(): Promise<void> {
  const name = process.argv[2];
  if (!name || !/^[a-z0-9-]+$/.test(name)) throw new Error('usage: npm run db:generate -- <kebab-case-name>');
  const { up, down } = await pendingSchemaChanges();
  if (up.length === 0) {
    console.log('Entities and migrations agree; nothing to generate.');
    return;
  }
  const stamp = Date.now();
  const className = name.replace(/(^|-)(\w)/g, (_, __, c: string) => c.toUpperCase()) + stamp;
  const lines = (qs: string[]) => qs.map((q) => `    await queryRunner.query(${JSON.stringify(q)});`).join('\n');
  const file = path.join(import.meta.dirname, '..', '..', 'src', 'database', 'migrations', `${stamp}-${name}.ts`);
  fs.writeFileSync(
    file,
    `import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ${className} implements MigrationInterface {
  name = '${className}';

  public async up(queryRunner: QueryRunner): Promise<void> {
${lines(up)}
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
${lines(down)}
  }
}
`,
  );
  console.log(`Wrote ${path.relative(process.cwd(), file)}: review it, add it to migrations/index.ts, rebuild, run db:check.`);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
