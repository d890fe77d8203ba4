// @ts-check
import { defineConfig } from 'astro/config';
import { d3ZoomWithoutTransitions } from './src/build/d3-zoom-without-transitions.ts';
import { fileURLToPath } from 'node:url';

export default defineConfig({
  site: 'https://wedge.example.org',
  trailingSlash: 'always',
  outDir: process.env.WEDGE_OUT ?? './dist',
  build: { format: 'directory', inlineStylesheets: 'never' },
  devToolbar: { enabled: false },
  // Never inline scripts (or other assets) into the HTML: the Content-Security-Policy in Base.astro forbids inline script.
  vite: {
    build: { assetsInlineLimit: 0 },
    // The analyse page's worker is an ES module: it imports wink's model on demand (a chunk of its own).
    worker: { format: 'es' },
    resolve: {
      alias: {
        // micromark's entity decoder has a "browser" build that asks the DOM (`document`), which a worker lacks;
        // the plain build carries its own table. Only the analyse worker parses Markdown in the browser.
        // (Node resolves the package to that plain build.)
        'decode-named-character-reference': fileURLToPath(import.meta.resolve('decode-named-character-reference')),
      },
    },
    plugins: [d3ZoomWithoutTransitions()],
  },
  // No `markdown` settings: no page renders Markdown. The essays go through the claim pipeline
  // (src/pipeline/process-essay.ts) in their collection's loader (src/site/essay-loader.ts).
});
