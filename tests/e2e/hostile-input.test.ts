/**
 * Hostile input: content an editor (or an attacker with commit access) might
 * feed the build. Each case either stops the build with a message naming the
 * file and the field or entry, or builds and renders safely (no script runs,
 * markup shows as text). Fixtures live in tests/hostile/: `renders/` are essays
 * built side by side in ONE build; `fails/` each break one build. Fixture builds
 * run two at a time.
 */
import type { Server } from 'node:http';
import { appendFileSync, copyFileSync, cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VFile } from 'vfile';
import { describeViolations, launchChromium, openPage, runAxe } from '../support/browser.ts';
import { buildWithContentAsync, limited, type FixtureBuild } from '../support/build-fixture.ts';
import { serveStatic } from '../support/static-server.ts';
import { analyzeFile, loadContext } from '../../src/pipeline/wedge-context.ts';
import { contentErrorOf, EMPTY_ESSAY, processEssay } from '../../src/pipeline/process-essay.ts';
import { listEssayFiles, readEssayFile } from '../../src/pipeline/load-content.ts';

const fixture = (name: string) => path.resolve('tests/hostile', name);
const copyEssay = (name: string, slug: string) => (root: string) =>
  copyFileSync(fixture(`fails/${name}`), path.join(root, `essays/${slug}.md`));
const copyTimeline = (name: string) => (root: string) =>
  copyFileSync(fixture(`fails/${name}`), path.join(root, `timeline/03-${name}`));

/** 50,000 distinct words in one paragraph, one sentence. */
const LONG_WORDS = Array.from({ length: 50_000 }, (_, i) => `w${String(i + 1).padStart(5, '0')}`);
const LONG_ESSAY = [
  '---',
  'title: "One paragraph of 50,000 words"',
  'author: "Hostile Author"',
  'venue: "Wedge hostile fixtures"',
  'published: "2024-01-12"',
  'url: "https://example.org/hostile-long"',
  'thesis: pressure',
  'summary: "A single paragraph, a single sentence, 50,000 words."',
  '---',
  '',
  `${LONG_WORDS.join(' ')}.`,
  '',
].join('\n');

const FAILING = {
  annotationBadYaml: (root: string) =>
    copyFileSync(fixture('fails/annotation-bad-yaml.yaml'), path.join(root, 'annotations/kupchan-2021.yaml')),
  annotationUnknownTopic: (root: string) =>
    appendFileSync(
      path.join(root, 'annotations/kupchan-2021.yaml'),
      `\n${readFileSync(fixture('fails/annotation-unknown-topic.yaml'), 'utf8')}`,
    ),
  frontmatterBadYaml: copyEssay('frontmatter-bad-yaml.md', 'hostile-bad-yaml'),
  frontmatterWrongTypes: copyEssay('frontmatter-wrong-types.md', 'hostile-wrong-types'),
  frontmatterJavascriptUrl: copyEssay('frontmatter-javascript-url.md', 'hostile-js-url'),
  emptyBody: copyEssay('empty-body.md', 'hostile-empty'),
  timelineDuplicateId: copyTimeline('timeline-duplicate-id.yaml'),
  timelineUnknownCategory: copyTimeline('timeline-unknown-category.yaml'),
  timelineCheckNoClaim: copyTimeline('timeline-check-no-claim.yaml'),
  // A case variant of a real essay's file: two files for one slug (the essay loader's own listing).
  duplicateSlug: (root: string) =>
    copyFileSync(path.join(root, 'essays/kupchan-2021.md'), path.join(root, 'essays/Kupchan-2021.md')),
};
type FailingCase = keyof typeof FAILING;

const renders = (root: string) => {
  cpSync(fixture('renders'), path.join(root, 'essays'), { recursive: true });
  writeFileSync(path.join(root, 'essays/hostile-long.md'), LONG_ESSAY);
};

