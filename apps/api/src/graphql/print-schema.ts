import { NestFactory } from '@nestjs/core';
import { GraphQLSchemaBuilderModule, GraphQLSchemaFactory } from '@nestjs/graphql';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import './enums.js';
import { RESOLVERS } from './resolvers.js';

/** The SDL as committed in apps/api/schema.gql: sorted, so it only changes when the API does. */
export function sdlOf(schema: GraphQLSchema): string {
  return printSchema(lexicographicSortSchema(schema)) + '\n';
}

export async function buildSchemaSdl(): Promise<string> {
  const app = await NestFactory.create(GraphQLSchemaBuilderModule, { logger: false });
  await app.init();
  try {
    const schema = await app.get(GraphQLSchemaFactory).create(RESOLVERS);
    return sdlOf(schema);
  } finally {
    await app.close();
  }
}
