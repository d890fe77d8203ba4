// @ts-check
import { defineConfig } from 'astro/config';
import { d3ZoomWithoutTransitions } from './src/build/d3-zoom-without-transitions.ts';

export default defineConfig({
  site: 'https://wedge.example.org',
  trailingSlash: 'always',
  outDir: process.env.WEDGE_OUT ?? './dist',
  build: { format: 'directory', inlineStylesheets: 'never' },
  devToolbar: { enabled: false },
  // Never inline scripts (or other assets) into the HTML: the Content-Security-Policy in Base.astro forbids inline script.
  vite: { build: { assetsInlineLimit: 0 }, plugins: [d3ZoomWithoutTransitions()] },
  // No `markdown` settings: no page renders Markdown. The essays go through the claim pipeline
  // (src/pipeline/process-essay.ts) in their collection's loader (src/site/essay-loader.ts).
});
