/**
 * Loaders: the only part of the pipeline that touches the file system. They
 * read `content/`, validate it, and hand plain data to the pure transforms.
 * Every failure names the file, the entry and the field.
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { Root } from 'mdast';
import { VFile } from 'vfile';
import type { z } from 'zod';
import { ContentError, locationOf, parseList, placeOf } from './content-error.ts';
import {
  corpusFrontmatterSchema,
  corpusGoldSchema,
  corpusSplitSchema,
  type CorpusFrontmatter,
  type CorpusGold,
} from './corpus-schema.ts';
import { lexiconFileSchema, type Lexicon } from './tagger/lexicon.ts';
import { essayFrontmatterSchema, type EssayFrontmatter } from './essay-schema.ts';
import { goldFileSchema, type GoldFile } from './evaluate.ts';
import { overridesFileSchema, type Override } from './overrides.ts';
import { checkYamlLimits } from './content-limits.ts';
import { contentErrorOf, isFileMessage, parseEssay } from './process-essay.ts';
import { readTextFile, relative } from './read-text-file.ts';
import { timelineChartSchema, type TimelineChart } from './timeline/chart-schema.ts';
import { timelineFileSchema, type TimelineEvent } from './timeline/schema.ts';
import { topicsFileSchema, type Topic } from './topics.ts';
import { parseYamlFile, type YamlFile } from './yaml-file.ts';

export { relative };

/** A slug: lower-case letters and digits, words joined by single hyphens (`kupchan-2021`). */
export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Files a content folder may hold besides its content: its documentation. */
const DOCUMENTATION = new Set(['README.md']);

export interface ContentFile {
  /** The file's name without its extension. */
  slug: string;
  /** Its path. */
  file: string;
}

/**
 * The `<slug>.<ext>` files of a content folder, sorted; `[]` when the folder does
 * not exist. Nothing in it is skipped silently: another extension (`x.yml`,
 * `x.markdown`), a name that is not a slug (`X.md`, `my essay.md`), a folder, and
 * two files that would be one slug (`x.md` and `X.md` or `x.markdown`) stop the
 * build naming the file (both files, for two). A README.md is documentation;
 * hidden files (`.DS_Store`, editors' swap files) are not content and are left alone.
 */
export function listContentFiles(dir: string, ext: string): ContentFile[] {
  if (!existsSync(dir)) return [];
  const names = readdirSync(dir, { withFileTypes: true })
    .filter((entry) => !entry.name.startsWith('.') && !DOCUMENTATION.has(entry.name))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const expected = `expected <slug>.${ext}, a slug being lower-case letters, digits and single hyphens`;
  // Two files that would be one slug, whatever their case or extension: name both.
  const bySlug = new Map<string, string>();
  for (const { name } of names) {
    const key = name.replace(/\.[^.]*$/, '').toLowerCase();
    const other = bySlug.get(key);
    if (other !== undefined)
      throw new ContentError(relative(path.join(dir, name)), [
        `(file): same slug "${key}" as ${relative(path.join(dir, other))}; expected one file per slug (delete or rename one of them)`,
      ]);
    bySlug.set(key, name);
  }
  return names.map((entry) => {
    const file = path.join(dir, entry.name);
    const slug = entry.name.slice(0, -`.${ext}`.length);
    if (!entry.isFile()) throw new ContentError(relative(file), [`(file): a folder where files are read; ${expected}`]);
    if (!entry.name.endsWith(`.${ext}`))
      throw new ContentError(relative(file), [
        `(file): unknown extension "${path.extname(entry.name) || '(none)'}", so it would not be read; ${expected}`,
      ]);
    if (!SLUG.test(slug)) throw new ContentError(relative(file), [`(file): "${slug}" is not a slug; ${expected}`]);
    return { slug, file };
  });
}

/** The essays: `<root>/essays/<slug>.md`. */
export const listEssayFiles = (root: string): ContentFile[] => listContentFiles(path.join(root, 'essays'), 'md');