// Start every fixture build at once (two run at a time); each test awaits its own.
let started = 0;
const builds = limited(2, [
  async () => {
    started = performance.now();
    const build = await buildWithContentAsync(renders);
    return { ...build, ms: performance.now() - started };
  },
  ...Object.values(FAILING).map((edit) => () => buildWithContentAsync(edit).then((b) => ({ ...b, ms: 0 }))),
]);
builds.forEach((b) => b.catch(() => {}));
const failing = (name: FailingCase): Promise<FixtureBuild> => builds[1 + Object.keys(FAILING).indexOf(name)]!;

async function expectFailure(name: FailingCase, ...patterns: Array<string | RegExp>): Promise<string> {
  const { status, output } = await failing(name);
  expect(status, output.slice(-2000)).not.toBe(0);
  for (const pattern of patterns) {
    if (typeof pattern === 'string') expect(output).toContain(pattern);
    else expect(output).toMatch(pattern);
  }
  return output;
}

describe('a build from hostile content that must stop', () => {
  it('names the annotations file, line and column of invalid YAML', async () => {
    await expectFailure(
      'annotationBadYaml',
      /annotations\/kupchan-2021\.yaml:6:1: invalid YAML: Missing closing "quote/,
    );
  });

  it('names the annotations file, line and column, entry and topic of an override with an unknown topic', async () => {
    await expectFailure(
      'annotationUnknownTopic',
      /annotations\/kupchan-2021\.yaml:\d+:29: entry \d+ › topics: unknown topic "space-race"; expected one of ukraine/,
    );
  });

  it('names the essay file and line of front matter that is not YAML', async () => {
    await expectFailure(
      'frontmatterBadYaml',
      /essays\/hostile-bad-yaml\.md:\d+:\d+: front matter: invalid YAML: Missing closing "quote/,
    );
  });

  it('names the essay and each ill-typed field: thesis a number, published not a date, url not a URL', async () => {
    await expectFailure(
      'frontmatterWrongTypes',
      /essays\/hostile-wrong-types\.md:\d+:\d+: front matter › published: expected a date written YYYY-MM-DD/,
      /essays\/hostile-wrong-types\.md:\d+:\d+: front matter › url: expected the http\(s\) URL of the original publication/,
      /essays\/hostile-wrong-types\.md:\d+:\d+: front matter › thesis: expected one of pressure, conciliation, futility/,
    );
  });

  it('refuses a javascript: URL for the original publication (it would become a live header link)', async () => {
    await expectFailure(
      'frontmatterJavascriptUrl',
      /essays\/hostile-js-url\.md:\d+:\d+: front matter › url: expected the http\(s\) URL of the original publication/,
    );
  });

  it('refuses an essay with front matter and no body, naming the file and the body', async () => {
    await expectFailure('emptyBody', /essays\/hostile-empty\.md:\d+:\d+: body: no paragraphs, so no claims/);
  });

  it('names both files when two essay files map to one slug (kupchan-2021.md and Kupchan-2021.md)', async () => {
    await expectFailure(
      'duplicateSlug',
      /essays\/kupchan-2021\.md: \(file\): same slug "kupchan-2021" as \S*essays\/Kupchan-2021\.md; expected one file per slug/,
    );
  });

  it('names both files of a timeline id used twice', async () => {
    await expectFailure(
      'timelineDuplicateId',
      /timeline\/03-timeline-duplicate-id\.yaml:2:7: entry 1 \(treaty-of-nerchinsk\) › id: duplicate id, already used in .*timeline\/01-to-1991\.yaml:5:7/,
    );
  });

  it('names the timeline file, event and category of an unknown category', async () => {
    await expectFailure(
      'timelineUnknownCategory',
      /timeline\/03-timeline-unknown-category\.yaml:5:13: entry 1 \(hostile-unknown-category\) › category: expected one of treaty, .* \(got "espionage"\)/,
    );
  });

  it('names the file, line and column, event, check and essay of a check whose quote matches no claim', async () => {
    await expectFailure(
      'timelineCheckNoClaim',
      /timeline\/03-timeline-check-no-claim\.yaml:12:14: hostile-check-no-claim › checks 1 \(kupchan-2021\) › quote: quote matches no claim/,
    );
  });
});

