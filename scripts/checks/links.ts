/** Internal links of a built site: which point at a file that is missing, or at an id the target lacks. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileFor, htmlFiles, urlPathOf } from './dist-pages.ts';
import { anchorTargets, references, startTags, type Reference } from './html-refs.ts';

export interface Target {
  /** URL path, without query or fragment. */
  path: string;
  /** Fragment without `#`, decoded; '' when there is none. */
  fragment: string;
}

/**
 * Where `value`, found on the page at `pagePath`, points inside the site, or
 * null when it points elsewhere (another origin, `mailto:`, `data:` …). Absolute
 * URLs on `siteOrigin` (the canonical link) count as internal.
 */
export function internalTarget(value: string, pagePath: string, siteOrigin: string): Target | null {
  const trimmed = value.trim();
  if (trimmed === '') return { path: pagePath, fragment: '' };
  const base = new URL(pagePath, siteOrigin);
  let url: URL;
  try {
    url = new URL(trimmed, base);
  } catch {
    return { path: trimmed, fragment: '' }; // unparseable: report it as broken
  }
  if (url.origin !== new URL(siteOrigin).origin) return null;
  let fragment = url.hash.slice(1);
  try {
    fragment = decodeURIComponent(fragment);
  } catch {
    // keep it raw; the id lookup will fail and report it
  }
  return { path: url.pathname, fragment };
}

export interface BrokenLink {
  /** Page file the link is on, relative to dist. */
  page: string;
  reference: Reference;
  reason: string;
}

/** Check every internal href/src/action and fragment in every HTML file under `dist`. */
export function findBrokenLinks(
  dist: string,
  siteOrigin: string,
): { pages: number; links: number; broken: BrokenLink[] } {
  const files = htmlFiles(dist);
  const idCache = new Map<string, Set<string>>();
  const idsOf = (file: string): Set<string> => {
    let ids = idCache.get(file);
    if (!ids) idCache.set(file, (ids = anchorTargets(startTags(readFileSync(file, 'utf8')))));
    return ids;
  };
  const broken: BrokenLink[] = [];
  let links = 0;
  for (const page of files) {
    const pagePath = urlPathOf(page);
    for (const reference of references(startTags(readFileSync(path.join(dist, page), 'utf8')))) {
      const target = internalTarget(reference.value, pagePath, siteOrigin);
      if (!target) continue;
      links += 1;
      const file = fileFor(dist, target.path);
      if (!file) {
        broken.push({ page, reference, reason: `no file for ${target.path}` });
      } else if (target.fragment && file.endsWith('.html') && !idsOf(file).has(target.fragment)) {
        broken.push({ page, reference, reason: `${target.path} has no id "${target.fragment}"` });
      }
    }
  }
  return { pages: files.length, links, broken };
}
