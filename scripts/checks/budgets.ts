/**
 * Page weight budgets: which kind of page a URL is, what it may ship, and how
 * much JS and CSS a built page references. Sizes are raw and gzip -9 bytes.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileFor } from './dist-pages.ts';
import type { StartTag } from './html-refs.ts';

export type PageType =
  'home' | 'essay' | 'method' | 'compare' | 'compare-topic' | 'data' | 'timeline' | 'search' | 'analyse' | 'other';

export interface Budget {
  /** Reading pages must read with JS off; enhancement pages may need JS for their extra. */
  kind: 'reading' | 'enhancement';
  /** Most gzip bytes of JS the page may load (static and dynamic imports). */
  jsGzip: number;
  /** Most gzip bytes of CSS. */
  cssGzip: number;
  /** Most elements in the built HTML: a fixed allowance, plus `perClaim` for each claim the page shows in full. */
  elements: { base: number; perClaim: number };
}

const KB = 1024;
const READING = { kind: 'reading', jsGzip: 10 * KB, cssGzip: 20 * KB } as const;
const ENHANCEMENT = { kind: 'enhancement', jsGzip: 30 * KB, cssGzip: 20 * KB } as const;
/**
 * /analyse/ runs the whole pipeline in the reader's browser (a tool, not a reading page): its code, the worker's
 * included, may be 150 KB gzip. wink's language model (~1 MB gzip) is imported by the worker on the first analysis
 * only and is counted apart (`ON_DEMAND_SCRIPTS`).
 */
const TOOL = { kind: 'enhancement', jsGzip: 150 * KB, cssGzip: 20 * KB } as const;

/**
 * Elements per page type. Lighthouse flags a DOM past ~1,400 elements; pages that grow with their data get a
 * fixed allowance for the frame and so much per claim (an essay page draws each claim with its details). The
 * timeline's 2,000 is its bar at 110+ events with the full list (BENCHMARKS.md); the compare matrix grows with
 * essays × topics until it groups essays by thesis past six.
 */
const ELEMENTS: Record<PageType, Budget['elements']> = {
  home: { base: 400, perClaim: 0 },
  essay: { base: 250, perClaim: 20 },
  method: { base: 800, perClaim: 0 },
  compare: { base: 6000, perClaim: 0 },
  'compare-topic': { base: 1500, perClaim: 0 },
  data: { base: 1000, perClaim: 0 },
  timeline: { base: 2000, perClaim: 0 },
  search: { base: 400, perClaim: 0 },
  analyse: { base: 400, perClaim: 0 },
  other: { base: 400, perClaim: 0 },
};

/** The kind of page served at a URL path. */
export function pageType(urlPath: string): PageType {
  if (urlPath === '/') return 'home';
  if (urlPath.startsWith('/essays/')) return 'essay';
  if (urlPath === '/method/') return 'method';
  if (urlPath === '/compare/') return 'compare';
  if (urlPath.startsWith('/compare/')) return 'compare-topic';
  if (urlPath === '/data/') return 'data';
  if (urlPath.startsWith('/timeline/')) return 'timeline';
  if (urlPath.startsWith('/search/')) return 'search';
  if (urlPath === '/analyse/') return 'analyse';
  return 'other';
}

/** The budget for a kind of page: /analyse/ may ship 150 KB gzip of JS, the timeline and search pages 30 KB, the rest 10 KB. */
export function budgetFor(type: PageType): Budget {
  const weight = type === 'analyse' ? TOOL : type === 'timeline' || type === 'search' ? ENHANCEMENT : READING;
  return { ...weight, elements: ELEMENTS[type] };
}

/** Elements in a built page (its start tags; template contents excluded) and the claims it shows in full. */
export function elementCount(tags: StartTag[]): { elements: number; claims: number } {
  return {
    elements: tags.length,
    claims: tags.filter((tag) => (tag.attributes.class ?? '').split(/\s+/).includes('claim') && tag.attributes.id)
      .length,
  };
}

/** The most elements a page may have, given its type and how many claims it shows. */
export const elementLimit = (budget: Budget, claims: number): number =>
  budget.elements.base + budget.elements.perClaim * claims;

export interface Asset {
  url: string;
  raw: number;
  gzip: number;
}

export interface PageWeight {
  js: Asset[];
  css: Asset[];
  /**
   * Directories of data the page's scripts fetch on demand (Pagefind's wasm and index), whole, and scripts imported
   * only when the reader asks (`ON_DEMAND_SCRIPTS`): reported, not budgeted.
   */
  onDemand: Asset[];
}

/** The URLs a page's tags load as JS (script src, modulepreload) and CSS (stylesheet links), and the inline script/style bodies. */
export function pageAssets(tags: StartTag[]): { js: string[]; css: string[]; inlineJs: string[]; inlineCss: string[] } {
  const js: string[] = [];
  const css: string[] = [];
  const inlineJs: string[] = [];
  const inlineCss: string[] = [];
  for (const { name, attributes, body } of tags) {
    const rel = (attributes.rel ?? '').toLowerCase().split(/\s+/);
    if (name === 'script') {
      const type = (attributes.type ?? '').toLowerCase();
      if (type !== '' && type !== 'module' && !type.includes('javascript')) continue; // JSON data, not code
      if (attributes.src) js.push(attributes.src);
      else if (body?.trim()) inlineJs.push(body);
    } else if (name === 'link' && attributes.href) {
      if (rel.includes('modulepreload')) js.push(attributes.href);
      if (rel.includes('stylesheet')) css.push(attributes.href);
    } else if (name === 'style' && body?.trim()) {
      inlineCss.push(body);
    }
  }
  return { js, css, inlineJs, inlineCss };
}

