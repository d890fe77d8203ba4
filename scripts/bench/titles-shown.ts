/**
 * How many event titles a page shows: a title counts when a text node holding it
 * is in an element that renders (`checkVisibility` with opacity and visibility:
 * not display: none, not hidden, not transparent; HTML or SVG text alike).
 * Entries of a `content-visibility: auto` list that are off screen count, since
 * they render as the reader scrolls to them and find-in-page reaches them; the
 * same titles searched in `document.body.innerText` alone are reported beside,
 * because innerText leaves such entries out.
 */
import type { Browser } from 'playwright-core';
import { VIEWPORT } from './page-metrics.ts';

export interface TitlesShown {
  shown: number;
  inInnerText: number;
}

/** A page function (source) from the titles to a TitlesShown. */
export const TITLES_SHOWN = `((titles) => {
  const norm = (s) => s.replace(/\\s+/g, ' ');
  const texts = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const el = node.parentElement;
    if (el && el.checkVisibility({ opacityProperty: true, visibilityProperty: true })) texts.push(node.data);
  }
  const rendered = norm(texts.join('\\n'));
  const inner = norm(document.body.innerText);
  return {
    shown: titles.filter((t) => rendered.includes(norm(t))).length,
    inInnerText: titles.filter((t) => inner.includes(norm(t))).length,
  };
})`;

/** Titles shown with JavaScript off: the page loaded with scripting disabled. */
export async function titlesWithoutJs(browser: Browser, url: string, titles: readonly string[]): Promise<TitlesShown> {
  const context = await browser.newContext({ viewport: VIEWPORT, javaScriptEnabled: false });
  try {
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
    return (await page.evaluate(`${TITLES_SHOWN}(${JSON.stringify(titles)})`)) as TitlesShown;
  } finally {
    await context.close();
  }
}
