import 'reflect-metadata';
import { buildSchemaSdl } from '../graphql/print-schema.js';

/** `npm run schema` writes apps/api/schema.gql; CI fails when the committed file differs. */
buildSchemaSdl()
  .then((sdl) => process.stdout.write(sdl))
  .catch((error) => {
    console.error(error);
    process.exit(1);
  });