describe('the claim pipeline on hostile content that must stop (no build needed)', () => {
  it('refuses an essay of headings only, naming the file and the body', () => {
    const file = new VFile({
      path: 'content/essays/hostile-headings.md',
      value: readFileSync(fixture('fails/headings-only.md'), 'utf8'),
    });
    expect(() => processEssay(file, loadContext(path.resolve('content')))).toThrow(EMPTY_ESSAY);
    expect(String(file.messages[0])).toMatch(/^content\/essays\/hostile-headings\.md:\d+:\d+: body: no paragraphs/);
  });

  it('names the annotations file, line and column, entry and quote of an override quoting a sentence that is not there', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'wedge-hostile-'));
    cpSync('content/topics.yaml', path.join(root, 'topics.yaml'));
    cpSync('content/lexicon', path.join(root, 'lexicon'), { recursive: true });
    cpSync('content/timeline', path.join(root, 'timeline'), { recursive: true });
    cpSync('content/lexicon', path.join(root, 'lexicon'), { recursive: true });
    cpSync('content/essays/kupchan-2021.md', path.join(root, 'essays/kupchan-2021.md'));
    cpSync(fixture('fails/annotation-missing-quote.yaml'), path.join(root, 'annotations/kupchan-2021.yaml'));
    expect(() => analyzeFile(path.join(root, 'essays/kupchan-2021.md'), loadContext(root))).toThrow(
      /annotations\/kupchan-2021\.yaml:2:10: entry 1 › quote: quote matches no claim; .*\(quote: "Washington should blockade Vladivostok"\)/,
    );
  });
});

/** What `processEssay` reports for each fixture whose words would vanish from the page, in full. */
const BODY_FAILURES: Record<string, string> = {
  'body-code-indented.md':
    'tests/hostile/fails/body-code-indented.md:13:1: body: code block (lines indented 4 spaces, or fenced with ```): the page shows no code, so its text would vanish; expected essay text (unindent the lines, or remove the fences)',
  'body-code-fenced.md':
    'tests/hostile/fails/body-code-fenced.md:13:1: body: code block (lines indented 4 spaces, or fenced with ```): the page shows no code, so its text would vanish; expected essay text (unindent the lines, or remove the fences)',
  'body-comment-unclosed.md':
    'tests/hostile/fails/body-comment-unclosed.md:13:1: body: HTML comment never closed: `<!--` without `-->` hides everything after it (lines 13–17, headings included); expected `-->`, or no comment',
  'body-comment.md': [
    'tests/hostile/fails/body-comment.md:13:1: body: HTML comment: its text would be hidden from the page; expected essay text (remove the comment)',
    'tests/hostile/fails/body-comment.md:15:20: body: HTML comment in a paragraph: the page would show the hidden note as text; expected essay text (remove the comment)',
  ].join('\n'),
  'body-footnote-definition.md':
    'tests/hostile/fails/body-footnote-definition.md:13:1: body: footnote definition: Wedge reads CommonMark without footnotes, so the note would vanish; expected the note as a sentence of the text',
  'body-unused-definition.md':
    'tests/hostile/fails/body-unused-definition.md:13:1: body: link definition [treasury] that no link uses: it would vanish; expected a link [text][treasury] that uses it, or no definition',
  'body-numbered-list.md':
    'tests/hostile/fails/body-numbered-list.md:13:1: body: numbered list: the page shows each item as a paragraph and its number would vanish; expected paragraphs (write `1\\.` to keep a number as text)',
  'body-image-no-alt.md':
    'tests/hostile/fails/body-image-no-alt.md:13:1: body: image without alt text: the page shows no images, only their alt text, so nothing would be left of it; expected ![alt text](…) or no image',
  'body-setext-heading.md':
    'tests/hostile/fails/body-setext-heading.md:11:1: body: a line of === or --- under a paragraph makes it a heading, not claims; expected `## Heading` for a heading, or a blank line before the rule',
  'body-empty-heading.md':
    'tests/hostile/fails/body-empty-heading.md:13:1: body: heading without text; expected `## Heading text`',
  'frontmatter-unknown-key.md': [
    'tests/hostile/fails/frontmatter-unknown-key.md:8:1: front matter › slug: unknown key; expected only title, subtitle, author, venue, published, url, thesis, summary, attribution, source, fixes',
    'tests/hostile/fails/frontmatter-unknown-key.md:10:1: front matter › draft: unknown key; expected only title, subtitle, author, venue, published, url, thesis, summary, attribution, source, fixes',
  ].join('\n'),
};

