/**
 * Every URL the site links to, in one place. The pipeline emits ids (essay slugs, claim ids, topic and event
 * ids); pages, data rows, the search index and the analyse page turn them into URLs here.
 */

/** The site's fixed pages. */
export const PAGES = {
  home: '/',
  essays: '/#essays',
  compare: '/compare/',
  timeline: '/timeline/',
  method: '/method/',
  data: '/data/',
  search: '/search/',
  analyse: '/analyse/',
} as const;

/** An essay's page: `/essays/<slug>/`. */
export const essayUrl = (slug: string): string => `/essays/${slug}/`;

/** A claim's permalink on its essay's page: `/essays/<slug>/#<id>`. */
export const claimUrl = (claim: { essay: string; id: string }): string => `${essayUrl(claim.essay)}#${claim.id}`;

/** A topic's compare page: `/compare/<id>/`. */
export const topicUrl = (topic: string): string => `/compare/${topic}/`;

/** A timeline event, deep-linked: `/timeline/#<id>`. */
export const eventUrl = (event: string): string => `${PAGES.timeline}#${event}`;
