/** Broken role documents (edits of the bundled role) and the problems they must be reported with. */
import type { ValidationIssue } from '../src/schema/validate.js';
import { ACUTE, LRI, RLO, SCRIPT_URL, ZWJ, ZWSP } from './fixtures/hostile.js';

// The documents are made by editing a copy of the bundled role, so `any` is the honest type here.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Doc = any;

const VISIBLE = 'must contain a visible character (not only spaces, invisible characters or marks)';

export const broken: [string, (doc: Doc) => unknown, ValidationIssue[]][] = [
  ['a salary written as text', (d) => (d.salary.amount = '106k'), [{ path: 'salary.amount', message: 'expected a number, got "106k"' }]],
  ['a missing title', (d) => delete d.title, [{ path: 'title', message: 'is missing (expected a string)' }]],
  ['a blank title', (d) => (d.title = '   '), [{ path: 'title', message: 'must not be empty' }]],
  ['an overlong title', (d) => (d.title = 'x'.repeat(121)), [{ path: 'title', message: 'must be at most 120 characters long' }]],
  // A tagline fills two lines of a card: one line of text, 100 characters at most.
  ['an overlong tagline', (d) => (d.tagline = 'x'.repeat(101)), [{ path: 'tagline', message: 'must be at most 100 characters long' }]],
  [
    'a tagline on two lines',
    (d) => (d.tagline = 'Builds servers.\nAnd APIs.'),
    [{ path: 'tagline', message: 'must be one line (no line breaks), got "Builds servers.\\nAnd APIs."' }],
  ],
  ['a tagline with a line separator', (d) => (d.tagline = 'Builds servers.\u2028And APIs.'), [{ path: 'tagline', message: 'must be one line (no line breaks), got "Builds servers.\u2028And APIs."' }]],
  ['an empty tagline', (d) => (d.tagline = ''), [{ path: 'tagline', message: 'must not be empty' }]],
  [
    'an id with spaces and capitals',
    (d) => (d.id = 'Back End'),
    [{ path: 'id', message: 'must be lower-case letters and digits joined by hyphens, like "back-end-developer", got "Back End"' }],
  ],
  ['a misspelt field', (d) => (d.salery = d.salary), [{ path: '', message: 'unknown field "salery"' }]],
  ['a misspelt nested field', (d) => (d.growth.precent = 3), [{ path: 'growth', message: 'unknown field "precent"' }]],
  ['a fractional opening count', (d) => (d.openings.count = 1.5), [{ path: 'openings.count', message: 'expected a whole number, got 1.5' }]],
  ['an unknown salary period', (d) => (d.salary.period = 'month'), [{ path: 'salary.period', message: 'expected one of "year", "hour", got "month"' }]],
  [
    'a lower-case currency code',
    (d) => (d.salary.currency = 'usd'),
    [{ path: 'salary.currency', message: 'must be a three-letter ISO 4217 code such as "USD", got "usd"' }],
  ],
  ['a growth period that runs backwards', (d) => (d.growth.period = { from: 2030, to: 2020 }), [{ path: 'growth.period.to', message: 'must end after it starts' }]],
  ['a growth below -100%', (d) => (d.growth.percent = -150), [{ path: 'growth.percent', message: 'must be at least -100' }]],
  [
    'percentiles out of order',
    (d) => (d.salary.percentiles = { p10: 200000, p90: 50000 }),
    [{ path: 'salary.percentiles', message: 'must rise from the 10th to the 90th percentile (with the median in between)' }],
  ],
  ['a figure without a source', (d) => delete d.openings.source, [{ path: 'openings.source', message: 'is missing (expected an object)' }]],
  ['an empty FAQ list', (d) => (d.faq = []), [{ path: 'faq', message: 'must not be an empty list' }]],
  [
    'too many skills',
    (d) => (d.skills = Array.from({ length: 61 }, (_, i) => ({ name: `S${i}`, description: 'd' }))),
    [{ path: 'skills', message: 'must have at most 60 items' }],
  ],
  ['a skill without a description', (d) => delete d.skills[2].description, [{ path: 'skills[2].description', message: 'is missing (expected a string)' }]],
  [
    'a javascript: link',
    (d) => (d.related[0].url = SCRIPT_URL),
    [{ path: 'related[0].url', message: `must be an absolute http: or https: link, got "${SCRIPT_URL}"` }],
  ],
  // Text an XML image (and a page) cannot carry: controls, unpaired surrogates, U+FFFE/U+FFFF.
  ['a bell character in a title', (d) => (d.title = 'Back-end\u0007 Developer'), [{ path: 'title', message: 'contains a control character (U+0007) at position 9' }]],
  ['a NUL in a source name', (d) => (d.salary.source.name = 'Salary\u0000.com'), [{ path: 'salary.source.name', message: 'contains a control character (U+0000) at position 7' }]],
  ['a C1 control in a summary', (d) => (d.summary = `Builds\u0085${d.summary}`), [{ path: 'summary', message: 'contains a control character (U+0085) at position 7' }]],
  ['a DEL in a skill name', (d) => (d.skills[1].name = 'Py\u007fthon'), [{ path: 'skills[1].name', message: 'contains a control character (U+007F) at position 3' }]],
  ['an unpaired surrogate in an FAQ answer', (d) => (d.faq[0].answer = 'Yes \ud83d.'), [{ path: 'faq[0].answer', message: 'contains an unpaired surrogate (U+D83D) at position 5' }]],
  ['U+FFFE in a region', (d) => (d.growth.region = 'U\ufffeS'), [{ path: 'growth.region', message: 'contains a noncharacter (U+FFFE) at position 2' }]],
  ['U+FFFF in an employer', (d) => (d.employers = ['\uffff']), [{ path: 'employers[0]', message: 'contains a noncharacter (U+FFFF) at position 1' }]],
  // Text a reader cannot see: the card would show no title, the figure no source.
  ['a title of zero-width spaces', (d) => (d.title = ZWSP.repeat(3)), [{ path: 'title', message: VISIBLE }]],
  ['a source name of format characters and marks', (d) => (d.growth.source.name = `${RLO}${LRI}${ACUTE}${ACUTE} ${ZWJ}`), [{ path: 'growth.source.name', message: VISIBLE }]],
  [
    'several problems at once',
    (d) => {
      d.salary.amount = null;
      d.activities[1].title = 7;
      delete d.summary;
    },
    [
      { path: 'summary', message: 'is missing (expected a string)' },
      { path: 'salary.amount', message: 'expected a number, got null' },
      { path: 'activities[1].title', message: 'expected a string, got 7' },
    ],
  ],
];