describe('the claim pipeline on content whose words would vanish, or that would never be read (no build needed)', () => {
  const context = loadContext(path.resolve('content'));
  for (const [name, expected] of Object.entries(BODY_FAILURES)) {
    it(`stops on fails/${name}, naming the file, line and column and what was expected`, () => {
      const file = readEssayFile(fixture(`fails/${name}`));
      expect(() => processEssay(file, context)).toThrow();
      expect(contentErrorOf(file).message).toBe(expected);
      expect(file.data.wedge?.claims).toBeUndefined();
    });
  }

  /** A content folder with what loadContext needs and the one real essay. */
  const contentRoot = () => {
    const root = mkdtempSync(path.join(tmpdir(), 'wedge-hostile-'));
    for (const name of ['topics.yaml', 'lexicon', 'timeline', 'essays/kupchan-2021.md'])
      cpSync(path.join('content', name), path.join(root, name), { recursive: true });
    return root;
  };
  const relativeTo = (root: string) => (message: string) =>
    message.split(path.relative(process.cwd(), root)).join('<root>');

  it('stops on overrides for an essay that does not exist, naming the annotations file and the essay it expected', () => {
    const root = contentRoot();
    cpSync(fixture('fails/annotation-unknown-essay.yaml'), path.join(root, 'annotations/hostile-no-such-essay.yaml'));
    let message = 'no error';
    try {
      loadContext(root);
    } catch (error) {
      message = relativeTo(root)((error as Error).message);
    }
    expect(message).toBe(
      '<root>/annotations/hostile-no-such-essay.yaml: (file): overrides for an essay that does not exist: no <root>/essays/hostile-no-such-essay.md; expected annotations/<slug>.yaml for one of the essays (kupchan-2021)',
    );
  });

  it('stops on an essay file with another extension, or a name in capitals, naming it', () => {
    const messageOf = (name: string, source: string) => {
      const root = contentRoot();
      cpSync(fixture(source), path.join(root, 'essays', name));
      try {
        listEssayFiles(root);
      } catch (error) {
        return relativeTo(root)((error as Error).message);
      }
      return 'no error';
    };
    expect(messageOf('hostile.markdown', 'fails/essay-extension.markdown')).toBe(
      '<root>/essays/hostile.markdown: (file): unknown extension ".markdown", so it would not be read; expected <slug>.md, a slug being lower-case letters, digits and single hyphens',
    );
    expect(messageOf('Hostile-Capitals.md', 'renders/hostile-quotes.md')).toBe(
      '<root>/essays/Hostile-Capitals.md: (file): "Hostile-Capitals" is not a slug; expected <slug>.md, a slug being lower-case letters, digits and single hyphens',
    );
  });
});

