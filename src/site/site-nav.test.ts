import { describe, expect, it } from 'vitest';
import { NAV_ESSAYS, siteNav } from './site-nav.ts';

const essay = (i: number) => ({ slug: `e-${i}`, data: { author: `Author Number${i}` } });

describe('siteNav', () => {
  it('links each essay by surname while there are few', () => {
    expect(siteNav([essay(1), essay(2)])).toEqual({
      essays: [
        { href: '/essays/e-1/', label: 'Number1' },
        { href: '/essays/e-2/', label: 'Number2' },
      ],
      byAuthor: true,
    });
  });

  it('switches to one link to the list past the limit', () => {
    const many = Array.from({ length: NAV_ESSAYS + 1 }, (_, i) => essay(i));
    expect(siteNav(many).byAuthor).toBe(false);
    expect(siteNav(many.slice(0, NAV_ESSAYS)).byAuthor).toBe(true);
  });
});
