/**
 * The project's timeline drawn by two peer libraries, as static pages written
 * into a folder to serve from loopback: TimelineJS 3 (`@knight-lab/timelinejs`,
 * its `dist/` JS and CSS; `font: null` and the built-in English, so it fetches no
 * web font, theme or locale) and vis-timeline (its standalone UMD build, which
 * injects its own CSS). Each page embeds its data inline, as the project's page
 * carries its events in its HTML, and takes the whole 1280×800 viewport.
 */
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { timelineJsData, visData, type PeerEvent, type PeerLanes } from './peer-data.ts';

const require = createRequire(import.meta.url);
const packageDir = (name: string) => path.dirname(require.resolve(`${name}/package.json`));
const versionOf = (name: string) =>
  (JSON.parse(readFileSync(path.join(packageDir(name), 'package.json'), 'utf8')) as { version: string }).version;

/** A page of the comparison: where it is served and how to count the events it drew. */
export interface PeerPage {
  name: string;
  /** URL path under the folder's server. */
  path: string;
  /** Selector matching one element per event drawn (with JavaScript on). */
  eventSelector: string;
}

/** JSON safe inside a <script> element. */
const scriptJson = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');

function page(title: string, head: string, body: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<link rel="icon" href="data:,">
${head}
<style>html, body { height: 100%; margin: 0; } #timeline { width: 100%; height: 100%; }</style>
</head>
<body>
<div id="timeline"></div>
${body}
</body>
</html>
`;
}

function writeTimelineJs(dir: string, events: readonly PeerEvent[], lanes: PeerLanes): PeerPage {
  const out = path.join(dir, 'timelinejs');
  const dist = path.join(packageDir('@knight-lab/timelinejs'), 'dist');
  mkdirSync(path.join(out, 'js'), { recursive: true });
  cpSync(path.join(dist, 'js/timeline.js'), path.join(out, 'js/timeline.js'));
  cpSync(path.join(dist, 'css/timeline.css'), path.join(out, 'css/timeline.css'));
  cpSync(path.join(dist, 'css/icons'), path.join(out, 'css/icons'), { recursive: true }); // its icon font, by relative URL
  const options = { font: null, theme: null, language: 'en', hash_bookmark: false, ga_measurement_id: null };
  const version = versionOf('@knight-lab/timelinejs');
  writeFileSync(
    path.join(out, 'index.html'),
    page(
      `Timeline (TimelineJS ${version})`,
      `<link rel="stylesheet" href="css/timeline.css">\n<script src="js/timeline.js"></script>`,
      `<script>
const options = ${scriptJson(options)};
options.script_path = new URL('js/', location.href).href;
window.timeline = new TL.Timeline('timeline', ${scriptJson(timelineJsData(events, lanes))}, options);
</script>`,
    ),
  );
  return { name: `TimelineJS ${version}`, path: '/timelinejs/', eventSelector: '.tl-timemarker' };
}

function writeVis(dir: string, events: readonly PeerEvent[], lanes: PeerLanes): PeerPage {
  const out = path.join(dir, 'vis');
  const file = 'vis-timeline-graph2d.min.js';
  mkdirSync(out, { recursive: true });
  cpSync(path.join(packageDir('vis-timeline'), 'standalone/umd', file), path.join(out, file));
  const version = versionOf('vis-timeline');
  const data = visData(events, lanes);
  writeFileSync(
    path.join(out, 'index.html'),
    page(
      `Timeline (vis-timeline ${version})`,
      `<script src="${file}"></script>`,
      `<script>
const items = new vis.DataSet(${scriptJson(data.items)});
const groups = new vis.DataSet(${scriptJson(data.groups)});
window.timeline = new vis.Timeline(document.getElementById('timeline'), items, groups, { groupOrder: 'order' });
</script>`,
    ),
  );
  return { name: `vis-timeline ${version}`, path: '/vis/', eventSelector: '.vis-item-content' };
}

/** Write both peer pages (and the files they load) under `dir`. */
export function writePeerPages(
  dir: string,
  events: readonly PeerEvent[],
  lanes: PeerLanes,
): { timelineJs: PeerPage; vis: PeerPage } {
  return { timelineJs: writeTimelineJs(dir, events, lanes), vis: writeVis(dir, events, lanes) };
}
