// Images for places without scripts (src/images, `job-widgets render --format svg|png`, dist/images):
// the badge and the card for a few roles (a long title, Spanish, dark), their text, size and alt text,
// that they parse (resvg parses them as XML to draw them), that no glyph falls outside the image (the
// glyph outlines are where satori laid the text out), and that hostile role text stays text.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { Resvg } from '@resvg/resvg-js';
import fc from 'fast-check';
import MarkdownIt from 'markdown-it';
import { Marked } from 'marked';
import { parseFragment } from 'parse5';
import { CARD_SIZE, COMPACT_WIDTH, cardText, cardTextSizes, roleImage, snippets, toPng } from '../tools/dist/images.js';
import { glyphPoints } from './fixtures/glyphs.js';
import { readRole } from './fixtures/read-role.js';
import { MARKDOWN_BREAKOUTS, NON_XML_TEXT, SVG_BREAKOUT } from './fixtures/hostile.js';

const cli = new URL('../tools/dist/cli.js', import.meta.url).pathname;
const run = (...args) => spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8' });

/** Every element name and attribute name in an SVG (attribute values and text, escaped, are skipped). */
const markupOf = (svg) => svg.replace(/"[^"]*"/g, '""').replace(/>[^<]*</g, '><');
const tagsOf = (svg) => new Set([...markupOf(svg).matchAll(/<([a-zA-Z][\w:-]*)/g)].map((m) => m[1]));
const attributesOf = (svg) => new Set([...markupOf(svg).matchAll(/\s([a-zA-Z][\w:-]*)=/g)].map((m) => m[1]));


const CASES = [
  ['back-end-developer', { theme: 'light' }],
  ['network-administrator', { theme: 'light' }], // the longest title
  ['data-scientist', { theme: 'dark' }],
  ['software-developer', { lang: 'es' }],
];

