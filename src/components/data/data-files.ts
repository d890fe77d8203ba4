/**
 * The published data files and the schema of each, for the `/data/` page. The fields, their types and their
 * meanings are read from the data contract's schemas (`src/pipeline/data-contract.ts`), so the tables list
 * exactly the fields the endpoints emit; the data-page browser test checks them against `dist/data/*`.
 */
import * as z from 'zod/mini';
import {
  CLAIM_CSV_COLUMNS,
  claimRowSchema,
  essayRowSchema,
  eventRowSchema,
  topicRowSchema,
} from '../../pipeline/data-contract.ts';
import { DATA_FILE_BODIES, dataFileBody, type DataFileName } from '../../site/data-rows.ts';
import type { Wedge } from '../../site/wedge-data.ts';

export interface Field {
  /** Key in the row; nested keys as `parent[].child`. */
  name: string;
  type: string;
  meaning: string;
}

export interface DataFile {
  /** File name under `/data/`; also the section's anchor. */
  file: string;
  format: 'JSON' | 'CSV';
  description: string;
  fields: Field[];
}

/** The parts of a JSON Schema (as `z.toJSONSchema` writes a row schema) that the tables read. */
export interface SchemaNode {
  type?: string | string[];
  enum?: unknown[];
  items?: SchemaNode;
  properties?: Record<string, SchemaNode>;
  required?: string[];
  minimum?: number;
  maximum?: number;
  description?: string;
  /** How a string is written (the contract's own metadata, `YYYY-MM-DD`). */
  notation?: string;
}

/**
 * A field's type as the tables write it: `string`, `integer`, `number 0–1`, `string | null`, `string[]`,
 * `"a" | "b"`, `string YYYY-MM-DD` (its `notation`), `…, optional`, `object[]` (its fields listed after it) or
 * `{title, url}` for an object that is not in a list.
 */
export function typeLabel(node: SchemaNode, optional = false): string {
  const scalar = (type: string): string => {
    if (type === 'string' && node.notation) return `string ${node.notation}`;
    if (type === 'number' && node.minimum !== undefined && node.maximum !== undefined)
      return `number ${node.minimum}–${node.maximum}`;
    if (type === 'array' && node.items) return node.items.type === 'object' ? 'object[]' : `${typeLabel(node.items)}[]`;
    if (type === 'object' && node.properties) return `{${Object.keys(node.properties).join(', ')}}`;
    if (['string', 'integer', 'number', 'boolean', 'null'].includes(type)) return type;
    throw new Error(`data-files: no type label for a field of type ${type}; add one to typeLabel`);
  };
  const types = node.type === undefined ? [] : [node.type].flat();
  const base = node.enum
    ? node.enum.map((value) => JSON.stringify(value)).join(' | ')
    : types.length > 0
      ? types.map(scalar).join(' | ')
      : scalar('unknown');
  return optional ? `${base}, optional` : base;
}

/**
 * The rows of a schema table: each field of the row schema in order, from its JSON Schema, with the fields of a
 * list of objects after it as `parent[].child`. A field without a description fails: the table would have nothing
 * to say of it.
 */
export function schemaFields(schema: z.ZodMiniObject): Field[] {
  return nodeFields(z.toJSONSchema(schema) as SchemaNode, '');
}

function nodeFields(node: SchemaNode, parent: string): Field[] {
  return Object.entries(node.properties ?? {}).flatMap(([key, child]) => {
    const name = `${parent}${key}`;
    if (!child.description)
      throw new Error(`data-files: field ${name} has no description; give it one in src/pipeline/data-contract.ts`);
    const row: Field = {
      name,
      type: typeLabel(child, !(node.required ?? []).includes(key)),
      meaning: child.description,
    };
    return child.type === 'array' && child.items?.type === 'object'
      ? [row, ...nodeFields(child.items, `${name}[].`)]
      : [row];
  });
}

const CLAIM_FIELDS = schemaFields(claimRowSchema);

/** The five files, in the order the page lists them. */
export const DATA_FILES: DataFile[] = [
  {
    file: 'essays.json',
    format: 'JSON',
    description: 'One row per essay.',
    fields: schemaFields(essayRowSchema),
  },
  {
    file: 'claims.json',
    format: 'JSON',
    description: 'One row per claim (sentence) of every essay, in essay order.',
    fields: CLAIM_FIELDS,
  },
  {
    file: 'claims.csv',
    format: 'CSV',
    description:
      'The claims.json rows flattened to RFC 4180 CSV (UTF-8, CRLF line ends, header row). List fields (cues, topics, events) are joined with “|”; an empty section is an empty cell. A cell that begins with =, +, -, @, a tab or a carriage return is written with a leading apostrophe and quoted, so a spreadsheet shows it as text instead of running it as a formula (OWASP’s advice against CSV injection). The optional auto and note columns are not included.',
    fields: CLAIM_FIELDS.filter((f) => (CLAIM_CSV_COLUMNS as string[]).includes(f.name)),
  },
  {
    file: 'topics.json',
    format: 'JSON',
    description: 'The topics the comparison is organised by.',
    fields: schemaFields(topicRowSchema),
  },
  {
    file: 'timeline.json',
    format: 'JSON',
    description:
      'One row per historical event, in date order, with the claims that invoke it and the checks of what the essays say about it.',
    fields: schemaFields(eventRowSchema),
  },
];

/** Size in bytes of each file as the build writes it: the endpoints' own bodies (`dataFileBody`, built once). */
export function dataFileSizes(wedge: Wedge): Record<string, number> {
  return Object.fromEntries(
    (Object.keys(DATA_FILE_BODIES) as DataFileName[]).map((file) => [
      file,
      new TextEncoder().encode(dataFileBody(file, wedge)).length,
    ]),
  );
}

/** `48213` → `47.1 KB` (1 KB = 1,024 bytes); under 1 KB in bytes. */
export function formatBytes(bytes: number): string {
  return bytes < 1024 ? `${bytes} bytes` : `${(bytes / 1024).toFixed(1)} KB`;
}
