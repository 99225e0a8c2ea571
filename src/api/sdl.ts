// The schema as SDL text: what scripts/print-schema.ts writes to
// schema/schema.graphql and what the schema test compares it with.
import { lexicographicSortSchema, printSchema } from 'graphql';
import { schema } from './schema.ts';

export const SCHEMA_FILE = 'schema/schema.graphql';

export function printSdl(): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
