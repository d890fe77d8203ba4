import { readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContext } from '../../src/pipeline/wedge-context.ts';
import { syntheticContent } from './site-scale.ts';

describe('syntheticContent', () => {
  it('writes a content folder the build accepts: the context loads and the essays are there', () => {
    const root = syntheticContent(3);
    try {
      expect(readdirSync(path.join(root, 'essays'))).toHaveLength(3);
      const context = loadContext(root);
      expect(context.topics.length).toBeGreaterThan(0);
      expect(context.events.length).toBeGreaterThan(0);
    } finally {
      rmSync(path.dirname(root), { recursive: true, force: true });
    }
  });
});
