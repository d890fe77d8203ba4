/**
 * /analyse/: the reader's text through the site's pipeline, in a worker, in this browser.
 * Nothing is uploaded; the text is kept (in sessionStorage, for this tab) only when the
 * reader asks. Downloads are made here, from Blobs.
 */
import type { Analysis } from './analyse/analyse-text.ts';
import { claimsCsvFile, claimsJson, essayMarkdown } from './analyse/exports.ts';
import { slugFor } from './analyse/slug.ts';
import type { FromWorker, ToWorker } from './analyse/messages.ts';
import { renderBody, renderSummary } from './analyse/render.ts';
import { POSITIONS, type Position } from '../pipeline/stances.ts';

const KEEP_KEY = 'wedge-analyse-text';
const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const form = $<HTMLFormElement>('analyse-form');
const text = $<HTMLTextAreaElement>('analyse-text');
const file = $<HTMLInputElement>('analyse-file');
const name = $<HTMLInputElement>('analyse-name');
const thesis = $<HTMLSelectElement>('analyse-thesis');
const keep = $<HTMLInputElement>('analyse-keep');
const button = $<HTMLButtonElement>('analyse-run');
const stop = $<HTMLButtonElement>('analyse-stop');
const status = $('analyse-status');
const results = $('analyse-results');
const heading = $('analyse-results-heading');
const summary = $('analyse-summary');
const body = $('analyse-body');
const timing = $('analyse-timing');
const openAll = $<HTMLInputElement>('analyse-open-all');

let worker: Worker | undefined;
let requestId = 0;
let last: { analysis: Analysis; text: string } | undefined;
/** The text of the analysis under way. */
let pending = '';

/** Every claim's details open at once (the class essay pages use for an opened claim), or only the followed one. */
const showAll = () => {
  for (const claim of body.querySelectorAll('.claim')) claim.classList.toggle('is-open', openAll.checked);
};
openAll.addEventListener('change', showAll);

/** sessionStorage, or null where the browser refuses it (storage blocked): then the box does nothing. */
const storage = (() => {
  try {
    return window.sessionStorage;
  } catch {
    return null;
  }
})();
// Kept text comes back only if the reader ticked the box in this tab.
const kept = storage?.getItem(KEEP_KEY) ?? null;
if (kept !== null) {
  text.value = kept;
  keep.checked = true;
}
const remember = () => {
  try {
    if (keep.checked) storage?.setItem(KEEP_KEY, text.value);
    else storage?.removeItem(KEEP_KEY);
  } catch {
    status.textContent = 'This browser would not keep the text (storage full or blocked).';
  }
};
keep.addEventListener('change', remember);
text.addEventListener('input', remember);

file.addEventListener('change', async () => {
  const chosen = file.files?.[0];
  if (!chosen) return;
  text.value = await chosen.text();
  name.value = slugFor(chosen.name);
  remember();
  status.textContent = `Read ${chosen.name} (${text.value.length.toLocaleString('en')} characters). Press Analyse.`;
});

function startWorker(): Worker {
  const started = new Worker(new URL('./analyse-worker.ts', import.meta.url), { type: 'module' });
  started.addEventListener('message', (event: MessageEvent<FromWorker>) => {
    const message = event.data;
    if (message.id !== requestId) return; // an earlier request, superseded
    if (message.kind === 'status') status.textContent = message.message;
    else if (message.kind === 'error') finish(`The analysis failed: ${message.message}`);
    else show(message.analysis, message.ms);
  });
  started.addEventListener('error', () => {
    worker = undefined;
    finish('The analysis could not start in this browser.');
  });
  return started;
}

function finish(message: string): void {
  status.textContent = message;
  stop.hidden = true;
  button.disabled = false;
  form.setAttribute('aria-busy', 'false');
}

function show(analysis: Analysis, ms: number): void {
  last = { analysis, text: pending };
  const n = analysis.claims.length;
  summary.replaceChildren(renderSummary(analysis.claims));
  body.replaceChildren(renderBody(analysis));
  showAll();
  timing.textContent = `${n.toLocaleString('en')} claims in ${ms.toLocaleString('en')} ms${
    analysis.thesis ? `, read with the thesis ${analysis.thesis}` : ', no thesis given (the tagger infers one)'
  }.`;
  results.hidden = false;
  finish(n === 0 ? 'No sentences found: paste some paragraphs.' : `Done: ${n} claims. Results below.`);
  heading.focus();
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  if (!text.value.trim()) {
    status.textContent = 'Paste a text or choose a file first.';
    text.focus();
    return;
  }
  worker ??= startWorker();
  pending = text.value;
  requestId += 1;
  button.disabled = true;
  form.setAttribute('aria-busy', 'true');
  status.textContent = 'Starting…';
  stop.hidden = false;
  const chosen = thesis.value as Position | '';
  const request: ToWorker = {
    id: requestId,
    text: pending,
    slug: slugFor(name.value || 'your-text'),
    ...((POSITIONS as readonly string[]).includes(chosen) ? { thesis: chosen as Position } : {}),
  };
  worker.postMessage(request);
});

// A pathological text (one "word" of tens of thousands of letters) can take wink minutes: the reader may give up.
stop.addEventListener('click', () => {
  worker?.terminate();
  worker = undefined;
  requestId += 1;
  finish('Stopped. The next analysis loads the model again (from the browser cache).');
  button.focus();
});

function download(filename: string, content: string, type: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Each download: its file name, content and type, from the last analysis. */
const exports: Record<string, (done: NonNullable<typeof last>) => [string, string, string]> = {
  'analyse-export-json': ({ analysis }) => [
    `${analysis.slug}.claims.json`,
    claimsJson(analysis.claims),
    'application/json',
  ],
  'analyse-export-csv': ({ analysis }) => [`${analysis.slug}.claims.csv`, claimsCsvFile(analysis.claims), 'text/csv'],
  'analyse-export-md': ({ analysis }) => [`${analysis.slug}.md`, essayMarkdown(analysis), 'text/markdown'],
};
for (const [id, make] of Object.entries(exports))
  $(id).addEventListener('click', () => {
    if (!last) return;
    const [filename, content, type] = make(last);
    download(filename, content, type);
    status.textContent = `Saved ${filename}.`;
  });
