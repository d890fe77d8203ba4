import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { describeViolations, launchChromium, openPage, runAxe } from '../support/browser.ts';

const base = inject('baseUrl');
const dist = inject('distDir');
const FILES = ['essays.json', 'claims.json', 'claims.csv', 'topics.json', 'timeline.json'];

/** Every key in the rows, with keys of nested objects (in arrays or not) as `parent[].child` / `parent.child`, one level down. */
function keysOf(rows: Array<Record<string, unknown>>): Set<string> {
  const keys = new Set<string>();
  for (const row of rows) {
    for (const [key, value] of Object.entries(row)) {
      keys.add(key);
      const nested = Array.isArray(value) ? value.filter((v) => v && typeof v === 'object') : [];
      for (const item of nested) for (const child of Object.keys(item as object)) keys.add(`${key}[].${child}`);
    }
  }
  return keys;
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe('/data/', () => {
  it('links every data file, and each downloads and parses', async () => {
    const page = await openPage(browser, `${base}/data/`, { javaScriptEnabled: false });
    const links = await page
      .locator('a[download]')
      .evaluateAll((as) => as.map((a) => ({ href: a.getAttribute('href')!, bytes: a.getAttribute('data-bytes') })));
    await page.context().close();
    expect(links.map((l) => l.href)).toEqual(FILES.map((f) => `/data/${f}`));
    for (const { href, bytes } of links) {
      const response = await fetch(`${base}${href}`);
      expect(response.status, href).toBe(200);
      const body = await response.text();
      expect(Buffer.byteLength(body), `${href}: the stated size is the file's size`).toBe(Number(bytes));
      if (href.endsWith('.json')) expect(Array.isArray(JSON.parse(body))).toBe(true);
      else {
        const [header, ...lines] = body.trimEnd().split('\r\n');
        expect(header!.split(',')[0]).toBe('id');
        expect(lines.length).toBeGreaterThan(0);
      }
    }
  });

  it('documents every field in the files, and no field the files lack', async () => {
    const page = await openPage(browser, `${base}/data/`, { javaScriptEnabled: false });
    for (const file of FILES) {
      const id = file.replace('.', '-');
      const documented = await page
        .locator(`section[aria-labelledby="${id}"] code[data-field]`)
        .evaluateAll((cs) => cs.map((c) => c.textContent!));
      const text = readFileSync(path.join(dist, 'data', file), 'utf8');
      const actual = file.endsWith('.csv')
        ? new Set(text.split('\r\n')[0]!.split(','))
        : keysOf(JSON.parse(text) as Array<Record<string, unknown>>);
      expect(new Set(documented), file).toEqual(actual);
    }
    await page.context().close();
  });

  it('gives a Chicago note, a bibliography entry and a BibTeX entry for each essay, from its data', async () => {
    const essays = JSON.parse(readFileSync(path.join(dist, 'data/essays.json'), 'utf8')) as Array<{
      title: string;
      url: string;
      venue: string;
    }>;
    const page = await openPage(browser, `${base}/data/`, { javaScriptEnabled: false });
    const blocks = await page
      .locator('section.citation')
      .evaluateAll((ss) => ss.map((s) => [...s.querySelectorAll('pre code')].map((c) => c.textContent!)));
    await page.context().close();
    expect(blocks).toHaveLength(essays.length);
    essays.forEach((essay, i) => {
      const [note, bibliography, bibtex] = blocks[i]!;
      expect(note).toContain(essay.url);
      expect(bibliography).toContain(`${essay.venue},`);
      expect(bibtex).toMatch(/^@article\{[a-z]+\d{4}[a-z0-9]+,/);
      expect(bibtex).toContain(`url          = {${essay.url}}`);
    });
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    for (const width of [360, 1280]) {
      it(`has no axe-core violations in the ${colorScheme} theme at ${width} px`, async () => {
        const page = await openPage(browser, `${base}/data/`, { colorScheme, viewport: { width, height: 900 } });
        await page.screenshot({
          path: `tests/e2e/screenshots/data-${colorScheme}-${width}.png`,
          fullPage: width === 360 ? false : true,
        });
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );
        const violations = await runAxe(page);
        await page.context().close();
        expect(violations, describeViolations(violations)).toEqual([]);
        expect(overflow, 'no sideways scrolling').toBeLessThanOrEqual(0);
      });
    }
  }
});
