/** `/analyse/context.json`: the data the analyse page's worker runs the pipeline with (src/site/analyse-context.ts). */
import type { APIRoute } from 'astro';
import { analyseContext } from '../../site/analyse-context.ts';
import { contentRoot } from '../../site/content-root.ts';

export const GET: APIRoute = () =>
  new Response(JSON.stringify(analyseContext(contentRoot)), { headers: { 'Content-Type': 'application/json' } });
