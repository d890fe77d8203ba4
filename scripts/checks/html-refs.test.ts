import { describe, expect, it } from 'vitest';
import { anchorTargets, decodeEntities, references, startTags } from './html-refs.ts';

describe('decodeEntities', () => {
  it('decodes named, decimal and hex references and leaves unknown ones', () => {
    expect(decodeEntities('a&amp;b &#39;c&#x27; &bogus;')).toBe("a&b 'c' &bogus;");
  });
});

describe('startTags', () => {
  it('reads names and attributes in every quoting style, lower-casing names', () => {
    const [tag] = startTags(`<A HREF="/x/?a=1&amp;b=2" data-x='y' hidden id=top>`);
    expect(tag).toEqual({ name: 'a', attributes: { href: '/x/?a=1&b=2', 'data-x': 'y', hidden: '', id: 'top' } });
  });
  it('skips comments and what is inside script and style, keeping their bodies', () => {
    const tags = startTags(
      '<!-- <a href="/gone/"> --><script>if (a<b) x("<a href=/no/>")</script><style>p>a{}</style><p id="p">',
    );
    expect(tags.map((t) => t.name)).toEqual(['script', 'style', 'p']);
    expect(tags[0]!.body).toBe('if (a<b) x("<a href=/no/>")');
  });
  it('keeps a ">" inside a quoted attribute value', () => {
    expect(startTags('<a title="1 > 0" href="/y/">')[0]!.attributes.href).toBe('/y/');
  });
});

describe('anchorTargets', () => {
  it('collects ids and the names of anchors', () => {
    expect([...anchorTargets(startTags('<h2 id="a"></h2><a name="b"></a><input name="c">'))]).toEqual(['a', 'b']);
  });
});

describe('references', () => {
  it('lists the URL attributes of linking elements only', () => {
    const refs = references(
      startTags(
        '<a href="/a/"><link rel="stylesheet" href="/s.css"><script src="/j.js"></script><div href="/no/"><form action="/search/">',
      ),
    );
    expect(refs.map((r) => `${r.tag}@${r.attribute}=${r.value}`)).toEqual([
      'a@href=/a/',
      'link@href=/s.css',
      'script@src=/j.js',
      'form@action=/search/',
    ]);
  });
});