describe('role images', () => {
  it("says in the alt text where a figure is a wider group's, before its source", async () => {
    const role = readRole('software-engineer');
    const card = await roleImage(role, { kind: 'card' });
    assert.match(card.alt, /\$132,270 a year \(For software developers as a whole; Source: U\.S\. Bureau of Labor Statistics, as of May 2023\)/);
    assert.match(card.alt, /\+17% \(For software developers, quality assurance analysts and testers as one group; Source: /);
    const badge = await roleImage(readRole('statistician'), { kind: 'badge' });
    assert.match(badge.alt, /\(For mathematicians and statisticians as one group; Source: /);
    assert.doesNotMatch((await roleImage(readRole('data-scientist'), { kind: 'card' })).alt, /\(For /);
  });

  // Every bundled role with a figure that is a wider group's (its `note`), as drawn in each size.
  const WITH_NOTES = readdirSync(new URL('../data/roles/', import.meta.url))
    .map((f) => readRole(f.slice(0, -5)))
    .filter((r) => r.salary?.note || r.growth?.note);
  it(`says in the card itself where a figure is a wider group's, the note drawn whole (${WITH_NOTES.length} roles, both sizes)`, async () => {
    assert.ok(WITH_NOTES.length >= 5);
    for (const role of WITH_NOTES) {
      for (const size of ['social', 'compact']) {
        // (One <text> a word or mark; compared without spaces: the note in order, nothing cut off with an ellipsis.)
        const squeezed = (text) => text.replace(/\s+/g, '');
        const drawn = (await cardTextSizes(role, { size })).texts.map((x) => x.text).join(' ');
        for (const note of [role.salary?.note, role.growth?.note].filter(Boolean)) {
          assert.ok(squeezed(drawn).includes(squeezed(note)), `${role.id} (${size}): "${note}" in ${drawn}`);
        }
        // (The social card sets the title on one line then: each of these fits it.)
        assert.ok(squeezed(drawn).startsWith(squeezed(role.title)), `${role.id} (${size}): the title in ${drawn}`);
      }
    }
  });

  for (const [id, options] of CASES) {
    it(`draws the card of ${id} (${JSON.stringify(options)}): its size, what it says, nothing outside it`, async () => {
      const role = readRole(id);
      const card = await roleImage(role, { kind: 'card', ...options });
      assert.deepEqual([card.width, card.height], [CARD_SIZE.width, CARD_SIZE.height]);
      assert.match(card.svg, /^<svg role="img" aria-label="[^"]+" width="1200" height="630" viewBox="0 0 1200 630"/);
      const title = /<title>([^<]*)<\/title>/.exec(card.svg)[1];
      assert.ok(title.startsWith(`${role.title.replace(/&/g, '&amp;')}.`), title);
      assert.match(title, new RegExp(role.salary.source.name.replace(/[.]/g, '\\.')));
      assert.match(title, options.lang === 'es' ? /Fuente/ : /Source/);
      new Resvg(card.svg); // parses, or throws
      const points = glyphPoints(card.svg);
      assert.ok(points.length > 1000, 'the text is drawn');
      for (const [x, y] of points) assert.ok(x >= 0 && x <= card.width && y >= 0 && y <= card.height, `a glyph at ${x},${y}`);
      const png = await toPng(card, 'card');
      assert.equal(png.readUInt32BE(16), 1200); // PNG header: width, height
      assert.equal(png.readUInt32BE(20), 630);
    });
  }

  it('shows the tagline, not the summary cut at two lines', async () => {
    const role = readRole('back-end-developer');
    const text = await cardText(role);
    assert.ok(text.includes(role.tagline), text);
    assert.ok(!text.includes(role.summary.slice(0, 30)), text);
    const { tagline, ...without } = role;
    assert.ok((await cardText(without)).includes(role.summary), 'the summary, when there is no tagline');
    assert.ok(tagline);
  });

  it('says in words that a role has no pay or growth figure (not a dash), in its SVG text and alt text', async () => {
    for (const [id, lang, words] of [
      ['front-end-developer', 'en-US', ['Salary No confirmed pay figure yet', 'Job growth No confirmed projection yet']],
      ['front-end-developer', 'es', ['Salario Aún sin cifra confirmada', 'Crecimiento del empleo Aún sin previsión confirmada']],
      ['statistician', 'en-US', ['Job growth No confirmed projection yet']],
    ]) {
      const role = readRole(id);
      const text = await cardText(role, { lang });
      for (const w of words) assert.ok(text.includes(w), `${id} (${lang}): ${text}`);
      assert.ok(!text.includes('–'), `${id} (${lang}): ${text}`);
      const card = await roleImage(role, { kind: 'card', lang });
      for (const w of words) assert.ok(card.alt.includes(w.replace(/^(Salary|Salario|Job growth|Crecimiento del empleo) /, '$1: ')), card.alt);
      new Resvg(card.svg); // parses
    }
  });

  it('draws the badge: label and value, the whole sentence as its title, twice the size as PNG', async () => {
    const badge = await roleImage(readRole('back-end-developer'), { kind: 'badge' });
    assert.equal(badge.height, 20);
    assert.match(badge.svg, /<text[^>]*>Average salary \(US\) · Salary\.com<\/text>/);
    assert.match(badge.svg, /<text[^>]*>\$106,677 a year<\/text>/);
    assert.equal(badge.alt, 'Back-end Developer. Average salary (US): $106,677 a year (Source: Salary.com).');
    assert.match(badge.svg, /role="img" aria-label="Back-end Developer\. Average salary/);
    const png = await toPng(badge, 'badge');
    assert.equal(png.readUInt32BE(16), badge.width * 2);
    const es = await roleImage(readRole('data-scientist'), { kind: 'badge', lang: 'es', theme: 'dark' });
    assert.match(es.svg, /112\.590\sUS\$ al año/);
    assert.match(es.alt, /Fuente: U\.S\. Bureau of Labor Statistics, datos de mayo de 2024/);
  });

  it('keeps hostile role text as text: no element, attribute or reference comes from the data', async () => {
    const attack = SVG_BREAKOUT;
    const benign = readRole('qa-engineer');
    const hostile = { ...benign, title: attack, summary: attack, salary: { ...benign.salary, source: { name: attack } }, skills: [{ name: attack }] };
    for (const kind of ['card', 'badge']) {
      const safe = await roleImage(benign, { kind });
      const image = await roleImage(hostile, { kind });
      assert.deepEqual(tagsOf(image.svg), tagsOf(safe.svg), kind);
      assert.deepEqual(attributesOf(image.svg), attributesOf(safe.svg), kind);
      assert.doesNotMatch(image.svg, /<script|<foreignObject|<a[\s>]|<image/i);
      assert.match(image.svg, /&lt;script&gt;/); // the text is there, escaped
      new Resvg(image.svg);
    }
  });

  it('ships every bundled role as images in dist/images, with their alt text', () => {
    const index = JSON.parse(readFileSync(new URL('../dist/images/index.json', import.meta.url), 'utf8'));
    assert.equal(Object.keys(index).filter((name) => name.endsWith('-card.svg')).length, 57);
    assert.equal(Object.keys(index).filter((name) => name.endsWith('-badge.svg')).length, 26); // the roles with a salary
    assert.match(index['back-end-developer-badge.svg'].alt, /\$106,677 a year \(Source: Salary\.com\)/);
  });
});

describe('job-widgets render --format', () => {
  it('prints the SVG and, on standard error, the <img> and Markdown snippets', () => {
    const { status, stdout, stderr } = run('render', 'back-end-developer', '--element', 'salary-card', '--variant', 'badge', '--format', 'svg', '--url', 'https://cdn.example/b.svg');
    assert.equal(status, 0, stderr);
    assert.match(stdout, /^<svg xmlns/);
    assert.match(stderr, /^<img src="https:\/\/cdn\.example\/b\.svg" width="\d+" height="20" alt="Back-end Developer\. Average salary \(US\): \$106,677 a year \(Source: Salary\.com\)\.">$/m);
    assert.match(stderr, /^!\[Back-end Developer\. .*\]\(https:\/\/cdn\.example\/b\.svg\)$/m);
  });

  it('writes a PNG card to --out and prints its snippets', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'job-widgets-img-')), 'card.png');
    const { status, stdout } = run('render', 'qa-engineer', '--element', 'job-card', '--format', 'png', '--theme', 'dark', '--out', out);
    assert.equal(status, 0);
    assert.equal(readFileSync(out).subarray(1, 4).toString(), 'PNG');
    assert.match(stdout, new RegExp(`<img src="${out}" width="1200" height="630" alt="QA Engineer\\. `));
  });

  it('exits 1 for a bad role file (path-aware) or a role without a salary badge, 2 for a usage error', () => {
    const dir = mkdtempSync(join(tmpdir(), 'job-widgets-img-'));
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ ...readRole('qa-engineer'), salary: { ...readRole('qa-engineer').salary, amount: '106k' } }));
    const invalid = run('render', bad, '--element', 'job-card', '--format', 'svg');
    assert.equal(invalid.status, 1);
    assert.match(invalid.stderr, /bad\.json: salary\.amount: expected a number, got "106k"/);
    assert.equal(run('render', 'front-end-developer', '--element', 'salary-card', '--variant', 'badge', '--format', 'svg').status, 1);
    assert.equal(run('render', 'qa-engineer', '--element', 'job-faq', '--format', 'svg').status, 2);
    assert.equal(run('render', 'qa-engineer', '--element', 'job-card', '--format', 'png').status, 2); // no --out
    assert.equal(run('render', 'qa-engineer', '--element', 'job-card', '--format', 'gif').status, 2);
  });
});

