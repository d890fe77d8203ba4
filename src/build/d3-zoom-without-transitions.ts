import type { Plugin } from 'vite';

const STUB_TRANSITION = '\0d3-zoom-stub:d3-transition';
const STUB_INTERPOLATE = '\0d3-zoom-stub:d3-interpolate';

/**
 * A Vite plugin that lets d3-zoom ship without d3-transition and d3-interpolate
 * (and their d3-color, d3-ease, d3-timer): the timeline applies zooms at once and
 * never animates them, so d3-zoom's only uses are `interrupt()` on an element
 * that has no transition and the default (unused) `interpolateZoom`. Only imports
 * made *from d3-zoom* are redirected; d3-scale still gets the real d3-interpolate.
 * Saves about 9 KB gzip on /timeline/. If the page ever animates a zoom, remove this.
 */
export function d3ZoomWithoutTransitions(): Plugin {
  return {
    name: 'wedge:d3-zoom-without-transitions',
    enforce: 'pre',
    resolveId(source, importer) {
      if (!importer || !/[\\/]node_modules[\\/]d3-zoom[\\/]/.test(importer)) return null;
      if (source === 'd3-transition') return STUB_TRANSITION;
      if (source === 'd3-interpolate') return STUB_INTERPOLATE;
      return null;
    },
    load(id) {
      if (id === STUB_TRANSITION) {
        return [
          "import { selection } from 'd3-selection';",
          'export function interrupt() {}',
          'selection.prototype.interrupt = function () { return this; };',
        ].join('\n');
      }
      if (id === STUB_INTERPOLATE) {
        return "export function interpolateZoom() { throw new Error('zoom transitions are not bundled'); }";
      }
      return null;
    },
  };
}
