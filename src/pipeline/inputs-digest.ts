import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

/**
 * A digest of every file under `paths` (recursively, in sorted order). Astro
 * caches rendered Markdown by the essay's own text; the claims also depend on
 * topics, timeline, annotations and the tagger, so their digest goes into the
 * plugin options, which Astro hashes with the rest of its config.
 */
export function inputsDigest(paths: string[]): string {
  const hash = createHash('sha256');
  const walk = (target: string): void => {
    let stat;
    try {
      stat = statSync(target);
    } catch {
      return;
    }
    if (stat.isDirectory()) {
      for (const name of readdirSync(target).sort()) walk(path.join(target, name));
    } else {
      hash.update(target).update(readFileSync(target));
    }
  };
  for (const target of paths) walk(target);
  return hash.digest('hex').slice(0, 16);
}