// The Markdown snippet through the field's two standard parsers, with their defaults (marked passes
// raw HTML through; markdown-it does with `html: true`, so that is the setting used).
const parsers = { marked: (md) => new Marked().parse(md, { async: false }), 'markdown-it': (md) => new MarkdownIt({ html: true }).render(md) };

/** The elements, comments and non-blank text of a parsed HTML fragment, depth first. */
function nodesOf(node, out = []) {
  for (const child of node.childNodes ?? []) {
    if (child.nodeName !== '#text' || child.value.trim()) out.push(child);
    nodesOf(child, out);
  }
  return out;
}

/** Asserts that `markdown` renders, in both parsers, as one <img> of `src` and `alt`: nothing else. */
function assertOneImage(markdown, src, alt) {
  for (const [name, parse] of Object.entries(parsers)) {
    const html = parse(markdown);
    const nodes = nodesOf(parseFragment(html));
    const what = `${name}: ${JSON.stringify(markdown)} → ${html}`;
    assert.deepEqual(nodes.map((n) => n.nodeName), ['p', 'img'], what);
    const img = nodes[1];
    assert.deepEqual(Object.fromEntries(img.attrs.map((a) => [a.name, a.value])), { src, alt }, what);
  }
}

/** A card-like image whose alt text is `alt`, for the snippets. */
const imageWith = (alt) => ({ svg: '', width: 1200, height: 630, alt });
const collapsed = (text) => text.replace(/[\s\u0085]+/g, ' ').trim();

