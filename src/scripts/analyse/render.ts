/**
 * The analysis drawn as an essay page draws an essay (src/components/EssayBody.astro,
 * Claim.astro, StanceBar.astro): the same classes and markers, so the site's CSS styles it.
 * Built with createElement and textContent only: the reader's text is never parsed as HTML.
 */
import type { Block } from '../../pipeline/claim.ts';
import { STANCES, STANCE_LABELS, STANCE_MARKERS, type Stance } from '../../pipeline/stances.ts';
import { eventUrl, topicUrl } from '../../site/routes.ts';
import type { Analysis, ClaimRow } from './analyse-text.ts';

type Child = Node | string;

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  node.append(...children); // strings become text nodes
  return node;
}

/** A stance's marker and label, as StanceLabel.astro draws it. */
export function stanceLabel(stance: Stance): HTMLElement {
  return el(
    'span',
    { class: 'stance', 'data-stance': stance },
    el('span', { 'aria-hidden': 'true' }, STANCE_MARKERS[stance] || '○'),
    ` ${STANCE_LABELS[stance]}`,
  );
}

export function stanceCounts(claims: readonly ClaimRow[]): Record<Stance, number> {
  const counts = { pressure: 0, conciliation: 0, futility: 0, none: 0 };
  for (const claim of claims) counts[claim.stance] += 1;
  return counts;
}

/** The stance bar and the counts beside it. */
export function renderSummary(claims: readonly ClaimRow[]): HTMLElement {
  const counts = stanceCounts(claims);
  const total = claims.length || 1;
  const description = STANCES.map((s) => `${counts[s]} ${STANCE_LABELS[s].toLowerCase()}`).join(', ');
  const bar = el('div', { class: 'bar', role: 'img', 'aria-label': `Claims by stance: ${description}` });
  for (const stance of STANCES) {
    if (counts[stance] === 0) continue;
    const part = el('span', { 'data-stance': stance });
    part.style.width = `${((counts[stance] / total) * 100).toFixed(2)}%`; // CSSOM, not a style attribute in markup
    bar.append(part);
  }
  const list = el('ul', { class: 'analyse-counts' });
  for (const stance of STANCES)
    list.append(el('li', {}, stanceLabel(stance), ' ', el('span', { class: 'meta' }, String(counts[stance]))));
  return el('div', { class: 'analyse-summary' }, bar, list);
}

function links(items: string[], href: (id: string) => string, name: (id: string) => string): Child[] {
  return items.flatMap((id, i) => [...(i > 0 ? [', '] : []), el('a', { href: href(id) }, name(id))]);
}

/** One claim, as Claim.astro draws it (its details open when its marker is followed: `:target`). */
export function renderClaim(claim: ClaimRow, names: Analysis['names']): HTMLElement {
  const label = STANCE_LABELS[claim.stance];
  const rows: HTMLElement[] = [
    el(
      'span',
      { class: 'info-row' },
      el('span', { class: 'info-label' }, 'Stance:'),
      ' ',
      el('span', { class: 'stance', 'data-stance': claim.stance }, label),
      ` · tagger confidence ${Math.round(claim.confidence * 100)}%`,
    ),
    el('span', { class: 'info-row' }, el('span', { class: 'info-label' }, 'Why:'), ` ${claim.cues.join('; ')}`),
  ];
  if (claim.topics.length > 0)
    rows.push(
      el(
        'span',
        { class: 'info-row' },
        el('span', { class: 'info-label' }, 'What the essays say:'),
        ' ',
        ...links(
          claim.topics,
          (id) => topicUrl(encodeURIComponent(id)),
          (id) => names[`topic:${id}`] ?? id,
        ),
      ),
    );
  if (claim.events.length > 0)
    rows.push(
      el(
        'span',
        { class: 'info-row' },
        el('span', { class: 'info-label' }, 'On the timeline:'),
        ' ',
        ...links(
          claim.events,
          (id) => eventUrl(encodeURIComponent(id)),
          (id) => names[`event:${id}`] ?? id,
        ),
      ),
    );
  return el(
    'span',
    { class: 'claim', id: claim.id, 'data-stance': claim.stance, 'data-origin': claim.origin },
    el('span', { class: 'claim-text' }, claim.text),
    ' ',
    el(
      'a',
      {
        class: 'claim-mark',
        'data-stance': claim.stance,
        href: `#${encodeURIComponent(claim.id)}`,
        'aria-label': `Claim ${claim.index}: ${label}. Details`,
      },
      el('span', { 'aria-hidden': 'true' }, STANCE_MARKERS[claim.stance] || '○'),
    ),
    el('span', { class: 'claim-info', role: 'note', 'aria-label': `About claim ${claim.index}` }, ...rows),
  );
}

/** The text's headings and paragraphs with every claim marked; headings start at `h3` under the results' `h2`. */
export function renderBody(analysis: Pick<Analysis, 'blocks' | 'claims' | 'names'>): HTMLElement {
  const byId = new Map(analysis.claims.map((c) => [c.id, c]));
  const body = el('div', { class: 'essay-body' });
  for (const block of analysis.blocks as Block[]) {
    if (block.kind === 'heading') {
      body.append(el(`h${Math.min(6, Math.max(3, block.depth + 1))}` as 'h3', {}, block.text));
      continue;
    }
    const paragraph = el('p', { 'data-paragraph': String(block.number) });
    block.claims.forEach((id, i) => {
      const claim = byId.get(id);
      if (claim) paragraph.append(...(i > 0 ? [' '] : []), renderClaim(claim, analysis.names));
    });
    body.append(block.quote ? el('blockquote', {}, paragraph) : paragraph);
  }
  return body;
}
