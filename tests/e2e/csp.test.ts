import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from '../support/browser.ts';

const base = inject('baseUrl');
const dist = inject('distDir');
const htmlFiles = readdirSync(dist, { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.html'))
  .sort();
const read = (file: string) => readFileSync(path.join(dist, file), 'utf8');

/** The policy of a page's CSP meta element, as directive → sources; null when there is none. */
function policyOf(html: string): Map<string, string[]> | null {
  const meta = html.match(/<meta http-equiv="Content-Security-Policy" content="([^"]*)"/i);
  if (!meta) return null;
  const directives = meta[1]!
    .replaceAll('&#39;', "'")
    .split(';')
    .map((d) => d.trim().split(/\s+/));
  return new Map(directives.filter((d) => d[0]).map(([name, ...sources]) => [name!, sources]));
}

/** Open `route` and collect every CSP violation the page reports, from before its first script runs. */
async function violationsOn(page: Page, route: string, ready?: (page: Page) => Promise<unknown>): Promise<string[]> {
  await page.addInitScript(() => {
    const seen: string[] = ((window as unknown as { __csp: string[] }).__csp = []);
    document.addEventListener('securitypolicyviolation', (e) =>
      seen.push(`${e.effectiveDirective} blocked ${e.blockedURI || 'inline'}`),
    );
  });
  const console: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' && /Content.Security.Policy/i.test(m.text())) console.push(m.text());
  });
  await page.goto(`${base}${route}`, { waitUntil: 'load' });
  if (ready) await ready(page);
  const reported = await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp.slice());
  return [...reported, ...console];
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe('the Content-Security-Policy in dist/', () => {
  it('is on every HTML page, first in <head> after the charset, and forbids inline script', () => {
    expect(htmlFiles.length).toBeGreaterThan(20);
    for (const file of htmlFiles) {
      const html = read(file);
      const policy = policyOf(html);
      expect(policy, file).not.toBeNull();
      expect(html.indexOf('http-equiv="Content-Security-Policy"'), file).toBeLessThan(
        html.search(/<(script|link|style)\b/i),
      );
      expect(policy!.get('default-src'), file).toEqual(["'self'"]);
      expect(policy!.get('script-src'), file).toEqual(["'self'", "'wasm-unsafe-eval'"]);
      expect(policy!.get('style-src'), file).toEqual(["'self'"]);
      expect(policy!.get('object-src'), file).toEqual(["'none'"]);
      expect(policy!.get('base-uri'), file).toEqual(["'self'"]);
      expect(policy!.get('form-action'), file).toEqual(["'self'"]);
      expect(policy!.get('img-src'), file).toEqual(["'self'", 'data:']);
    }
  });

  it('leaves no inline <script> and no inline event handler in any page', () => {
    for (const file of htmlFiles) {
      const html = read(file);
      const inline = [...html.matchAll(/<script\b([^>]*)>/gi)].filter((m) => !/\ssrc=/i.test(m[1]!));
      expect(
        inline.map((m) => m[0]),
        file,
      ).toEqual([]);
      expect(html.match(/<[a-z][^>]*\son[a-z]+=/gi) ?? [], file).toEqual([]);
    }
  });
});

describe('pages under the policy in Chromium', () => {
  const searchReady = (page: Page) =>
    page.waitForFunction(() => /results? for/.test(document.querySelector('#search-status')?.textContent ?? ''));
  const routes: Array<[string, ((page: Page) => Promise<unknown>)?]> = [
    ['/'],
    ['/essays/kupchan-2021/'],
    ['/compare/'],
    ['/timeline/'],
    ['/search/?q=treaty', searchReady],
  ];
  for (const [route, ready] of routes) {
    it(`loads ${route} with no CSP violation`, async () => {
      const page = await (await browser.newContext()).newPage();
      const violations = await violationsOn(page, route, ready);
      await page.context().close();
      expect(violations).toEqual([]);
    });
  }

  it('runs search (Pagefind’s WebAssembly) under the policy', async () => {
    const page = await (await browser.newContext()).newPage();
    await violationsOn(page, '/search/?q=treaty', searchReady);
    const results = await page.locator('.search-result').count();
    await page.context().close();
    expect(results).toBeGreaterThan(0);
  });

  it('does block an injected inline script, so the policy is in force', async () => {
    const page = await (await browser.newContext()).newPage();
    await page.goto(`${base}/`);
    const outcome = await page.evaluate(
      () =>
        new Promise<{ ran: boolean; directive: string }>((resolve) => {
          document.addEventListener('securitypolicyviolation', (e) =>
            resolve({
              ran: (window as unknown as { __ran?: boolean }).__ran === true,
              directive: e.effectiveDirective,
            }),
          );
          const script = document.createElement('script');
          script.textContent = 'window.__ran = true';
          document.body.append(script);
        }),
    );
    await page.context().close();
    expect(outcome).toEqual({ ran: false, directive: 'script-src-elem' });
  });
});
