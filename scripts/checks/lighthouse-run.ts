/**
 * Lighthouse against a built site on loopback, in Debian's Chromium: serves
 * `dist` (gzip-compressed as any static host serves it, or raw), launches one
 * Chromium, and hands `use` a function that audits one URL path. Used by
 * scripts/lighthouse.ts (every category once, CI) and by `npm run bench`
 * (performance, five runs: scripts/bench/lighthouse-medians.ts).
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { desktopConfig, type Flags } from 'lighthouse';
import { serveStatic } from '../../tests/support/static-server.ts';
import { CHROMIUM_FLAGS } from '../../tests/support/browser.ts';
import { serveCompressed } from './compressed-server.ts';
import type { LighthouseResult } from './lighthouse-report.ts';

export interface LighthouseOptions {
  /** Lighthouse's desktop preset instead of mobile emulation with simulated throttling (default false). */
  desktop?: boolean;
  /** Serve uncompressed (tests/support/static-server.ts) instead of gzip (default false). */
  raw?: boolean;
  /** Categories to run (default all four: performance, accessibility, best-practices, seo). */
  categories?: readonly string[];
}

export const LIGHTHOUSE_CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

/** Run `use` with an `audit(page)` that returns the Lighthouse result of one URL path; cleans up after. */
export async function withLighthouse<T>(
  dist: string,
  options: LighthouseOptions,
  use: (audit: (page: string) => Promise<LighthouseResult>) => Promise<T>,
): Promise<T> {
  const { desktop = false, raw = false, categories = LIGHTHOUSE_CATEGORIES } = options;
  const { server, url: base } = await (raw ? serveStatic(dist) : serveCompressed(dist));
  try {
    const chrome = await chromeLauncher.launch({
      chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
      chromeFlags: CHROMIUM_FLAGS,
    });
    try {
      const flags: Flags = { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...categories] };
      return await use(async (page) => {
        const result = await lighthouse(`${base}${page}`, flags, desktop ? desktopConfig : undefined);
        const lhr = result?.lhr as unknown as LighthouseResult | undefined;
        if (!lhr) throw new Error(`lighthouse returned no result for ${page}`);
        return lhr;
      });
    } finally {
      chrome.kill();
    }
  } finally {
    server.close();
  }
}
