import { describe, expect, it } from 'vitest';
import { claimUrl, essayUrl, eventUrl, PAGES, topicUrl } from './routes.ts';

describe('routes', () => {
  it('builds each kind of URL from its id', () => {
    expect(essayUrl('smith-2024')).toBe('/essays/smith-2024/');
    expect(claimUrl({ essay: 'smith-2024', id: 'moscow-needs-beijing' })).toBe(
      '/essays/smith-2024/#moscow-needs-beijing',
    );
    expect(topicUrl('energy')).toBe('/compare/energy/');
    expect(eventUrl('1969-zhenbao')).toBe('/timeline/#1969-zhenbao');
  });

  it('keeps every fixed page a root-relative path with a trailing slash (or the home page anchor)', () => {
    for (const url of Object.values(PAGES)) expect(url).toMatch(/^\/([a-z]+\/)?(#[a-z]+)?$/);
  });
});
