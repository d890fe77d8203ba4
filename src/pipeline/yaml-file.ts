import { isMap, isNode, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import { ContentError, type Locate, type Place } from './content-error.ts';

/** A YAML file's value, and where each of its nodes sits. */
export interface YamlFile {
  file: string;
  data: unknown;
  locate: Locate;
}

/**
 * Parse YAML `text` (the content of `file`), keeping the place of every node so
 * later errors can point at the line and column of the value they are about.
 * Invalid YAML throws a ContentError at the place the parser stopped.
 */
export function parseYamlFile(text: string, file: string): YamlFile {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: true });
  const error = document.errors[0];
  if (error) {
    const start = error.linePos?.[0];
    // The parser's message repeats the place ("… at line 2, column 1:") and quotes the source after it.
    const reason = error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
    throw new ContentError(file, [
      { reason: `invalid YAML: ${reason}`, place: start && { line: start.line, column: start.col } },
    ]);
  }
  const place = (offset: number): Place => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  return {
    file,
    data: document.toJS(),
    locate: (path) => {
      const node = nodeAt(document.contents, path);
      return node?.range ? place(node.range[0]) : undefined;
    },
  };
}

/**
 * The node at `path`: the value of the last key found, or the key itself when
 * its value is empty; when a key or index is missing, the entry that lacks it.
 */
function nodeAt(root: unknown, path: readonly PropertyKey[]): Node | undefined {
  let node = isNode(root) ? root : undefined;
  for (const key of path) {
    let next: unknown;
    if (isSeq(node) && typeof key === 'number') next = node.items[key];
    else if (isMap(node)) {
      const pair = node.items.find((p) => String(isScalar(p.key) ? p.key.value : p.key) === String(key));
      const empty = !pair || (isScalar(pair.value) && pair.value.source === '') || pair.value === null;
      next = empty ? pair?.key : pair.value;
    }
    if (!isNode(next)) break;
    node = next;
  }
  return node;
}