describe('the Markdown snippet', () => {
  const url = 'https://cdn.example/job-widgets/dist/images/qa-engineer-card.svg';
  for (const title of MARKDOWN_BREAKOUTS) {
    it(`keeps ${JSON.stringify(title)} as alt text of one image`, () => {
      const { markdown } = snippets(url, imageWith(title));
      assert.doesNotMatch(markdown, /[\n\r\u2028\u2029]/);
      assertOneImage(markdown, url, collapsed(title));
    });
  }

  it('keeps the alt text of a role with a hostile title, from roleImage to the parsed Markdown', async () => {
    const role = { ...readRole('qa-engineer'), title: 'Dev\\](https://evil.example/p.png) ![x\n\n<img src=x onerror=alert(1)>' };
    const card = await roleImage(role, { kind: 'card' });
    assertOneImage(snippets(url, card).markdown, url, collapsed(card.alt));
  });

  it('keeps any text as alt text of one image (property, seeded)', () => {
    const pieces = fc.oneof(
      fc.constantFrom('\\', '`', '*', '_', '~', '[', ']', '(', ')', '<', '>', '&', '!', '|', '$', '#', ':', '"', "'", '=', '+', '^', '{', '}', '-', '.'),
      fc.constantFrom(' ', '\t', '\n', '\r', '\n\n', '\u2028', '\u2029', '\u00a0', '\u0085', '\f', '\v'),
      fc.constantFrom('<img src=x onerror=alert(1)>', '<script>', '&amp;', '&#60;', '&copy;', 'https://evil.example', 'www.evil.example', 'javascript:', '](', '![', '<!--', '-->'),
      fc.string({ unit: 'grapheme', maxLength: 4 }),
    );
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 24 }).map((parts) => parts.join('')), (alt) => {
        const { markdown } = snippets(url, imageWith(alt));
        assertOneImage(markdown, url, collapsed(alt));
      }),
      { seed: 20250615, numRuns: 400 },
    );
  });

  it('keeps the URL one link destination: spaces, parentheses, brackets, quotes, entities, newlines', () => {
    const cases = [
      ['card (1).svg', 'card%20(1).svg'],
      ['a b/c).svg', 'a%20b/c).svg'],
      ['x.svg) ![y](https://evil.example/y.png', 'x.svg)%20!%5By%5D(https://evil.example/y.png'],
      ['https://cdn.example/c.svg?a=1&copy;b=2&amp;', 'https://cdn.example/c.svg?a=1&copy;b=2&amp;'],
      ['<https://evil.example>', '%3Chttps://evil.example%3E'],
      ['c.svg\n\n<img src=x onerror=alert(1)>', 'c.svg%0A%0A%3Cimg%20src=x%20onerror=alert(1)%3E'],
      ['c.svg "title"', 'c.svg%20%22title%22'],
      ['c\\d`e`.svg', 'c%5Cd%60e%60.svg'],
      ['/tmp/carte été.png', '/tmp/carte%20%C3%A9t%C3%A9.png'],
    ];
    for (const [given, src] of cases) assertOneImage(snippets(given, imageWith('Card')).markdown, src, 'Card');
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', '/', ' ', '(', ')', '[', ']', '<', '>', '&', ';', '"', "'", '\\', '`', '\n', '!', '*', '_', 'é') }), (given) => {
        const { markdown } = snippets(`https://cdn.example/${given}`, imageWith('Card'));
        const src = nodesOf(parseFragment(parsers['markdown-it'](markdown)))[1]?.attrs.find((a) => a.name === 'src')?.value;
        assert.equal(decodeURIComponent(src), `https://cdn.example/${given}`);
        assertOneImage(markdown, src, 'Card');
      }),
      { seed: 20250615, numRuns: 300 },
    );
  });
});

describe('characters XML cannot hold', () => {
  // (The schema refuses them in data; a role object handed to roleImage directly skips the schema.)
  const NON_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;
  const bad = NON_XML_TEXT;
  const benign = readRole('qa-engineer');
  const role = { ...benign, title: bad, summary: bad, salary: { ...benign.salary, source: { name: bad } }, skills: [{ name: bad }] };
  /** Well-formed XML: only XML's characters, and resvg's strict XML parser reads it. */
  const assertWellFormed = (svg) => {
    assert.doesNotMatch(svg, NON_XML);
    new Resvg(svg);
  };

  for (const kind of ['card', 'badge']) {
    it(`never reach the ${kind}'s SVG, its alt text or its PNG`, async () => {
      const image = await roleImage(role, { kind });
      assertWellFormed(image.svg);
      assert.doesNotMatch(image.alt, NON_XML);
      assert.match(image.alt, /^QA Engineer xy\. /);
      const png = await toPng(image, kind);
      assert.equal(png.subarray(1, 4).toString(), 'PNG');
    });
  }

  it('an SVG resvg cannot read is a clear error, not resvg’s', async () => {
    await assert.rejects(toPng({ svg: '<svg xmlns="http://www.w3.org/2000/svg"><title>\u0001</title></svg>', width: 10, height: 10, alt: '' }, 'card'), (error) => {
      assert.match(error.message, /^The PNG could not be drawn \(resvg: .*non-XML character.*\)\.$/);
      assert.doesNotMatch(error.message, /\n/);
      return true;
    });
  });

  it('the command writes the PNG of a role file with them, or says why not, without a stack trace', () => {
    const dir = mkdtempSync(join(tmpdir(), 'job-widgets-img-'));
    const file = join(dir, 'role.json');
    writeFileSync(file, JSON.stringify({ ...benign, title: 'QA\u0001 Engineer\uffff' }));
    for (const args of [['--element', 'job-card'], ['--element', 'salary-card', '--variant', 'badge']]) {
      const { status, stderr } = run('render', file, ...args, '--format', 'png', '--out', join(dir, 'out.png'));
      assert.ok(status === 0 || (status === 1 && stderr.startsWith(`${file}: `)), stderr);
      assert.doesNotMatch(stderr, /^\s+at /m);
    }
  });
});

