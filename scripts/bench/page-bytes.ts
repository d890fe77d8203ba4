/**
 * What a page transfers, from one load with the network recorded until its fonts
 * are ready and the network is idle: the HTML document, the JS and CSS it loads
 * (each file gzip -9 on its own, as a host would compress it), every other file
 * (fonts, images) and any request that left 127.0.0.1 (there should be none: the
 * peers are set up to fetch nothing outside).
 */
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { VIEWPORT } from './page-metrics.ts';

export interface PageBytes {
  htmlGzip: number;
  jsCssGzip: number;
  jsCssFiles: number;
  /** Other files loaded (fonts, images…): count and raw bytes. */
  otherFiles: number;
  otherBytes: number;
  external: string[];
}

const gzip9 = (body: Buffer) => gzipSync(body, { level: 9 }).length;

export async function pageBytes(browser: Browser, url: string): Promise<PageBytes> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const origin = new URL(url).origin;
  const bytes: PageBytes = { htmlGzip: 0, jsCssGzip: 0, jsCssFiles: 0, otherFiles: 0, otherBytes: 0, external: [] };
  const pending: Array<Promise<void>> = [];
  try {
    const page = await context.newPage();
    page.on('request', (request) => {
      if (new URL(request.url()).origin !== origin && !request.url().startsWith('data:'))
        bytes.external.push(request.url());
    });
    page.on('response', (response) => {
      if (response.status() !== 200 || new URL(response.url()).origin !== origin) return;
      const type = response.request().resourceType();
      pending.push(
        response.body().then((body) => {
          if (type === 'document') bytes.htmlGzip += gzip9(body);
          else if (type === 'script' || type === 'stylesheet') {
            bytes.jsCssGzip += gzip9(body);
            bytes.jsCssFiles += 1;
          } else {
            bytes.otherFiles += 1;
            bytes.otherBytes += body.length;
          }
        }),
      );
    });
    await page.goto(url, { waitUntil: 'networkidle', timeout: 120_000 });
    // Fonts load when text using them is first laid out, which a busy page may not reach by network idle:
    // two frames later every such load has started, and document.fonts.ready waits for them.
    await page.evaluate(
      'new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => document.fonts.ready.then(() => done(null)))))',
    );
    await page.waitForLoadState('networkidle');
    await Promise.all(pending);
    return bytes;
  } finally {
    await context.close();
  }
}
