/**
 * `tsx scripts/check-links.ts [dist]` — every internal link (href, src, action) and
 * #fragment in every built page resolves: the file exists and the id is on the page.
 * Prints the broken ones and exits 1 if there are any.
 */
import path from 'node:path';
import { findBrokenLinks } from './checks/links.ts';

/** The canonical origin (astro.config.mjs `site`): absolute links to it are checked as internal. */
const SITE = 'https://wedge.example.org';

const dist = path.resolve(process.argv[2] ?? 'dist');
const { pages, links, broken } = findBrokenLinks(dist, SITE);
for (const { page, reference, reason } of broken) {
  console.log(`${page}: <${reference.tag} ${reference.attribute}="${reference.value}">: ${reason}`);
}
console.log(`check-links: ${pages} pages, ${links} internal links, ${broken.length} broken`);
process.exit(broken.length > 0 ? 1 : 0);
