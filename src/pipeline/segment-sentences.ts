/**
 * Split a paragraph's text into sentences.
 *
 * A sentence ends at `.`, `?` or `!` (closing quotes and brackets stay with it)
 * when the next word begins a new sentence. What is not an end:
 * - titles and other abbreviations (`Dr.`, `Gen.`, `e.g.`, `a.m.`), initials (`Charles A. Kupchan`);
 * - dotted acronyms (`U.S. President`), unless a word that typically opens a sentence follows;
 * - ellipses (`. . .`, `...`, `…`) followed by lower case or a digit;
 * - a colon, a semicolon or an em-dash, which join clauses of one sentence.
 *
 * Closing quotes of every common kind stay with their sentence: straight and
 * curly (" ' ” ’), full-width (＂), guillemets either way round (» « › ‹), and
 * French-spaced closers (`impossible. »`) when the sentence opened a guillemet.
 */

/** Abbreviations that never end a sentence when a capitalised word follows. */
const TITLES = new Set(
  'mr mrs ms dr prof gen col lt sgt capt adm gov sen rep pres st jr sr rev hon amb sec messrs mt ft no nos vol fig art sec ch pp cf vs etc al approx dept est inc ltd co corp jan feb mar apr jun jul aug sep sept oct nov dec'.split(
    ' ',
  ),
);

/** Words that open sentences; after a dotted acronym they signal a real sentence end. */
const OPENERS = new Set(
  'the a an it its this that these those there he she they we i you but and or yet so if in on at for as by after before when while although though however moreover nonetheless meanwhile still such what why how who our their his her my one no not all each both some many most finally first second then today now'.split(
    ' ',
  ),
);

const CLOSERS = '"\'”’)]»«›‹＂';
const OPENING = /["“‘([«»‹›＂]/u;
/** Space a French typesetter puts inside guillemets: space, no-break space, narrow no-break space. */
const GUILLEMET_SPACE = /[ \u00a0\u202f]/;
const UPPER = /\p{Lu}/u;

export interface SentenceSpan {
  /** The sentence text, trimmed. */
  text: string;
  /** Offset of the first character in the input. */
  start: number;
  /** Offset just past the last character in the input. */
  end: number;
}

/** Split `text` into sentence spans, keeping offsets into `text`. */
export function segmentSentences(text: string): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  let start = skipSpace(text, 0);
  let i = start;
  while (i < text.length) {
    const ch = text[i]!;
    if (ch === '.' || ch === '?' || ch === '!' || ch === '…') {
      let end = i + 1;
      while (end < text.length && (text[end] === '.' || text[end] === '?' || text[end] === '!')) end++;
      while (end < text.length && CLOSERS.includes(text[end]!)) end++;
      end = frenchCloser(text, start, end);
      const next = skipSpace(text, end);
      if (next > end && next < text.length && isBoundary(text, start, i, next)) {
        pushSpan(spans, text, start, end);
        start = next;
        i = next;
        continue;
      }
      i = end;
      continue;
    }
    i++;
  }
  if (start < text.length) pushSpan(spans, text, start, text.length);
  return spans;
}

function isBoundary(text: string, sentenceStart: number, mark: number, next: number): boolean {
  const following = text.slice(next, next + 40);
  const firstLetter = following.replace(/^[\s"“‘([«»‹›＂]+/u, '');
  const startsUpper = UPPER.test(firstLetter.charAt(0));
  const startsOpening = OPENING.test(following.charAt(0));
  const startsDigit = /^\d/.test(firstLetter);
  const terminal = text[mark]!;

  if (terminal === '?' || terminal === '!') return startsUpper || startsOpening;
  if (isEllipsis(text, mark)) return startsUpper;
  if (!startsUpper && !startsOpening && !startsDigit) return false;

  const word = wordBefore(text, sentenceStart, mark);
  const bare = word.toLowerCase().replace(/\.$/, '');
  if (/^\p{Lu}$/u.test(word)) return false; // an initial: "Charles A. Kupchan"
  if (TITLES.has(bare)) return false;
  if (/^(\p{L}\.){1,}\p{L}$/u.test(word)) {
    // a dotted acronym such as U.S: ends a sentence only before a typical opener
    const nextWord = firstLetter.match(/^\p{L}+/u)?.[0]?.toLowerCase() ?? '';
    return OPENERS.has(nextWord);
  }
  return true;
}

/** Past a space-separated `»` or `›` that closes a guillemet the sentence opened (`« Non. » Puis`). */
function frenchCloser(text: string, start: number, end: number): number {
  if (!GUILLEMET_SPACE.test(text[end] ?? '')) return end;
  const closer = text[end + 1];
  if (closer !== '»' && closer !== '›') return end;
  const opener = closer === '»' ? '«' : '‹';
  const sentence = text.slice(start, end);
  const open = sentence.split(opener).length - sentence.split(closer).length;
  return open > 0 ? end + 2 : end;
}

/** `…`, `...` and the spaced `. . .` */
function isEllipsis(text: string, mark: number): boolean {
  if (text[mark] === '…') return true;
  return /\.\s?\./.test(text.slice(Math.max(0, mark - 2), mark + 3));
}

/** The word that ends at `mark` (the terminal dot excluded), e.g. `U.S` or `Dr`. */
function wordBefore(text: string, from: number, mark: number): string {
  let i = mark;
  while (i > from && !/\s/.test(text[i - 1]!) && !'(“"‘'.includes(text[i - 1]!)) i--;
  return text.slice(i, mark);
}

function skipSpace(text: string, i: number): number {
  while (i < text.length && /\s/.test(text[i]!)) i++;
  return i;
}

function pushSpan(spans: SentenceSpan[], text: string, start: number, end: number): void {
  let trimmedEnd = end;
  while (trimmedEnd > start && /\s/.test(text[trimmedEnd - 1]!)) trimmedEnd--;
  if (trimmedEnd > start) spans.push({ text: text.slice(start, trimmedEnd), start, end: trimmedEnd });
}
