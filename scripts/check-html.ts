/**
 * `tsx scripts/check-html.ts [dist]` — validate every built page with html-validate,
 * configured by `.htmlvalidate.json` (html-validate:recommended). Prints every
 * finding as `file:line:col severity [rule] message`; exits 1 on any error.
 *
 * JSON has no comments, so the reason for each rule the config changes lives here,
 * and the script refuses a config that changes a rule without one:
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { HtmlValidate, StaticConfigLoader, formatterFactory, type ConfigData } from 'html-validate';
import { htmlFiles } from './checks/dist-pages.ts';

export const RULE_REASONS: Record<string, string> = {
  // https://html-validate.org/rules/no-inline-style.html — `width` allowed, nothing else.
  'no-inline-style':
    'StanceBar draws each stance\'s share of an essay as a segment whose width is the data (style="width:26.85%"); every other inline style is still an error.',
  // https://html-validate.org/rules/form-dup-name.html — checkboxes added to the default shared types.
  'form-dup-name':
    'The search filters are checkbox groups that share a name (?essay=a&essay=b), the standard way to submit several values of one field.',
  // https://html-validate.org/rules/wcag/h32.html
  'wcag/h32':
    'The compare and timeline filter forms never submit: their checkboxes filter in place (CSS :has() on /compare/, a script on /timeline/), so a submit button would do nothing.',
};

const config = JSON.parse(readFileSync('.htmlvalidate.json', 'utf8')) as ConfigData;
const unexplained = Object.keys(config.rules ?? {}).filter((rule) => !RULE_REASONS[rule]);
if (unexplained.length > 0) {
  console.error(
    `check-html: .htmlvalidate.json changes ${unexplained.join(', ')} without a reason in RULE_REASONS (scripts/check-html.ts)`,
  );
  process.exit(1);
}

const dist = path.resolve(process.argv[2] ?? 'dist');
// The repository's config for every file, wherever the dist is (a temp dir has no .htmlvalidate.json above it).
const validator = new HtmlValidate(new StaticConfigLoader({ ...config, root: true }));
const files = htmlFiles(dist).map((file) => path.join(dist, file));
const results = [];
let errors = 0;
let warnings = 0;
for (const file of files) {
  // html-validate does not see markup after </html> (a page-level <script> outside the layout lands there).
  if (!/<\/html>\s*$/.test(readFileSync(file, 'utf8'))) {
    console.error(`${path.relative(dist, file)}: markup after </html>; expected the document to end with </html>`);
    errors += 1;
  }
  const report = await validator.validateFile(file);
  errors += report.errorCount;
  warnings += report.warningCount;
  results.push(...report.results);
}
const text = formatterFactory('text')(results);
if (text.trim()) console.log(text.trimEnd());
console.log(`check-html: ${files.length} pages, ${errors} errors, ${warnings} warnings`);
process.exit(errors > 0 ? 1 : 0);