/**
 * Read and parse a YAML file, keeping the place of every node, or fail at the line and column of bad YAML.
 * Read with limits (`readTextFile`: a regular UTF-8 file, size, line length), and nesting checked before parsing.
 */
export function readYamlFile(file: string): YamlFile {
  const text = readTextFile(file, { expected: 'a UTF-8 YAML file', allowEmpty: true });
  checkYamlLimits(text, relative(file));
  return parseYamlFile(text, relative(file));
}

/** Read and parse a YAML file, or fail at the line and column of bad YAML. */
export const readYaml = (file: string): unknown => readYamlFile(file).data;

/** Read a YAML file and check it with `schema`; each problem names its line and column. */
function loadYaml<T extends z.ZodType>(schema: T, file: string): z.output<T> {
  const yaml = readYamlFile(file);
  return parseList(schema, yaml.data, yaml.file, yaml.locate);
}

export function loadTopics(root: string): Topic[] {
  return loadYaml(topicsFileSchema, path.join(root, 'topics.yaml'));
}

/** The file in `content/timeline/` that holds the chart's categories, eras, lanes and scale; the rest are events. */
export const TIMELINE_CHART_FILE = 'chart.yaml';

/** `content/timeline/chart.yaml`, validated. */
export function loadTimelineChart(root: string): TimelineChart {
  const file = path.join(root, 'timeline', TIMELINE_CHART_FILE);
  if (!existsSync(file))
    throw new ContentError(relative(file), [
      "(file): missing; it defines the timeline's categories, eras, lanes and scale, which every event is checked against",
    ]);
  return loadYaml(timelineChartSchema, file);
}

/**
 * Every other `content/timeline/*.yaml` file, merged and sorted by date; ids must be
 * unique across files, and each event's category and era must be ids the chart defines.
 */
export function loadTimeline(root: string): TimelineEvent[] {
  const dir = path.join(root, 'timeline');
  if (!existsSync(dir)) return [];
  const schema = timelineFileSchema(loadTimelineChart(root));
  const seen = new Map<string, string>();
  const events: TimelineEvent[] = [];
  for (const { file } of listContentFiles(dir, 'yaml').filter(
    ({ file }) => path.basename(file) !== TIMELINE_CHART_FILE,
  )) {
    for (const [index, event] of loadYaml(schema, file).entries()) {
      const other = seen.get(event.id);
      if (other)
        throw new ContentError(relative(file), [
          {
            reason: `entry ${index + 1} (${event.id}) › id: duplicate id, already used in ${other}; expected an id no other event has`,
            place: placeOf(event, 'id'),
          },
        ]);
      seen.set(event.id, locationOf(relative(file), placeOf(event, 'id')));
      events.push(event);
    }
  }
  return events.sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
}

export interface OverrideFile {
  file: string;
  entries: Override[];
}

/** `content/annotations/<slug>.yaml`, if the essay has one. */
export function loadOverrides(root: string, slug: string): OverrideFile | undefined {
  const file = path.join(root, 'annotations', `${slug}.yaml`);
  if (!existsSync(file)) return undefined;
  const yaml = readYamlFile(file);
  // Each entry remembers its places, so a quote that matches no claim is reported at its line (see applyOverrides).
  return { file: yaml.file, entries: parseList(overridesFileSchema, yaml.data ?? [], yaml.file, yaml.locate) };
}

export interface EssaySource<F = EssayFrontmatter> {
  slug: string;
  file: string;
  frontmatter: F;
  tree: Root;
}

/**
 * Read a Markdown file into a `VFile` for the pipeline (`process-essay.ts`): its
 * path as an editor would type it, a BOM dropped and line endings made `\n`.
 */
export function readEssayFile(file: string): VFile {
  const text = readTextFile(file, { expected: 'a UTF-8 Markdown essay' });
  return new VFile({ path: relative(file), value: text.replace(/\r\n?/g, '\n') });
}

