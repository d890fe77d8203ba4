/** What the analyse page and its worker say to each other. */
import type { Analysis, AnalyseRequest } from './analyse-text.ts';

export type ToWorker = AnalyseRequest & { id: number };

export type FromWorker =
  | { id: number; kind: 'status'; message: string }
  | { id: number; kind: 'done'; analysis: Analysis; ms: number }
  | { id: number; kind: 'error'; message: string };
