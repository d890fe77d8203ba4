/**
 * `tsx scripts/lighthouse.ts [dist] [--preset=desktop]` — serve a built site on
 * loopback and run Lighthouse (performance, accessibility, best practices, SEO)
 * on one page of each kind in Debian's Chromium, and print every score.
 *
 * It gates only on what does not depend on timing: accessibility, best practices
 * and SEO. A score under 1.00 is printed with the audits that cost it (worth a
 * look); under 0.95 it fails (exit 1). Performance from simulated throttling on a
 * shared two-core machine varies from run to run (0.92–0.99 for one page here), so
 * it is printed, never judged: `npm run bench` reports its median over five runs.
 *
 * The pages are served gzip-compressed (scripts/checks/compressed-server.ts), as
 * any static host serves them; `--raw` serves them uncompressed with
 * tests/support/static-server.ts instead, to see the difference.
 */
import path from 'node:path';
import { htmlFiles, urlPathOf } from './checks/dist-pages.ts';
import { failingAudits, lighthousePages } from './checks/lighthouse-report.ts';
import { LIGHTHOUSE_CATEGORIES as CATEGORIES, withLighthouse } from './checks/lighthouse-run.ts';

/** The categories that gate: their audits are deterministic for a given page. */
const GATED = new Set<string>(['accessibility', 'best-practices', 'seo']);
const MINIMUM = 0.95;

const args = process.argv.slice(2);
const desktop = args.includes('--preset=desktop');
const dist = path.resolve(args.find((a) => !a.startsWith('--')) ?? 'dist');
const pages = lighthousePages(htmlFiles(dist).map(urlPathOf));

const raw = args.includes('--raw');
const rows: string[][] = [['page', ...CATEGORIES]];
const problems: string[] = [];
const notes: string[] = [];
await withLighthouse(dist, { desktop, raw }, async (audit) => {
  for (const page of pages) {
    const lhr = await audit(page);
    if (lhr.runtimeError) problems.push(`${page}: runtime error ${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
    rows.push([page, ...CATEGORIES.map((id) => lhr.categories[id]?.score?.toFixed(2) ?? 'n/a')]);
    for (const id of CATEGORIES) {
      if (!GATED.has(id)) continue;
      const score = lhr.categories[id]?.score ?? null;
      if (score !== null && score >= 1) continue;
      const failing = score === null || score < MINIMUM;
      const out = failing ? problems : notes;
      out.push(`${page} ${id} ${score ?? 'n/a'}${failing ? '' : ' (worth a look)'}:`);
      for (const line of failingAudits(lhr, id)) out.push(`  ${line}`);
    }
  }
});

const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
for (const row of rows)
  console.log(row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  '));
console.log(
  `(${desktop ? 'desktop preset' : 'mobile emulation, simulated throttling'}; ${raw ? 'uncompressed' : 'gzip'}; ` +
    `accessibility, best practices and SEO fail under ${MINIMUM}; performance is printed, not judged: see npm run bench)`,
);
for (const line of [...notes, ...problems]) console.log(line);
process.exit(problems.length > 0 ? 1 : 0);