/** Read one essay Markdown file: validated front matter and the body's mdast. */
export function readEssay(file: string, options: { requireFrontmatter?: boolean } = {}): EssaySource {
  const schema = options.requireFrontmatter === false ? essayFrontmatterSchema.partial() : essayFrontmatterSchema;
  return readMarkdown(file, schema) as EssaySource;
}

/** Read a Markdown file with front matter checked by `schema` (`parseEssay`): the front matter and the mdast. */
export function readMarkdown<S extends z.ZodType>(file: string, schema: S): EssaySource<z.output<S>> {
  const vfile = readEssayFile(file);
  try {
    const { slug, frontmatter, tree } = parseEssay(vfile, { schema });
    return { slug, file: vfile.path, frontmatter, tree };
  } catch (error) {
    if (isFileMessage(error)) throw contentErrorOf(vfile);
    throw error;
  }
}

/** The hand-annotated evaluation set, `content/gold/<slug>.yaml`, by essay slug. */
export function loadGold(root: string): Map<string, GoldFile> {
  const dir = path.join(root, 'gold');
  const gold = new Map<string, GoldFile>();
  if (!existsSync(dir)) return gold;
  for (const { file } of listContentFiles(dir, 'yaml')) {
    const annotated = loadYaml(goldFileSchema, file);
    gold.set(annotated.essay, annotated);
  }
  return gold;
}

/** The tagger's vocabulary: `content/lexicon/cues.yaml` (argument classes) and `actors.yaml`. */
export function loadLexicon(root: string): Lexicon {
  const read = (name: string) => loadYaml(lexiconFileSchema, path.join(root, 'lexicon', name));
  return { classes: read('cues.yaml'), actors: read('actors.yaml') };
}

export interface CorpusEssay extends EssaySource<CorpusFrontmatter> {
  /** In the locked test split. */
  test: boolean;
  gold?: CorpusGold;
}

/** The corpus of the debate: `content/corpus/*.md`, each with its annotation and its side of the split. */
export function loadCorpus(root: string): CorpusEssay[] {
  const dir = path.join(root, 'corpus');
  if (!existsSync(dir)) return [];
  const splitFile = path.join(root, 'corpus-split.yaml');
  const split = existsSync(splitFile) ? loadYaml(corpusSplitSchema, splitFile) : undefined;
  const test = new Set(split?.test ?? []);
  const essays = listContentFiles(dir, 'md').map(({ file }) => {
    const essay = readMarkdown(file, corpusFrontmatterSchema);
    const goldFile = path.join(root, 'corpus-gold', `${essay.slug}.yaml`);
    const gold = existsSync(goldFile) ? loadYaml(corpusGoldSchema, goldFile) : undefined;
    if (gold && gold.essay !== essay.slug)
      throw new ContentError(relative(goldFile), [
        {
          reason: `essay: expected "${essay.slug}", the file's own name (got "${gold.essay}")`,
          place: placeOf(gold, 'essay'),
        },
      ]);
    return { ...essay, test: test.has(essay.slug), gold };
  });
  const known = new Set(essays.map((e) => e.slug));
  // An annotation whose essay is gone (renamed, deleted) or saved as .yml would be ignored: stop instead.
  for (const { slug, file } of listContentFiles(path.join(root, 'corpus-gold'), 'yaml'))
    if (!known.has(slug))
      throw new ContentError(relative(file), [
        `(file): annotation of a corpus essay that does not exist: no ${relative(path.join(dir, `${slug}.md`))}; expected corpus-gold/<slug>.yaml for an essay in corpus/`,
      ]);
  const unknown = (split?.test ?? []).flatMap((slug, i) => (known.has(slug) ? [] : [{ slug, i }]));
  if (unknown.length)
    throw new ContentError(
      relative(splitFile),
      unknown.map(({ slug, i }) => ({
        reason: `test › ${i + 1}: no corpus essay "${slug}"; expected the name of a file in corpus/ without .md`,
        place: placeOf(split!, 'test', i),
      })),
    );
  return essays;
}