const IMPORT = /\b(?:import|export)\s*(?:[\w*{}\s,$]*?\bfrom\s*)?["']([^"']+)["']/g;
const DYNAMIC_IMPORT = /\bimport\s*\(\s*["'`]([^"'`]+)["'`]\s*\)/g;
/** A path to a script written as a plain string, as in `import(new URL('/pagefind/pagefind.js', location.href).href)`. */
const SCRIPT_PATH = /["'`]((?:\.{1,2})?\/[^"'`\s${}]+\.m?js)["'`]/g;

/**
 * The modules a JS file imports, statically or dynamically (string specifiers).
 * Only paths (`./`, `../`, `/`) count; bare package names cannot be in a built site.
 */
export function jsImports(source: string): string[] {
  const found = new Set<string>();
  for (const pattern of [IMPORT, DYNAMIC_IMPORT]) for (const [, spec] of source.matchAll(pattern)) found.add(spec!);
  return [...found].filter((spec) => spec.startsWith('.') || spec.startsWith('/'));
}

/** Script paths a JS file names as plain strings: candidates only, counted when the file is in the build. */
export function scriptPaths(source: string): string[] {
  return [...new Set([...source.matchAll(SCRIPT_PATH)].map(([, spec]) => spec!))];
}

/** Directories whose non-JS files a script fetches by computed name (Pagefind's wasm and index chunks). */
export const ON_DEMAND_DIRS = ['/pagefind/'];

/**
 * Built scripts a page's code imports only when the reader asks, reported beside the budget rather than in it:
 * wink's language model, which the analyse worker imports on the first analysis (src/scripts/analyse/wink-model.ts).
 */
export const ON_DEMAND_SCRIPTS = [/^\/_astro\/wink-model[-.][\w-]+\.js$/];

export function sizeOf(url: string, content: Buffer): Asset {
  return { url, raw: content.length, gzip: gzipSync(content, { level: 9 }).length };
}

/**
 * Everything a page at `pageUrl` loads: JS with the modules it imports (followed
 * through the files in `dist`), CSS, and inline code. A missing file is an error:
 * check-links reports it; budgets refuse to guess its size.
 */
export function pageWeight(dist: string, pageUrl: string, tags: StartTag[]): PageWeight {
  const assets = pageAssets(tags);
  const base = new URL(pageUrl, 'http://site.invalid');
  const read = (url: string): Buffer => {
    const file = fileFor(dist, url);
    if (!file) throw new Error(`${pageUrl}: ${url} is not in ${dist}`);
    return readFileSync(file);
  };
  const local = (href: string): string | null => {
    const url = new URL(href, base);
    return url.origin === base.origin ? url.pathname : null;
  };
  const js = new Map<string, Asset>();
  const onDemandJs = new Map<string, Asset>();
  const queue = assets.js.map(local).filter((u): u is string => u !== null);
  assets.inlineJs.forEach((body, i) => {
    const text = Buffer.from(body);
    js.set(`(inline script ${i + 1})`, sizeOf(`(inline script ${i + 1})`, text));
    for (const spec of jsImports(body)) queue.push(new URL(spec, base).pathname);
  });
  while (queue.length > 0) {
    const url = queue.shift()!;
    if (js.has(url) || onDemandJs.has(url)) continue;
    const content = read(url);
    (ON_DEMAND_SCRIPTS.some((pattern) => pattern.test(url)) ? onDemandJs : js).set(url, sizeOf(url, content));
    const source = content.toString('utf8');
    for (const spec of jsImports(source)) queue.push(new URL(spec, new URL(url, base)).pathname);
    for (const spec of scriptPaths(source)) {
      const target = new URL(spec, new URL(url, base)).pathname;
      if (fileFor(dist, target)) queue.push(target);
    }
  }
  const css = assets.css
    .map(local)
    .filter((u): u is string => u !== null)
    .map((url) => sizeOf(url, read(url)));
  assets.inlineCss.forEach((body, i) => css.push(sizeOf(`(inline style ${i + 1})`, Buffer.from(body))));
  const onDemand = [
    ...ON_DEMAND_DIRS.filter((dir) => [...js.keys()].some((url) => url.startsWith(dir))).map((dir) =>
      directorySize(dist, dir),
    ),
    ...onDemandJs.values(),
  ];
  return { js: [...js.values()], css, onDemand };
}

/** Raw and gzip bytes of every non-JS file under a directory of `dist`. */
function directorySize(dist: string, dir: string): Asset {
  const root = path.join(dist, dir);
  const sizes = readdirSync(root, { recursive: true, encoding: 'utf8' })
    .map((f) => path.join(root, f))
    .filter((f) => statSync(f).isFile() && !/\.m?js$/.test(f))
    .map((f) => sizeOf(f, readFileSync(f)));
  return { url: `${dir} (${sizes.length} data files)`, ...total(sizes) };
}

export const total = (assets: Asset[]) =>
  assets.reduce((sum, a) => ({ raw: sum.raw + a.raw, gzip: sum.gzip + a.gzip }), { raw: 0, gzip: 0 });
