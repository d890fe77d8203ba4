// Types for the transition-free copy of d3-zoom next to this file: the same API as d3-zoom,
// except that transform/scaleBy/translateBy take selections only (no transitions) and
// zoom.duration / zoom.interpolate do not exist.
export { zoom, zoomIdentity, zoomTransform, ZoomTransform, type ZoomBehavior } from 'd3-zoom';
