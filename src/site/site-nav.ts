/**
 * The site header's essay links, computed once per build beside getWedge and handed to the layout: each essay by
 * its author's surname while there are few, else one link to the list on the home page.
 */
import { surname } from './format.ts';
import { essayUrl } from './routes.ts';

/** Up to this many essays are linked by author in the header; past it, one link to the list on the home page. */
export const NAV_ESSAYS = 4;

export interface SiteNav {
  /** Every essay's page, labelled by its author's surname. */
  essays: Array<{ href: string; label: string }>;
  /** Whether the header lists them (few enough) or links to the home page's list instead. */
  byAuthor: boolean;
}

export function siteNav(essays: ReadonlyArray<{ slug: string; data: { author: string } }>): SiteNav {
  return {
    essays: essays.map((essay) => ({ href: essayUrl(essay.slug), label: surname(essay.data.author) })),
    byAuthor: essays.length <= NAV_ESSAYS,
  };
}
