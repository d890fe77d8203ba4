/**
 * The analyse page's worker: the pipeline runs here, so a long text never freezes the
 * page. The context comes from the site itself (`/analyse/context.json`); wink's model is
 * imported on the first request only, and the browser caches both. Nothing else is fetched.
 */
import { createAnalyser, type Analyser } from './analyse/analyse-text.ts';
import { CONTEXT_URL, type AnalyseContext } from './analyse/context.ts';
import type { FromWorker, ToWorker } from './analyse/messages.ts';

let analyser: Promise<Analyser> | undefined;

async function load(say: (message: string) => void): Promise<Analyser> {
  say('Loading the language model (about 1 MB, once; your browser keeps it)…');
  const [context, model] = await Promise.all([
    fetch(new URL(CONTEXT_URL, self.location.origin)).then((response) => {
      if (!response.ok) throw new Error(`${CONTEXT_URL}: ${response.status}`);
      return response.json() as Promise<AnalyseContext>;
    }),
    import('./analyse/wink-model.ts').then((m) => m.default),
  ]);
  say('Preparing the tagger…');
  return createAnalyser(context, model);
}

self.addEventListener('message', async (event: MessageEvent<ToWorker>) => {
  const { id, ...request } = event.data;
  const post = (message: FromWorker) => self.postMessage(message);
  const say = (message: string) => post({ id, kind: 'status', message });
  try {
    analyser ??= load(say);
    const analyse = await analyser.catch((error: unknown) => {
      analyser = undefined; // let the next attempt try again
      throw error;
    });
    say('Analysing…');
    const start = performance.now();
    const analysis = analyse(request);
    post({ id, kind: 'done', analysis, ms: Math.round(performance.now() - start) });
  } catch (error) {
    post({ id, kind: 'error', message: error instanceof Error ? error.message : String(error) });
  }
});
