// Writes the GraphQL schema as SDL to schema/schema.graphql (npm run schema:print).
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { printSdl, SCHEMA_FILE } from '../src/api/sdl.ts';

mkdirSync(dirname(SCHEMA_FILE), { recursive: true });
writeFileSync(SCHEMA_FILE, printSdl());
console.log(`wrote ${SCHEMA_FILE}`);
