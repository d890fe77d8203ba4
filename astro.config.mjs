// @ts-check
import { defineConfig } from 'astro/config';

export default defineConfig({
  site: 'https://wedge.example.org',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  outDir: process.env.WEDGE_OUT ?? './dist',
  devToolbar: { enabled: false },
});
