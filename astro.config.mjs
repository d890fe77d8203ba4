// @ts-check
import { defineConfig } from 'astro/config';
import { remarkClaims } from './src/pipeline/remark-claims.ts';
import { inputsDigest } from './src/pipeline/inputs-digest.ts';

const content = process.env.WEDGE_CONTENT ?? 'content';

export default defineConfig({
  site: 'https://wedge.example.org',
  trailingSlash: 'always',
  outDir: process.env.WEDGE_OUT ?? './dist',
  build: { format: 'directory', inlineStylesheets: 'never' },
  devToolbar: { enabled: false },
  markdown: {
    // The pipeline reads plain CommonMark, as `npm run tag` does; typography is the page's job.
    gfm: false,
    smartypants: false,
    remarkPlugins: [
      [
        remarkClaims,
        {
          content,
          digest: inputsDigest([
            `${content}/topics.yaml`,
            `${content}/timeline`,
            `${content}/annotations`,
            'src/pipeline',
          ]),
        },
      ],
    ],
  },
});
