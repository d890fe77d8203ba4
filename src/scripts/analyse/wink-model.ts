/**
 * wink's English "lite web" model, on its own so the worker can import it on demand
 * and the build names its chunk `wink-model-*.js` (scripts/checks/budgets.ts counts
 * that chunk apart from the page's code).
 */
export { default } from 'wink-eng-lite-web-model';
