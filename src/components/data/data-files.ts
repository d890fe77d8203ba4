/**
 * The published data files and the schema of each, for the `/data/` page. The fields, their types and their
 * meanings are read from the data contract's schemas (`src/pipeline/data-contract.ts`), so the tables list
 * exactly the fields the endpoints emit; the data-page browser test checks them against `dist/data/*`.
 */
import { z } from 'zod';
import {
  CLAIM_CSV_COLUMNS,
  claimRowSchema,
  essayRowSchema,
  eventRowSchema,
  topicRowSchema,
} from '../../pipeline/data-contract.ts';
import { DATA_FILE_BODIES } from '../../site/data-rows.ts';
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

/**
 * A field's type as the tables write it: `string`, `integer`, `number 0–1`, `string | null`, `string[]`,
 * `"a" | "b"`, `string YYYY-MM-DD` (its `notation`, or a wrapper's), `…, optional`, `object[]` (its fields listed after it) or
 * `{title, url}` for an object that is not in a list.
 */
export function typeLabel(schema: z.ZodType, notation = schema.meta()?.notation): string {
  if (schema instanceof z.ZodOptional) return `${typeLabel(schema.unwrap() as z.ZodType, notation)}, optional`;
  if (schema instanceof z.ZodNullable) return `${typeLabel(schema.unwrap() as z.ZodType, notation)} | null`;
  if (schema instanceof z.ZodString) return notation ? `string ${notation}` : 'string';
  if (schema instanceof z.ZodNumber) {
    if (schema.isInt) return 'integer';
    return schema.minValue !== null && schema.maxValue !== null
      ? `number ${schema.minValue}–${schema.maxValue}`
      : 'number';
  }
  if (schema instanceof z.ZodEnum) return schema.options.map((option) => JSON.stringify(option)).join(' | ');
  if (schema instanceof z.ZodArray) {
    const element = schema.element as z.ZodType;
    return element instanceof z.ZodObject ? 'object[]' : `${typeLabel(element)}[]`;
  }
  if (schema instanceof z.ZodObject) return `{${Object.keys(schema.shape).join(', ')}}`;
  throw new Error(`data-files: no type label for a ${schema.def.type} field; add one to typeLabel`);
}

/**
 * The rows of a schema table: each field of `schema` in order, with the fields of a list of objects after it as
 * `parent[].child`. A field without a description fails: the table would have nothing to say of it.
 */
export function schemaFields(schema: z.ZodObject, parent = ''): Field[] {
  return Object.entries(schema.shape).flatMap(([key, field]) => {
    const name = `${parent}${key}`;
    const meaning = (field as z.ZodType).meta()?.description;
    if (!meaning) throw new Error(`data-files: field ${name} has no description; give it one with .describe()`);
    const row: Field = { name, type: typeLabel(field as z.ZodType), meaning };
    const element = field instanceof z.ZodArray ? (field.element as z.ZodType) : undefined;
    return element instanceof z.ZodObject ? [row, ...schemaFields(element, `${name}[].`)] : [row];
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

/** Size in bytes of each file as the build writes it: the endpoints' own bodies (`DATA_FILE_BODIES`). */
export function dataFileSizes(wedge: Wedge): Record<string, number> {
  return Object.fromEntries(
    Object.entries(DATA_FILE_BODIES).map(([file, body]) => [file, new TextEncoder().encode(body(wedge)).length]),
  );
}

/** `48213` → `47.1 KB` (1 KB = 1,024 bytes); under 1 KB in bytes. */
export function formatBytes(bytes: number): string {
  return bytes < 1024 ? `${bytes} bytes` : `${(bytes / 1024).toFixed(1)} KB`;
}
