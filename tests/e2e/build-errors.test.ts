import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildWithContent } from '../support/build-fixture.ts';

const edit = (file: string, change: (text: string) => string) =>
  writeFileSync(file, change(readFileSync(file, 'utf8')));

describe('a build from bad content', () => {
  it('stops on missing or ill-typed essay front matter, naming the file and the fields', () => {
    const { status, output } = buildWithContent((root) =>
      edit(path.join(root, 'essays/taffer-2025.md'), (t) =>
        t.replace(/^thesis: .*$/m, 'thesis: "hawkish"').replace(/^author: .*\n/m, ''),
      ),
    );
    expect(status).not.toBe(0);
    expect(output).toContain('essays/taffer-2025.md');
    expect(output).toMatch(/thesis: expected one of pressure, conciliation, futility/);
    expect(output).toMatch(/author: /);
  });

  it('stops on an override that matches no claim, naming the file, line and column and the entry', () => {
    const { status, output } = buildWithContent((root) =>
      appendFileSync(
        path.join(root, 'annotations/kupchan-2021.yaml'),
        '- quote: "a sentence Kupchan never wrote"\n  stance: none\n  note: test\n',
      ),
    );
    expect(status).not.toBe(0);
    expect(output).toMatch(/annotations\/kupchan-2021\.yaml:\d+:10: entry \d+ › quote: quote matches no claim/);
  });

  it('stops on a timeline event with a bad date, naming the file, line and column and the entry', () => {
    const { status, output } = buildWithContent((root) =>
      edit(path.join(root, 'timeline/01-to-1991.yaml'), (t) => t.replace(/date: "1689-09-06"/, 'date: "1689-9-6"')),
    );
    expect(status).not.toBe(0);
    expect(output).toMatch(
      /timeline\/01-to-1991.yaml:6:9: entry 1 \(treaty-of-nerchinsk\) › date: expected a date "YYYY", "YYYY-MM" or "YYYY-MM-DD" \(got "1689-9-6"\)/,
    );
  });
});