describe('the card: every script it claims, nothing outside it', () => {
  const qa = readRole('qa-engineer');
  /** What the card draws: its SVG without the alt text (title, aria-label). */
  const drawing = (svg) => svg.replace(/aria-label="[^"]*"/, '').replace(/<title>[^<]*<\/title>/, '');
  const cardOf = (role, options = {}) => roleImage(role, { kind: 'card', ...options });

  it('draws Latin Extended, Greek, Cyrillic, Vietnamese and Arabic-script text with glyphs of their own', async () => {
    // A character no font has is drawn as the same box: two texts of such characters draw the same card.
    const samples = ['Łódź Șerban', 'Μηχανικός', 'Инженер', 'Kỹ sư phần mềm', 'مهندس نرم‌افزار', 'ŁŁŁŁ', 'ΩΩΩΩ', 'ЖЖЖЖ', 'ỹỹỹỹ', 'ششش'];
    const drawings = [];
    for (const title of samples) drawings.push(drawing((await cardOf({ ...qa, title, skills: [{ name: title }] })).svg));
    assert.equal(new Set(drawings).size, samples.length);
  });

  for (const [lang, digits] of [['fa-IR', '۱۱۲٬۵۹۰'], ['ar-EG', '١١٢٬٥٩٠']]) {
    it(`draws the digits of --lang ${lang} (Vazirmatn has them)`, async () => {
      const role = readRole('data-scientist');
      const a = await cardOf(role, { lang });
      const b = await cardOf({ ...role, salary: { ...role.salary, amount: 998877 } }, { lang });
      assert.ok(a.alt.includes(digits), a.alt);
      assert.notEqual(drawing(a.svg), drawing(b.svg)); // (boxes would make them the same)
    });
  }

  for (const [what, text] of [['CJK', '数据工程师'], ['emoji', 'QA Engineer 🚀'], ['Hebrew', 'מהנדס']]) {
    it(`refuses ${what} text it has no font for, saying which characters`, async () => {
      await assert.rejects(cardOf({ ...qa, skills: [{ name: text }] }), (error) => {
        assert.match(error.message, /^The card cannot draw /);
        for (const character of text.replace(/[\sA-Za-z]/g, '')) assert.ok(error.message.includes(character), error.message);
        assert.match(error.message, /Latin, Greek, Cyrillic, Vietnamese and Arabic/);
        return true;
      });
    });
  }

  it('says so from the command, exit 1', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'job-widgets-img-')), 'cjk.json');
    writeFileSync(file, JSON.stringify({ ...qa, title: '数据工程师' }));
    const { status, stderr } = run('render', file, '--element', 'job-card', '--format', 'svg');
    assert.equal(status, 1);
    assert.match(stderr, /cjk\.json: The card cannot draw .*数/);
  });

  const long = 'Pneumonoultramicroscopicsilicovolcanoconiosis';
  const LONG = {
    'a long title': { ...qa, title: 'Senior Principal Distinguished Staff Software Engineering Architect for Cloud Infrastructure Platforms, Developer Experience and Reliability' },
    'long words everywhere': {
      ...qa,
      title: `${long}${long}`,
      summary: `${long}${long}${long} ${long}`,
      salary: { ...qa.salary, amount: 123456789012, currency: 'IDR', region: `Special Capital Region of ${long}`, note: `${long}${long}${long}${long}`, source: { name: `${long}${long} Statistics` } },
      growth: { ...qa.growth, percent: -12.5, region: long, note: `${long} `.repeat(8), source: { name: `${long}${long}${long}` } },
      skills: [{ name: `${long}${long}` }, { name: long }, { name: long }],
    },
    'many short words': {
      ...qa,
      title: 'QA '.repeat(60),
      summary: 'test '.repeat(200),
      salary: { ...qa.salary, note: 'for all of them '.repeat(20) },
      growth: { ...qa.growth, note: 'as one group '.repeat(20) },
      skills: Array.from({ length: 9 }, () => ({ name: 'Test automation and more' })),
    },
  };
  // The content's margins: left and right, the accent bar above, below.
  const MARGINS = { social: { x: 56, top: 16, bottom: 36 }, compact: { x: 32, top: 12, bottom: 32 } };
  for (const [what, role] of Object.entries(LONG)) {
    for (const [lang, size] of [['en-US', 'social'], ['es', 'social'], ['en-US', 'compact'], ['es', 'compact']]) {
      it(`keeps ${what} (${lang}) inside the ${size} card: every glyph and box inside the margins, the skills drawn`, async () => {
        const card = await cardOf(role, { lang, size });
        const { x: mx, top, bottom } = MARGINS[size];
        const points = glyphPoints(card.svg);
        assert.ok(points.length > 1000, 'the text is drawn');
        for (const [x, y] of points) assert.ok(x >= mx - 2 && x <= card.width - mx + 2 && y >= top && y <= card.height - bottom + 4, `a glyph at ${x},${y}`);
        const boxesOf = (pattern) => [...card.svg.matchAll(pattern)].map((m) => m.slice(1).map(Number));
        const BOX = '<(?:rect|path) x="([\\d.]+)" y="([\\d.]+)" width="([\\d.]+)" height="([\\d.]+)"';
        for (const [x, y, w, h] of boxesOf(new RegExp(BOX, 'g'))) assert.ok(x >= 0 && y >= 0 && x + w <= card.width + 0.5 && y + h <= card.height + 0.5, `a box at ${x},${y} ${w}×${h}`);
        // The three skill chips (their fill is the theme's chip colour) are drawn, inside the margins.
        const chips = boxesOf(new RegExp(`${BOX}[^>]*fill="#eef2ff"`, 'g'));
        assert.equal(chips.length, 3);
        for (const [x, y, w, h] of chips) assert.ok(x >= mx && x + w <= card.width - mx + 0.5 && y + h <= card.height - bottom + 0.5, `a chip at ${x},${y} ${w}×${h}`);
      });
    }
  }
});

