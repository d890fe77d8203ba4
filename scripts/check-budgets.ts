/**
 * `tsx scripts/check-budgets.ts [dist]` — the JS and CSS each built page loads, raw
 * and gzip -9, and the elements it holds, against its budget (scripts/checks/budgets.ts).
 * Deterministic: bytes and counts, no timing. Prints a table and exits 1 if any page is over.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { budgetFor, elementCount, elementLimit, pageType, pageWeight, total } from './checks/budgets.ts';
import { htmlFiles, urlPathOf } from './checks/dist-pages.ts';
import { startTags } from './checks/html-refs.ts';

const dist = path.resolve(process.argv[2] ?? 'dist');
const kb = (bytes: number) => (bytes / 1024).toFixed(1);
const rows: string[][] = [
  ['page', 'type', 'JS raw', 'JS gzip', 'CSS raw', 'CSS gzip', 'elements', 'budget (gzip; elements)', 'result'],
];
const onDemand = new Map<string, { raw: number; gzip: number; pages: string[] }>();
let over = 0;

const files = htmlFiles(dist).filter((f) => !f.startsWith('pagefind/'));
files.sort((a, b) => urlPathOf(a).localeCompare(urlPathOf(b)));
for (const file of files) {
  const url = urlPathOf(file);
  const type = pageType(url);
  const budget = budgetFor(type);
  const tags = startTags(readFileSync(path.join(dist, file), 'utf8'));
  const weight = pageWeight(dist, url, tags);
  const js = total(weight.js);
  const css = total(weight.css);
  const { elements, claims } = elementCount(tags);
  const maxElements = elementLimit(budget, claims);
  const ok = js.gzip <= budget.jsGzip && css.gzip <= budget.cssGzip && elements <= maxElements;
  if (!ok) over += 1;
  rows.push([
    url,
    type,
    kb(js.raw),
    kb(js.gzip),
    kb(css.raw),
    kb(css.gzip),
    String(elements),
    `JS ≤ ${kb(budget.jsGzip)}, CSS ≤ ${kb(budget.cssGzip)}; ≤ ${maxElements.toLocaleString('en')}`,
    ok ? 'OK' : 'OVER',
  ]);
  for (const asset of weight.onDemand) {
    const entry = onDemand.get(asset.url) ?? { raw: asset.raw, gzip: asset.gzip, pages: [] };
    entry.pages.push(url);
    onDemand.set(asset.url, entry);
  }
}

const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
const numeric = new Set([2, 3, 4, 5, 6]);
for (const row of rows)
  console.log(
    row
      .map((cell, i) => (numeric.has(i) ? cell.padStart(widths[i]!) : cell.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd(),
  );
console.log(
  'Sizes in KB (1,024 bytes). JS counts every script the page loads, with the modules they import, static or dynamic.\n' +
    'Elements: start tags in the built HTML (what the browser builds before any script runs); essay pages are allowed so many per claim.',
);
if (onDemand.size > 0) {
  console.log(
    'Fetched on demand by scripts, not budgeted (a query loads only the chunks it needs; tests/e2e/budgets.test.ts measures one):',
  );
  for (const [url, a] of onDemand)
    console.log(`  ${url}: ${kb(a.raw)} KB raw, ${kb(a.gzip)} KB gzip in all, for ${a.pages.join(', ')}`);
}
console.log(`check-budgets: ${rows.length - 1} pages, ${over} over budget`);
process.exit(over > 0 ? 1 : 0);
