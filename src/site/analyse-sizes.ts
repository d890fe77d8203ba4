/**
 * What the analyse page says it downloads, measured on a build (gzip -9 of `dist/_astro/wink-model-*.js`
 * and the page's own scripts; `tsx scripts/check-budgets.ts dist` prints both). tests/e2e/analyse.test.ts
 * fails when the built model chunk drifts more than 10% from the figure stated here, so the page stays honest.
 */
export const WINK_MODEL_GZIP_KB = 982;