// Issue 19: images that read where they are shown. A phone shows an image at its column's width,
// 343 CSS px of a 375 px screen (16 px margins): a text of `size` image px then measures
// size × 343 / width CSS px, and should measure about 12 or more.
const PHONE_COLUMN = 343;
const shownAt = (size, width) => (size * PHONE_COLUMN) / width;
const bundledIds = readdirSync(new URL('../data/roles/', import.meta.url)).filter((f) => f.endsWith('.json')).map((f) => f.slice(0, -5)).sort();

/** The smallest text of a card (from its SVG laid out with <text> elements) in CSS px at a phone's column width, and which text it is. */
async function smallestOnPhone(role, options) {
  const { width, texts } = await cardTextSizes(role, options);
  // Not vacuous: the card's words are there (one <text> a word), the sources' included.
  assert.ok(texts.length >= 20 && texts.some((x) => x.text === role.title.split(/[\s-]/)[0]), JSON.stringify(texts));
  if (role.salary || role.growth) assert.ok(texts.some((x) => /^(Source|Fuente)$/.test(x.text)), JSON.stringify(texts));
  const smallest = texts.reduce((a, b) => (b.size < a.size ? b : a));
  return { px: shownAt(smallest.size, width), text: smallest.text, width };
}

describe('legible on a phone (343 px wide)', () => {
  it('the compact card: every text of every bundled role 12 CSS px or more, in English and Spanish', async (t) => {
    let least = Infinity;
    for (const id of bundledIds) {
      for (const lang of ['en-US', 'es']) {
        const { px, text, width } = await smallestOnPhone(readRole(id), { size: 'compact', lang });
        assert.equal(width, COMPACT_WIDTH);
        assert.ok(px >= 12, `${id} (${lang}): "${text}" is ${px.toFixed(1)} CSS px at ${PHONE_COLUMN} px`);
        least = Math.min(least, px);
      }
    }
    t.diagnostic(`compact card: smallest text ${least.toFixed(1)} CSS px at ${PHONE_COLUMN} px`);
  });

  it('the compact card: also with the longest amounts (their figure is set smaller)', async () => {
    const qa = readRole('qa-engineer');
    const role = { ...qa, salary: { ...qa.salary, amount: 123456789012, currency: 'IDR' } };
    const { px, text } = await smallestOnPhone(role, { size: 'compact' });
    assert.ok(px >= 12, `"${text}" is ${px.toFixed(1)} CSS px`);
  });

  it('the 1200 × 630 card is not: its sources are about 7 CSS px there (why the compact size exists)', async (t) => {
    const { px, text } = await smallestOnPhone(readRole('data-scientist'), {});
    t.diagnostic(`1200 × 630 card: smallest text "${text}" ${px.toFixed(1)} CSS px at ${PHONE_COLUMN} px`);
    assert.ok(px < 12 && px >= 6.5, `${px}`);
  });
});

