/** Which pages Lighthouse visits, and which audits explain a low category score. */
/** The parts of a Lighthouse result (LHR) read here. */
export interface LighthouseResult {
  runtimeError?: { code: string; message: string };
  categories: Record<string, { score: number | null; auditRefs: Array<{ id: string; weight: number }> } | undefined>;
  audits: Record<
    string,
    {
      id: string;
      title: string;
      score: number | null;
      scoreDisplayMode: string;
      displayValue?: string;
      numericValue?: number;
      details?: { items?: unknown[] };
    }
  >;
}

/**
 * One page of each kind, in a fixed order, from the URL paths of the built pages:
 * the first essay and the first topic page in sorted order; the search page with
 * a query, when there is one; the analyse page.
 */
export function lighthousePages(urlPaths: string[]): string[] {
  const sorted = [...urlPaths].sort();
  const has = (p: string) => sorted.includes(p);
  const first = (prefix: string) =>
    sorted.find((p) => p.startsWith(prefix) && p !== prefix && /^[^/]+\/$/.test(p.slice(prefix.length)));
  const pages = ['/', first('/essays/'), '/compare/', first('/compare/'), '/timeline/', '/method/', '/data/'].filter(
    (p): p is string => p !== undefined && has(p),
  );
  if (has('/search/')) pages.push('/search/?q=treaty');
  if (has('/analyse/')) pages.push('/analyse/');
  return pages;
}

/** Audits in a category that lost points, heaviest first: `id (weight w, score s): title — value; n items`. */
export function failingAudits(lhr: LighthouseResult, category: string): string[] {
  const refs = lhr.categories[category]?.auditRefs ?? [];
  return refs
    .map((ref) => ({ ref, audit: lhr.audits[ref.id] }))
    .filter(
      ({ audit }) =>
        audit &&
        audit.score !== null &&
        audit.score < 1 &&
        audit.scoreDisplayMode !== 'informative' &&
        audit.scoreDisplayMode !== 'notApplicable',
    )
    .sort((a, b) => b.ref.weight - a.ref.weight)
    .map(({ ref, audit }) => {
      const items = audit!.details?.items?.length;
      return `${ref.id} (weight ${ref.weight}, score ${audit!.score}): ${audit!.title}${audit!.displayValue ? ` — ${audit!.displayValue}` : ''}${items ? `; ${items} items` : ''}`;
    });
}
