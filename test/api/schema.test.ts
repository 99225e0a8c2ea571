import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { printSdl, SCHEMA_FILE } from '../../src/api/sdl.ts';

describe('schema/schema.graphql', () => {
  it('is the schema the code builds (run `npm run schema:print` after changing a type)', () => {
    const committed = readFileSync(join(import.meta.dirname, '..', '..', SCHEMA_FILE), 'utf8');
    expect(printSdl()).toBe(committed);
  });

  it('has the types, enums and entry points the API promises', () => {
    const sdl = printSdl();
    for (const type of ['Page', 'Article', 'Person', 'Organization', 'District', 'Activity', 'Position', 'Place']) {
      expect(sdl).toMatch(new RegExp(`^type ${type}( implements Node)? \\{`, 'm'));
    }
    expect(sdl).toMatch(/enum ActivityKind \{[^}]*VISIT/);
    expect(sdl).toMatch(/enum ParticipantRole \{[^}]*LED/);
    expect(sdl).toMatch(/enum AuthorRole \{[^}]*REPORTER/);
    expect(sdl).toContain('node(id: ID!): Node');
    expect(sdl).toMatch(/\n  path\(\n[\s\S]*?\n  \): Path\n/);
    expect(sdl).toMatch(/\n  paths\(\n[\s\S]*?\n  \): \[Path!\]!\n/);
  });
});
