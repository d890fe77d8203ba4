/**
 * Claim ids come from the essay slug and the claim's own normalised text, never
 * its position, so editing one paragraph leaves every other claim's id alone.
 * Shape: `<slug>--<first words>-<hash>`, e.g. `kupchan-2021--washington-s-first-step-9f3k2a`.
 */
import { normaliseInvisible } from './ingest/text.ts';

/**
 * Lower-case letters and digits only, single-spaced: what survives re-typesetting.
 * Invisible characters (a soft hyphen inside a word) go first, so an editor's quote
 * copied with one still matches the claim.
 */
export function normaliseText(text: string): string {
  return normaliseInvisible(text)
    .text.normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** 32-bit FNV-1a, in base 36: short, stable and dependency-free. */
export function hashText(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(36).padStart(7, '0');
}

/** The words part of an id is cut at this many characters, so a 200,000-letter word makes a short id. */
const MAX_WORDS = 48;

export function claimId(slug: string, text: string): string {
  const normal = normaliseText(text);
  const words = normal
    .split(' ')
    .slice(0, 4)
    .join('-')
    .replace(/[^a-z0-9-]/g, '')
    .replace(/-+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, MAX_WORDS)
    .replace(/-$/, '');
  return `${slug}--${words ? `${words}-` : ''}${hashText(normal)}`;
}

/** Give ids to texts in order; a repeated text gets `-2`, `-3`… after its first use. */
export function claimIds(slug: string, texts: string[]): string[] {
  const seen = new Map<string, number>();
  return texts.map((text) => {
    const id = claimId(slug, text);
    const count = (seen.get(id) ?? 0) + 1;
    seen.set(id, count);
    return count === 1 ? id : `${id}-${count}`;
  });
}

/**
 * Every id the essay page itself uses (src/layouts/Base.astro, src/components/StanceToggles.astro,
 * src/components/search/SiteSearch.astro): a heading must never take one, or its link and the
 * page's own control would both answer to `#id`. Claim ids (`<slug>--…`) never collide with a
 * heading's (slugs have no `--`), and `uniqueId` is given them too. Checked against the
 * components by claim-id.test.ts.
 */
export const RESERVED_IDS: readonly string[] = [
  'main',
  'show-pressure',
  'show-conciliation',
  'show-futility',
  'show-none',
  'show-marks',
  'site-search-q',
];

/** `base`, or `base-2`, `base-3`… : the first not in `taken`, which then holds it. */
export function uniqueId(base: string, taken: Set<string>): string {
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}