describe('a build from hostile content that must render safely', () => {
  let build: FixtureBuild & { ms: number };
  let server: Server;
  let base: string;
  let browser: Browser;
  beforeAll(async () => {
    build = await builds[0]!;
    expect(build.status, build.output.slice(-3000)).toBe(0);
    ({ server, url: base } = await serveStatic(build.dist));
    browser = await launchChromium();
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => server?.close(resolve));
  });

  const html = (page: string) => readFileSync(path.join(build.dist, page), 'utf8');
  /** Load `page` in Chromium and report what hostile markup could have done there. */
  async function visit(page: string) {
    const context = await browser.newContext();
    const tab = await context.newPage();
    const dialogs: string[] = [];
    // Every request that leaves the test server (an image's src, a tracker) would be content fetching something.
    const external: string[] = [];
    tab.on('request', (request) => {
      if (!request.url().startsWith(base)) external.push(request.url());
    });
    tab.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await tab.goto(new URL(page, base).href, { waitUntil: 'load' });
    const state = await tab.evaluate(() => ({
      pwned: (window as { __pwned?: unknown }).__pwned,
      title: document.title,
      description: document.querySelector('meta[name="description"]')?.getAttribute('content'),
      // Markup from content that became elements: anything in the essay body besides text and the claim spans, any handler attribute, any script carrying the payload.
      injected:
        document.querySelectorAll(
          '.essay-body :is(script, img, iframe, style, svg, object, embed), [onerror], [onload]',
        ).length + [...document.scripts].filter((s) => s.text.includes('__pwned')).length,
      javascriptLinks: [...document.querySelectorAll('a[href]')].filter((a) =>
        /^\s*(javascript|data|vbscript):/i.test(a.getAttribute('href')!),
      ).length,
      bodyShown: getComputedStyle(document.body).display !== 'none',
      claims: [...document.querySelectorAll('.essay-body .claim-text')].map((c) => c.textContent ?? ''),
      headings: [...document.querySelectorAll('.essay-body :is(h2, h3, h4, h5, h6)')].map((h) => [h.id, h.textContent]),
      ids: [...document.querySelectorAll('[id]')].map((e) => e.id),
      text: document.body.innerText,
    }));
    await context.close();
    return { ...state, dialogs, external };
  }

  const safe = (state: Awaited<ReturnType<typeof visit>>) => {
    expect(state.pwned).toBeUndefined();
    expect(state.dialogs).toEqual([]);
    expect(state.injected).toBe(0);
    expect(state.javascriptLinks).toBe(0);
    expect(state.bodyShown).toBe(true);
    expect(state.external).toEqual([]);
  };

  it('shows raw <script> and <style> — in a paragraph, as a block, in the title and summary — as text, and runs none', async () => {
    const state = await visit('/essays/hostile-script/');
    safe(state);
    expect(state.title).toBe("<script>window.__pwned = 'title'</script> Raw script in an essay · Wedge");
    expect(state.claims).toContain(
      "The next sentence carries <script>window.__pwned = 'inline script'</script> inline in a paragraph.",
    );
    expect(state.claims).toContain("<script>window.__pwned = 'block script'; alert('block script');</script>");
    expect(state.claims).toContain('<style>body { display: none !important; }</style>');
    // In an attribute value `<` is inert; what matters is that the quote did not close the attribute.
    expect(state.description).toBe(`A summary with <script>window.__pwned = 'summary'</script> in it and a "quote".`);
  });

  it('shows an <img onerror> and <svg onload> as text and runs neither', async () => {
    const state = await visit('/essays/hostile-img/');
    safe(state);
    expect(
      state.claims.some((c) =>
        c.includes("<img src=x onerror=\"window.__pwned = 'inline img'; alert('inline img')\">"),
      ),
    ).toBe(true);
    expect(state.claims.some((c) => c.startsWith('<svg onload='))).toBe(true);
  });

  it('keeps the text of [link](javascript:…) and reference links but never links to javascript:', async () => {
    const state = await visit('/essays/hostile-link/');
    safe(state);
    expect(state.claims).toContain('The partnership will not break, click here whatever Washington does.');
    expect(state.claims).toContain('A reference link also here says the same.');
  });

  it('runs nothing on the pages that list every essay and claim', async () => {
    for (const page of ['/', '/compare/', '/compare/sanctions-trade/', '/timeline/', '/data/']) safe(await visit(page));
  });

  it('builds a 50,000-word paragraph as one claim with every word present once', async () => {
    console.log(
      `hostile fixture build (${readdirSync(fixture('renders')).length} hostile essays + the 3 real ones, 50,000-word paragraph included): ${(build.ms / 1000).toFixed(1)} s`,
    );
    const state = await visit('/essays/hostile-long/');
    safe(state);
    expect(state.claims).toHaveLength(1);
    const words = state.claims[0]!.replace(/\.$/, '').split(' ');
    expect(words).toHaveLength(50_000);
    expect(new Set(words).size).toBe(50_000);
    expect(words).toEqual(LONG_WORDS);
  });

  it('turns every Markdown construct into claim text, in order: lists, quotes, image alt text, code spans, breaks, tables, footnote marks', async () => {
    const state = await visit('/essays/hostile-constructs/');
    safe(state); // no <img>, and nothing fetched from tracker.example.org
    expect(state.claims).toEqual([
      'Constructone opens with emphasis, strong and inline code in one sentence.',
      'Constructtwo has a hard break here and another there.',
      'Constructthree is a bulleted item.',
      'Constructfour is another item.',
      'Constructfive is quoted.',
      'Constructsix shows a chart a chart of trade volumes by its alt text.',
      `Constructseven keeps the alt text of <img src=x onerror="window.__pwned = 'alt'"> as text.`,
      'Constructeight follows a reference link to the source and a footnote mark[^1].',
      '[^1]: Constructnine is a footnote written as text.',
      '| Constructten | is a pipe table | | --- | --- | | read as | one paragraph |',
    ]);
    expect(html('essays/hostile-constructs/index.html')).not.toContain('tracker.example.org');
  });

  it('gives repeated headings distinct ids and never one of the page’s own ids, so every id on the page is unique', async () => {
    const state = await visit('/essays/hostile-headings/');
    safe(state);
    expect(state.headings).toEqual([
      ['background', 'Background'],
      ['background-2', 'Background'],
      ['main-2', 'Main'],
      ['show-pressure-2', 'Show pressure'],
      ['site-search-q-2', 'Site search q'],
      ['section', '“…”'],
    ]);
    expect(state.ids.filter((id, i) => state.ids.indexOf(id) !== i)).toEqual([]);
    expect(state.ids).toEqual(expect.arrayContaining(['main', 'show-pressure', 'site-search-q']));
    expect(state.claims).toHaveLength(5);
  });

  it('removes invisible characters from the text, so the page and the tags are those of the clean text', async () => {
    const state = await visit('/essays/hostile-invisible/');
    safe(state);
    expect(state.claims).toEqual([
      'Sanctions on Moscow will not split the partnership.',
      'The wordjoiner and the strayBOM vanish.',
      'P\u00E9kin is composed.',
    ]);
    expect(state.text).not.toMatch(/[\u00AD\u200B-\u200D\u2060\uFEFF]/u);
    // The tags are those the pipeline gives the same text typed clean.
    const rows = (
      JSON.parse(html('data/claims.json')) as Array<{ essay: string; text: string; stance: string }>
    ).filter((c) => c.essay === 'hostile-invisible');
    const clean = processEssay(
      new VFile({
        path: 'hostile-invisible.md',
        value: readFileSync(fixture('renders/hostile-invisible.md'), 'utf8').replace(
          /^Sanc.*$/mu,
          'Sanctions on Moscow will not split the partnership. The wordjoiner and the strayBOM vanish. P\u00E9kin is composed.',
        ),
      }),
      loadContext(path.resolve('content')),
    );
    expect(rows.map((c) => [c.text, c.stance])).toEqual(clean.claims.map((c) => [c.text, c.stance]));
  });

  it('reads CRLF line endings as LF: soft breaks join, headings and paragraphs split as usual', async () => {
    const state = await visit('/essays/hostile-crlf/');
    expect(state.claims).toEqual([
      'Crlffirst sentence is here, wrapped over two lines.',
      'Crlfsecond sentence follows.',
      'Crlfthird sentence is a paragraph of its own.',
    ]);
    expect(html('essays/hostile-crlf/index.html')).toMatch(/<h2 id="crlfheading"[^>]*>Crlfheading<\/h2>/);
  });

  it('reads a file that starts with a UTF-8 BOM: the front matter parses and no BOM reaches the text', async () => {
    const state = await visit('/essays/hostile-bom/');
    expect(state.title).toBe('A file that starts with a byte-order mark · Wedge');
    expect(state.claims).toEqual(['Bomfirst sentence opens the essay.', 'Bomsecond sentence follows it.']);
  });

  it('keeps every kind of closing quote with its sentence (“ ” ‘ ’ « » ＂)', async () => {
    const state = await visit('/essays/hostile-quotes/');
    expect(state.claims).toEqual([
      'He said, “The bond is firm.”',
      'Quoteone follows the curly double quote.',
      'She wrote ‘The rift is real.’',
      'Quotetwo follows the curly single quote.',
      'Le ministre a dit « La rupture est impossible. »',
      'Quotethree follows the guillemets.',
      'The cable read ＂Nothing will change.＂',
      'Quotefour follows the full-width quote.',
      'Er sagte »Das hält.«',
      'Quotefive follows the reversed guillemets.',
      'He asked “Will it last?”',
      'Quotesix ends the paragraph.',
    ]);
  });

  // Thirteen essays (three real, ten hostile) are more than MAX_ESSAY_COLUMNS: the compare pages group them by thesis.
  it('groups the compare matrix by thesis past six essays, essays behind <details>, usable without JavaScript', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const tab = await context.newPage();
    await tab.goto(new URL('/compare/', base).href);
    const matrix = await tab.evaluate(() => ({
      heads: [...document.querySelectorAll('.cmp-head .cmp-cell')].map((c) => c.getAttribute('data-group')),
      rowGroups: [...document.querySelectorAll('.cmp-row')].map((r) => r.querySelectorAll('.cmp-group-cell').length),
      essayColumns: document.querySelectorAll('.cmp-matrix [data-col]').length,
      filters: [...document.querySelectorAll('.cmp-filters input')].map((i) => i.id),
      link: document.querySelector<HTMLAnchorElement>('.cmp-row details.cmp-essays a')?.getAttribute('href'),
    }));
    expect(matrix.heads).toEqual(['pressure', 'conciliation', 'futility']);
    expect(matrix.rowGroups.every((n) => n === 3)).toBe(true);
    expect(matrix.essayColumns).toBe(0);
    expect(matrix.filters).toEqual(
      expect.arrayContaining(['cmp-group-pressure', 'cmp-group-conciliation', 'cmp-group-futility']),
    );
    expect(matrix.filters.some((id) => id.startsWith('cmp-essay-'))).toBe(false);
    // Opening an essay's <details> lists it; its link lands on that essay's claims on the topic page.
    await tab.locator('.cmp-row details.cmp-essays summary').first().click();
    expect(
      await tab
        .locator('.cmp-row details.cmp-essays')
        .first()
        .evaluate((d) => (d as HTMLDetailsElement).open),
    ).toBe(true);
    await tab.goto(new URL(matrix.link!, base).href);
    const target = tab.locator(`#${matrix.link!.split('#')[1]}`);
    expect(await target.evaluate((d) => d.tagName)).toBe('DETAILS');
    await target.locator('summary').click();
    expect(await target.locator('.cmp-claim').count()).toBeGreaterThan(0);
    await context.close();
  });

  it('has no axe violations on the grouped compare pages, every <details> open, light and dark', async () => {
    for (const route of ['/compare/', '/compare/sanctions-trade/']) {
      for (const colorScheme of ['light', 'dark'] as const) {
        const page = await openPage(browser, new URL(route, base).href, { colorScheme });
        await page.evaluate(() =>
          document.querySelectorAll('details').forEach((d) => ((d as HTMLDetailsElement).open = true)),
        );
        const violations = await runAxe(page);
        await page.context().close();
        expect(violations, `${route} (${colorScheme}): ${describeViolations(violations)}`).toEqual([]);
      }
    }
  });
});
