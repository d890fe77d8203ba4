import { STANCES, type Stance } from '../stances.ts';
import type { StanceModel } from './model.ts';

/**
 * Weights written from PRODUCT.md's definitions before any essay was scored:
 * coercion that is urged or credited is pressure; inducement that is urged or
 * credited is conciliation; failure, and what binds the partners, is futility;
 * a sentence that argues nothing is none. Training starts here and is pulled
 * back here (the prior), so a class the training essays barely show keeps its sense.
 */
const PRIOR: Record<Stance, Record<string, number>> = {
  pressure: {
    coercion: 1.2,
    'coercion×advocacy': 1.5,
    'coercion×success': 1.5,
    'coercion×history': 0.8,
    // pressure credited with causing friction between the partners
    'coercion×drift': 1.2,
    'history×success': 0.5,
    'coercion×negation': -1,
    'coercion×failure': -1,
    'previous:coercion': 0.4,
    'next:coercion': 0.3,
  },
  conciliation: {
    inducement: 1.2,
    'inducement×advocacy': 1.5,
    'inducement×success': 1,
    drift: 0.6,
    'drift×advocacy': 0.8,
    'drift×success': 0.6,
    'inducement×negation': -0.8,
    'inducement×failure': -1,
    'coercion×negation': 0.6,
    'coercion×failure': 0.6,
    'previous:inducement': 0.3,
    'previous:drift': 0.4,
    'next:inducement': 0.2,
    'next:drift': 0.3,
  },
  futility: {
    failure: 1.5,
    bond: 0.5,
    'failure×us-actor': 0.6,
    'bond×failure': 0.6,
    'inducement×failure': 1,
    'inducement×negation': 0.8,
    'drift×negation': 0.8,
    'hedge×failure': 0.5,
    'success×negation': 0.8,
    'previous:failure': 0.4,
    'previous:bond': 0.3,
    'next:failure': 0.3,
    'next:bond': 0.2,
  },
  none: {
    plain: 1.5,
    history: 0.4,
  },
};

export function priorModel(): StanceModel {
  const bias = Object.fromEntries(STANCES.map((s) => [s, s === 'none' ? 0.3 : 0])) as Record<Stance, number>;
  const weights = Object.fromEntries(STANCES.map((s) => [s, { ...PRIOR[s] }])) as StanceModel['weights'];
  return { bias, weights };
}
