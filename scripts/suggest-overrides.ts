/**
 * `npm run suggest-overrides -- <slug>` — print, as `content/annotations/<slug>.yaml`
 * entries, every claim where the tagger (no overrides) disagrees with the
 * hand-annotated set. An editor reviews them before committing; the quote is the
 * shortest opening of the sentence that no other claim shares. An entry the
 * current file already has for the claim keeps its quote and note.
 */
import path from 'node:path';
import { stringify } from 'yaml';
import { normaliseText } from '../src/pipeline/claim-id.ts';
import { alignGold } from '../src/pipeline/evaluate.ts';
import { loadGold } from '../src/pipeline/load-content.ts';
import { analyzeFile, loadContext } from '../src/pipeline/wedge-context.ts';
import { exitOnBadInput, slugProblem } from './cli.ts';

exitOnBadInput('suggest-overrides');

const slug = process.argv[2];
const root = path.resolve(process.argv[3] ?? 'content');
if (!slug) {
  console.error('usage: npm run suggest-overrides -- <slug> [content dir]');
  process.exit(2);
}
const badSlug = slugProblem(slug, 'suggest-overrides');
if (badSlug) {
  console.error(badSlug);
  process.exit(1);
}
const gold = loadGold(root).get(slug);
if (!gold) {
  console.error(`suggest-overrides: no content/gold/${slug}.yaml`);
  process.exit(1);
}
const context = loadContext(root);
const essay = analyzeFile(path.join(root, 'essays', `${slug}.md`), context, { withOverrides: false });
const labels = alignGold(essay.claims, gold.sentences, slug);
const notes = new Map(gold.sentences.map((s) => [normaliseText(s.text), s.note]));
const existing = context.overrides.get(slug)?.entries ?? [];

const entries = essay.claims.flatMap((claim, i) => {
  if (claim.stance === labels[i]) return [];
  const kept = existing.find((e) => normaliseText(claim.text).includes(normaliseText(e.quote)));
  if (kept) return [{ quote: kept.quote, stance: labels[i], ...(kept.note ? { note: kept.note } : {}) }];
  const words = claim.text.split(' ');
  let quote = claim.text;
  for (let n = 6; n <= words.length; n++) {
    const candidate = words.slice(0, n).join(' ');
    const needle = normaliseText(candidate);
    if (essay.claims.filter((c) => normaliseText(c.text).includes(needle)).length === 1) {
      quote = candidate;
      break;
    }
  }
  const note =
    notes.get(normaliseText(claim.text)) ??
    `read in context as ${labels[i]}; the tagger's cues (${claim.cues[0]}) point elsewhere`;
  return [{ quote, stance: labels[i], note }];
});
process.stdout.write(`# Editors' overrides for ${slug}: claims the tagger gets wrong, keyed by a quote.\n`);
process.stdout.write(entries.length ? stringify(entries, { lineWidth: 0 }) : '[]\n');
