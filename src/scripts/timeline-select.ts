/**
 * Selection, details panel and filters for the timeline page. The list is the
 * source of truth: the panel shows a copy of the selected event's list entry;
 * filters hide list entries and chart markers alike.
 */
export interface Selection {
  select(id: string, options?: { reveal?: boolean }): void;
  step(direction: 1 | -1): string | undefined;
  current(): string | undefined;
}

export function enableSelection(
  svg: SVGSVGElement,
  panel: HTMLElement,
  /** Called with the selected event's chart group, and whether to bring it into view. */
  onSelect: (el: SVGGElement, reveal: boolean) => void,
): Selection {
  const articles = new Map([...document.querySelectorAll<HTMLElement>('article.tl-event')].map((a) => [a.id, a]));
  const markers = new Map([...svg.querySelectorAll<SVGGElement>('g.event')].map((g) => [g.dataset.event!, g]));
  let selected: string | undefined;

  function fillPanel(article: HTMLElement) {
    const copy = article.cloneNode(true) as HTMLElement;
    for (const el of copy.querySelectorAll('[id]')) el.removeAttribute('id');
    const heading = copy.querySelector('h4');
    if (heading) {
      const h3 = document.createElement('h3');
      h3.append(...heading.childNodes);
      heading.replaceWith(h3);
    }
    copy.querySelector('details')?.setAttribute('open', '');
    panel.replaceChildren(...copy.childNodes);
  }

  function select(id: string, { reveal = true } = {}) {
    const article = articles.get(id);
    if (!article) return;
    if (selected) {
      articles.get(selected)?.classList.remove('is-selected');
      markers.get(selected)?.classList.remove('is-selected');
    }
    selected = id;
    article.classList.add('is-selected');
    const marker = markers.get(id);
    if (marker) {
      marker.classList.add('is-selected');
      marker.parentNode!.appendChild(marker); // draw on top
      onSelect(marker, reveal);
    }
    fillPanel(article);
  }

  function visibleIds() {
    return [...articles.values()].filter((a) => !a.hidden).map((a) => a.id);
  }

  function step(direction: 1 | -1) {
    const ids = visibleIds();
    if (ids.length === 0) return undefined;
    const at = selected ? ids.indexOf(selected) : -1;
    const next =
      ids[at === -1 ? (direction === 1 ? 0 : ids.length - 1) : Math.min(ids.length - 1, Math.max(0, at + direction))]!;
    select(next);
    history.replaceState(null, '', `#${next}`);
    return next;
  }

  return { select, step, current: () => selected };
}

/** Hide events (list and chart) whose category is unchecked or that no checked essay invokes; report the ids left. */
export function enableFilters(form: HTMLFormElement, svg: SVGSVGElement, onFilter: (visible: Set<string>) => void) {
  const status = form.querySelector<HTMLElement>('[data-filter-status]');
  const articles = [...document.querySelectorAll<HTMLElement>('article.tl-event')];
  const markers = new Map([...svg.querySelectorAll<SVGGElement>('g.event')].map((g) => [g.dataset.event!, g]));
  const apply = () => {
    const data = new FormData(form);
    const categories = new Set(data.getAll('category'));
    const essays = new Set(data.getAll('essay'));
    const shown = new Set<string>();
    for (const article of articles) {
      const invoked = (article.dataset.essays ?? '').split(' ').filter(Boolean);
      const byEssay = invoked.length === 0 ? essays.has('') : invoked.some((slug) => essays.has(slug));
      const visible = categories.has(article.dataset.category!) && byEssay;
      article.hidden = !visible;
      markers.get(article.id)?.toggleAttribute('data-filtered', !visible);
      if (visible) shown.add(article.id);
    }
    if (status) status.textContent = `Showing ${shown.size} of ${articles.length} events.`;
    onFilter(shown);
  };
  form.addEventListener('change', apply);
  apply();
}
