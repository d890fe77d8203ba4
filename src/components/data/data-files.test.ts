import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { CLAIM_CSV_COLUMNS, claimRowSchema, eventRowSchema } from '../../pipeline/data-contract.ts';
import { DATA_FILES, schemaFields, typeLabel } from './data-files.ts';

const table = (file: string) => DATA_FILES.find((f) => f.file === file)!.fields;

describe('DATA_FILES', () => {
  it('lists exactly the schema’s fields for each file, nested ones after their list', () => {
    expect(table('claims.json').map((f) => f.name)).toEqual(Object.keys(claimRowSchema.shape));
    expect(table('claims.csv').map((f) => f.name)).toEqual(CLAIM_CSV_COLUMNS);
    expect(table('timeline.json').map((f) => f.name)).toEqual([
      ...['id', 'date', 'end', 'title', 'summary', 'category', 'era'],
      ...['sources', 'sources[].title', 'sources[].url', 'claims'],
      ...['checks', 'checks[].claim', 'checks[].essay', 'checks[].verdict', 'checks[].note', 'checks[].source'],
    ]);
  });

  it('gives each field the type and meaning the schema says', () => {
    expect(table('claims.json').map((f) => `${f.name}: ${f.type}`)).toMatchInlineSnapshot(`
      [
        "id: string",
        "essay: string",
        "section: string | null",
        "paragraph: integer",
        "index: integer",
        "text: string",
        "stance: "pressure" | "conciliation" | "futility" | "none"",
        "confidence: number 0–1",
        "cues: string[]",
        "origin: "auto" | "editor"",
        "topics: string[]",
        "events: string[]",
        "url: string",
        "auto: "pressure" | "conciliation" | "futility" | "none", optional",
        "note: string, optional",
      ]
    `);
    expect(table('essays.json').map((f) => `${f.name}: ${f.type}`)).toMatchInlineSnapshot(`
      [
        "slug: string",
        "title: string",
        "author: string",
        "venue: string",
        "published: string YYYY-MM-DD",
        "url: string",
        "thesis: "pressure" | "conciliation" | "futility"",
        "words: integer",
        "claims: integer",
        "summary: string",
        "page: string",
      ]
    `);
    expect(table('timeline.json').map((f) => `${f.name}: ${f.type}`)).toMatchInlineSnapshot(`
      [
        "id: string",
        "date: string YYYY | YYYY-MM | YYYY-MM-DD",
        "end: string YYYY | YYYY-MM | YYYY-MM-DD, optional",
        "title: string",
        "summary: string",
        "category: string",
        "era: string",
        "sources: object[]",
        "sources[].title: string",
        "sources[].url: string",
        "claims: string[]",
        "checks: object[]",
        "checks[].claim: string",
        "checks[].essay: string",
        "checks[].verdict: "consistent" | "inaccurate" | "imprecise"",
        "checks[].note: string",
        "checks[].source: {title, url}",
      ]
    `);
    expect(table('claims.json')[0]!.meaning).toBe(z.globalRegistry.get(claimRowSchema.shape.id)!.description);
    expect(table('timeline.json').find((f) => f.name === 'checks[].note')!.meaning).toBe(
      z.globalRegistry.get(eventRowSchema.shape.checks.def.element.shape.note)!.description,
    );
  });
});

describe('schemaFields', () => {
  const described = <T extends z.ZodMiniType>(schema: T): T => {
    z.globalRegistry.add(schema as z.ZodMiniType, { description: 'D.' });
    return schema;
  };

  it('fails on a field with no description, naming it', () => {
    const schema = z.strictObject({ a: described(z.string()), b: described(z.array(z.object({ c: z.string() }))) });
    expect(() => schemaFields(schema)).toThrowErrorMatchingInlineSnapshot(
      `[Error: data-files: field b[].c has no description; give it one in src/pipeline/data-contract.ts]`,
    );
  });

  it('fails on a kind of field it cannot name', () => {
    expect(() => schemaFields(z.strictObject({ a: described(z.unknown()) }))).toThrowErrorMatchingInlineSnapshot(
      `[Error: data-files: no type label for a field of type unknown; add one to typeLabel]`,
    );
  });
});

describe('typeLabel', () => {
  it('names nullable, optional and listed fields', () => {
    expect(typeLabel({ type: ['string', 'null'], notation: 'YYYY' })).toBe('string YYYY | null');
    expect(typeLabel({ type: 'integer', minimum: 1, maximum: 10 }, true)).toBe('integer, optional');
    expect(typeLabel({ type: 'array', items: { type: 'string', enum: ['a', 'b'] } })).toBe('"a" | "b"[]');
  });
});
