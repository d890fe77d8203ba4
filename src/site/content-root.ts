import path from 'node:path';

/**
 * Where the site's content lives. `WEDGE_CONTENT` points a build at another
 * folder of the same shape, which is how the tests build hostile fixtures.
 */
export const contentRoot = path.resolve(process.env.WEDGE_CONTENT ?? 'content');