/**
 * The tallest run of pixel rows inside a card's content area (between its margins) that is plain
 * background: nothing drawn across the whole width. Drawn by resvg, as the PNG is.
 */
function tallestEmptyBand(image, margins) {
  const rendered = new Resvg(image.svg).render();
  const { width, height, pixels } = rendered;
  const at = (x, y) => pixels.readUInt32BE((y * width + x) * 4);
  const background = at(width - 1, height - 1); // the bottom right corner is margin
  let tallest = 0;
  let run = 0;
  for (let y = margins.top; y < height - margins.bottom; y++) {
    let plain = true;
    for (let x = margins.x; x < width - margins.x && plain; x++) plain = at(x, y) === background;
    run = plain ? run + 1 : 0;
    tallest = Math.max(tallest, run);
  }
  return tallest;
}

describe('no empty band', () => {
  // No figures; both figures with a short title; a one-line long title; the longest title; Spanish.
  const ROLES = ['front-end-developer', 'data-scientist', 'it-manager', 'animator', 'network-administrator', 'statistician'];
  // The content area: inside the side margins, below the accent bar and the top margin, above the bottom margin.
  const AREA = { social: { x: 56, top: 16 + 36, bottom: 36 }, compact: { x: 32, top: 12 + 28, bottom: 32 } };
  for (const size of ['social', 'compact']) {
    it(`the ${size} card: no band of 40 px rows without content, for roles with and without figures, long and short titles, light and dark`, async (t) => {
      const bands = [];
      for (const id of ROLES) {
        for (const [theme, lang] of [['light', 'en-US'], ['dark', 'en-US'], ['light', 'es']]) {
          const image = await roleImage(readRole(id), { kind: 'card', size, theme, lang });
          const band = tallestEmptyBand(image, AREA[size]);
          bands.push(band);
          assert.ok(band < 40, `${id} (${theme}, ${lang}): ${band} empty rows`);
        }
      }
      t.diagnostic(`tallest empty band: ${Math.max(...bands)} px`);
    });
  }
});

describe('the badge naming the role', () => {
  it('labelRole puts the title first, so two roles with figures of the same kind and source read differently', async () => {
    const [a, b] = await Promise.all(['data-scientist', 'it-manager'].map((id) => roleImage(readRole(id), { kind: 'badge', labelRole: true })));
    const labelOf = (svg) => /<text[^>]*>([^<]*)<\/text>/.exec(svg)[1];
    assert.equal(labelOf(a.svg), 'Data Scientist · Median salary (US) · U.S. Bureau of Labor Statistics');
    assert.equal(labelOf(b.svg), 'IT Manager · Median salary (US) · U.S. Bureau of Labor Statistics');
    // Without it (the default, unchanged) the two labels are the same: only the amount tells them apart.
    const [c, d] = await Promise.all(['data-scientist', 'it-manager'].map((id) => roleImage(readRole(id), { kind: 'badge' })));
    assert.equal(labelOf(c.svg), labelOf(d.svg));
    assert.equal(a.alt, c.alt); // the alt text names the role either way
    new Resvg(a.svg);
  });

  it('the command takes --label-role for a badge (the Spanish label too), and refuses it for a card', () => {
    const { status, stdout } = run('render', 'data-scientist', '--element', 'salary-card', '--variant', 'badge', '--label-role', '--lang', 'es', '--format', 'svg');
    assert.equal(status, 0);
    assert.match(stdout, /<text[^>]*>Data Scientist · Salario mediano \(US\) · U\.S\. Bureau of Labor Statistics<\/text>/);
    assert.equal(run('render', 'data-scientist', '--element', 'job-card', '--label-role', '--format', 'svg').status, 2);
    assert.equal(run('render', 'data-scientist', '--element', 'salary-card', '--variant', 'badge', '--label-role').status, 2); // not an image
  });

  it('ships the compact cards and the badges naming the role in dist/images', () => {
    const index = JSON.parse(readFileSync(new URL('../dist/images/index.json', import.meta.url), 'utf8'));
    assert.equal(Object.keys(index).filter((name) => /-compact(-dark)?\.svg$/.test(name)).length, 2 * 57);
    assert.equal(Object.keys(index).filter((name) => name.endsWith('-badge-role.svg')).length, 26);
    assert.equal(index['data-scientist-compact.svg'].width, COMPACT_WIDTH);
    assert.equal(index['data-scientist-compact.svg'].height, index['data-scientist-compact-dark.svg'].height);
  });
});

