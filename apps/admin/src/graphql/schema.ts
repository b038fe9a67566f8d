import { buildSchema, introspectionFromSchema, type IntrospectionSchema } from 'graphql';
// Static schema: the API's committed SDL is bundled into the app, so the provider never runs the
// introspection query (Apollo disables it in production, and it trips the complexity limit;
// stack.md §1). CI fails when the committed SDL drifts from the generated one.
import schemaSdl from '../../../api/schema.gql?raw';

/** The API schema as introspection JSON, built at module load from the SDL bundled into the app. */
export const introspectionSchema: IntrospectionSchema = introspectionFromSchema(buildSchema(schemaSdl)).__schema;
