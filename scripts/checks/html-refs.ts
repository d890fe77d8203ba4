/**
 * A small reader for the HTML this site builds: start tags and their attributes,
 * with comments and the bodies of <script>, <style> and <template> skipped.
 * Enough for link, anchor and asset checks over our own output; not a general parser.
 */

export interface StartTag {
  name: string;
  attributes: Record<string, string>;
  /** Text between the tag and its end tag, for <script> and <style> only. */
  body?: string;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Decode the character references an attribute value may hold. */
export function decodeEntities(value: string): string {
  return value.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref[0] === '#')
      return String.fromCodePoint(
        ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10),
      );
    return ENTITIES[ref.toLowerCase()] ?? whole;
  });
}

const TAG = /<!--[\s\S]*?-->|<([a-zA-Z][\w:-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'>]+))?)*)\s*\/?>/g;
const ATTRIBUTE = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g;
const RAW_TEXT = new Set(['script', 'style', 'template', 'textarea', 'title']);

/** Every start tag in `html`, in document order, names lower-cased, attribute values decoded. */
export function startTags(html: string): StartTag[] {
  const tags: StartTag[] = [];
  TAG.lastIndex = 0;
  for (let match = TAG.exec(html); match; match = TAG.exec(html)) {
    if (!match[1]) continue; // a comment
    const name = match[1].toLowerCase();
    const attributes: Record<string, string> = {};
    for (const [, key, double, single, bare] of (match[2] ?? '').matchAll(ATTRIBUTE)) {
      attributes[key!.toLowerCase()] = decodeEntities(double ?? single ?? bare ?? '');
    }
    const tag: StartTag = { name, attributes };
    if (RAW_TEXT.has(name)) {
      const end = html.toLowerCase().indexOf(`</${name}`, TAG.lastIndex);
      const stop = end === -1 ? html.length : end;
      if (name === 'script' || name === 'style') tag.body = html.slice(TAG.lastIndex, stop);
      TAG.lastIndex = stop;
    }
    tags.push(tag);
  }
  return tags;
}

/** The ids a fragment can point at: every `id`, and `name` on <a>. */
export function anchorTargets(tags: StartTag[]): Set<string> {
  const ids = new Set<string>();
  for (const tag of tags) {
    if (tag.attributes.id !== undefined) ids.add(tag.attributes.id);
    if (tag.name === 'a' && tag.attributes.name !== undefined) ids.add(tag.attributes.name);
  }
  return ids;
}

export interface Reference {
  tag: string;
  attribute: string;
  value: string;
}

const URL_ATTRIBUTES: Record<string, string[]> = {
  a: ['href'],
  area: ['href'],
  link: ['href'],
  script: ['src'],
  img: ['src'],
  source: ['src'],
  iframe: ['src'],
  audio: ['src'],
  video: ['src', 'poster'],
  use: ['href'],
  form: ['action'],
};

/** Every URL the page points at through href, src, poster or action. */
export function references(tags: StartTag[]): Reference[] {
  return tags.flatMap((tag) =>
    (URL_ATTRIBUTES[tag.name] ?? [])
      .filter((attribute) => tag.attributes[attribute] !== undefined)
      .map((attribute) => ({ tag: tag.name, attribute, value: tag.attributes[attribute]! })),
  );
}