describe('--size and --theme both', () => {
  it('refuses a size other than social or compact, a size for a badge, a size without --format, --theme both without --out', () => {
    assert.equal(run('render', 'qa-engineer', '--element', 'job-card', '--size', 'huge', '--format', 'svg').status, 2);
    assert.equal(run('render', 'qa-engineer', '--element', 'salary-card', '--variant', 'badge', '--size', 'compact', '--format', 'svg').status, 2);
    assert.equal(run('render', 'qa-engineer', '--element', 'job-card', '--size', 'compact').status, 2);
    assert.equal(run('render', 'qa-engineer', '--element', 'job-card', '--theme', 'both', '--format', 'svg').status, 2);
  });

  it('writes a compact PNG at 600 px wide', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'job-widgets-img-')), 'compact.png');
    const { status, stdout } = run('render', 'qa-engineer', '--element', 'job-card', '--size', 'compact', '--format', 'png', '--out', out);
    assert.equal(status, 0);
    assert.equal(readFileSync(out).readUInt32BE(16), 600);
    assert.match(stdout, new RegExp(`<img src="${out}" width="600" height="${readFileSync(out).readUInt32BE(20)}" alt="QA Engineer\\. `));
  });
});

// The README's recipe for GitHub's light and dark modes, run as a reader runs it: its commands in an
// empty folder, the <picture> it shows compared with what the command prints, and that <picture>
// parsed as HTML (no parse error; the dark source, the light <img> with size and alt text; the files
// it names written, dark and light).
describe("the README's light and dark recipe", () => {
  const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
  const section = /\n### Light and dark[^\n]*\n([\s\S]*?)\n##/.exec(readme)?.[1] ?? '';
  const commands = [...section.matchAll(/```sh\n([\s\S]*?)```/g)].flatMap((m) => m[1].split('\n')).filter((line) => line.startsWith('npx job-widgets-tools '));
  const shown = /```html\n([\s\S]*?)\n```/.exec(section)?.[1];

  it('runs its commands and prints the <picture> it shows, valid HTML naming the files written', () => {
    assert.ok(commands.length >= 1 && shown, 'the README has the recipe: a sh block and the <picture> in an html block');
    const dir = mkdtempSync(join(tmpdir(), 'job-widgets-picture-'));
    let printed = '';
    for (const line of commands) {
      // As typed, with this build's command in place of npx's.
      const r = spawnSync('sh', ['-c', line.replace(/^npx job-widgets-tools /, `"${process.execPath}" "${cli}" `)], { cwd: dir, encoding: 'utf8' });
      assert.equal(r.status, 0, `${line}\n${r.stderr}`);
      printed += r.stdout;
    }
    assert.equal(printed.trim(), shown, 'the README shows what the command prints');

    const errors = [];
    const fragment = parseFragment(shown, { onParseError: (error) => errors.push(error.code) });
    assert.deepEqual(errors, []);
    const elements = nodesOf(fragment).filter((n) => n.nodeName !== '#text');
    assert.deepEqual(elements.map((n) => n.nodeName), ['picture', 'source', 'img']);
    const [picture, source, img] = elements;
    assert.deepEqual([source.parentNode, img.parentNode], [picture, picture]);
    const attrs = (node) => Object.fromEntries(node.attrs.map((a) => [a.name, a.value]));
    const { media, srcset } = attrs(source);
    const { src, width, height, alt } = attrs(img);
    assert.equal(media, '(prefers-color-scheme: dark)');
    const dark = readFileSync(join(dir, srcset), 'utf8');
    const light = readFileSync(join(dir, src), 'utf8');
    assert.match(dark, /fill="#111827"/); // the dark surface
    assert.match(light, /fill="#ffffff"/);
    for (const svg of [dark, light]) {
      assert.match(svg, new RegExp(`^<svg [^>]*width="${width}" height="${height}"`));
      assert.equal(/<title>([^<]*)<\/title>/.exec(svg)[1].replace(/&amp;/g, '&'), alt);
    }
    assert.ok(alt.length > 40 && Number(width) === COMPACT_WIDTH, `${alt} ${width}`);
  });
});
