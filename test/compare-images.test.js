// The comparison image (src/images/compare.ts): two to four roles side by side, social (1200 × 630)
// and compact (600 px wide), light and dark, English and Spanish. What it says (every role, figure,
// source; words for a missing figure; a decline as a decline), its alt text, that it parses and draws
// as PNG, that no glyph or box leaves the image (the longest titles and hostile text included), that
// the compact one's text stays 12 CSS px or more on a phone, and that hostile text stays text.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { Resvg } from '@resvg/resvg-js';
import { COMPACT_WIDTH, compareImage, compareText, compareTextSizes, roleImage, toPng } from '../tools/dist/images.js';
import { glyphPoints } from './fixtures/glyphs.js';
import { readRole } from './fixtures/read-role.js';
import { NON_XML_TEXT, SVG_BREAKOUT } from './fixtures/hostile.js';

const BOX = /<(?:rect|path) x="(-?[\d.]+)" y="(-?[\d.]+)" width="([\d.]+)" height="([\d.]+)"/g;
const boxesOf = (svg) => [...svg.matchAll(BOX)].map((m) => m.slice(1).map(Number));
/** The bars (rounded: tracks, pay and growth spans), in order, with their fill. */
const barsOf = (svg) =>
  [...svg.matchAll(/<path x="([\d.]+)" y="([\d.]+)" width="([\d.]+)" height="(?:12|14)" fill="(#[0-9a-f]+)" d="M[\d.]+,[\d.]+ h/g)].map((m) => ({ x: Number(m[1]), y: Number(m[2]), width: Number(m[3]), fill: m[4] }));

/** Every glyph inside the margins (left and right, the accent bar above, below) and every box inside the image. */
function assertInside(image, margins) {
  const points = glyphPoints(image.svg);
  assert.ok(points.length > 1000, 'the text is drawn');
  const { x: mx, top, bottom } = margins;
  for (const [x, y] of points) assert.ok(x >= mx - 2 && x <= image.width - mx + 2 && y >= top && y <= image.height - bottom + 4, `a glyph at ${x},${y}`);
  const boxes = boxesOf(image.svg);
  assert.ok(boxes.length > 0, 'boxes (bars, rules) are drawn');
  for (const [x, y, w, h] of boxes) assert.ok(x >= 0 && y >= 0 && x + w <= image.width + 0.5 && y + h <= image.height + 0.5, `a box at ${x},${y} ${w}×${h}`);
}
const MARGINS = { social: { x: 56, top: 16, bottom: 32 }, compact: { x: 32, top: 12, bottom: 32 } };

const comparisonOf = (...ids) => ({ roles: ids.map(readRole) });
const escaped = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
/** Every element name and attribute name in an SVG (attribute values and text, escaped, are skipped). */
const markupOf = (svg) => svg.replace(/"[^"]*"/g, '""').replace(/>[^<]*</g, '><');
const tagsOf = (svg) => new Set([...markupOf(svg).matchAll(/<([a-zA-Z][\w:-]*)/g)].map((m) => m[1]));
const attributesOf = (svg) => new Set([...markupOf(svg).matchAll(/\s([a-zA-Z][\w:-]*)=/g)].map((m) => m[1]));

const CASES = [
  [['data-scientist', 'database-architect'], { theme: 'light' }],
  [['data-scientist', 'database-architect'], { theme: 'dark' }],
  [['data-scientist', 'software-developer', 'front-end-developer'], { theme: 'light' }],
  [['data-scientist', 'database-architect', 'software-developer', 'network-administrator'], { theme: 'dark' }],
  [['research-scientist', 'network-administrator', 'animator', 'computer-support-specialist'], { lang: 'es' }], // the four longest titles
  [['data-scientist', 'computer-programmer'], { size: 'compact' }],
  [['data-scientist', 'database-architect', 'software-developer', 'front-end-developer'], { size: 'compact', theme: 'dark' }],
  [['research-scientist', 'network-administrator', 'animator', 'computer-support-specialist'], { size: 'compact', lang: 'es' }],
];

describe('the comparison image', () => {
  for (const [ids, options] of CASES) {
    const size = options.size ?? 'social';
    it(`draws ${ids.join(', ')} (${JSON.stringify(options)}): its size, alt text, every glyph and box inside, a PNG`, async () => {
      const comparison = comparisonOf(...ids);
      const image = await compareImage(comparison, options);
      if (size === 'social') assert.deepEqual([image.width, image.height], [1200, 630]);
      else assert.ok(image.width === COMPACT_WIDTH && image.height > 600 * (ids.length / 2), `${image.width}×${image.height}`);
      assert.match(image.svg, new RegExp(`^<svg role="img" aria-label="[^"]+" width="${image.width}" height="${image.height}" viewBox="0 0 ${image.width} ${image.height}"`));
      assert.equal(/<title>([^<]*)<\/title>/.exec(image.svg)[1], escaped(image.alt));
      assert.equal(/aria-label="([^"]*)"/.exec(image.svg)[1], escaped(image.alt));
      assert.doesNotMatch(image.alt, /[\n\r\u2060]/);
      for (const role of comparison.roles) assert.ok(image.alt.includes(`${role.title}: `), `${role.title} in ${image.alt}`);
      const theme = options.theme === 'dark' ? '#111827' : '#ffffff';
      assert.match(image.svg, new RegExp(`fill="${theme}"`));
      new Resvg(image.svg); // parses, or throws
      assertInside(image, MARGINS[size]);
      const png = await toPng(image, 'card');
      assert.deepEqual([png.readUInt32BE(16), png.readUInt32BE(20)], [image.width, image.height]);
    });
  }

  it('says every role, its pay with period, kind and source with date, its growth with period and source', async () => {
    const comparison = comparisonOf('data-scientist', 'database-architect');
    for (const size of ['social', 'compact']) {
      const text = await compareText(comparison, { size });
      for (const words of [
        'Compare: Data Scientist and Database Architect',
        '$112,590 a year',
        '$135,980 a year',
        'Median salary (US)',
        'Source: U.S. Bureau of Labor Statistics, as of May 2024',
        '+34%',
        '+9%',
        'Job growth, 2024–\u20602034',
        'Source: U.S. Bureau of Labor Statistics',
      ]) {
        assert.ok(text.includes(words), `${size}: ${words} in ${text}`);
      }
    }
    // The compact image is stacked by fact: the pay of every role, then the growth of every role.
    const compact = await compareText(comparison, { size: 'compact' });
    const at = (words) => compact.indexOf(words);
    assert.ok(at('Pay') < at('$112,590') && at('$112,590') < at('$135,980') && at('$135,980') < at('Projected change in jobs') && at('Projected change in jobs') < at('+34%'), compact);
  });

  it('the alt text: the heading, then a sentence per role with its figures and sources, then the notes', async () => {
    const image = await compareImage(comparisonOf('data-scientist', 'software-developer'));
    assert.equal(
      image.alt,
      'Compare: Data Scientist and Software Developer. ' +
        'Data Scientist: Median salary (US): $112,590 a year (Source: U.S. Bureau of Labor Statistics, as of May 2024); Projected job growth, 2024–2034: +34% (Source: U.S. Bureau of Labor Statistics). ' +
        'Software Developer: Median salary (US): $132,270 a year (Source: U.S. Bureau of Labor Statistics, as of May 2023); Projected job growth, 2023–2033: +17% (Source: U.S. Bureau of Labor Statistics). ' +
        'Software Developer: For software developers, quality assurance analysts and testers as one group. ' +
        'Figures are from different years: May 2023 and May 2024. Projections cover different periods: 2023–2033 and 2024–2034.',
    );
  });

  it('shows a note when figures differ in date, period, source or region, and none when they are alike', async () => {
    const alike = await compareText(comparisonOf('data-scientist', 'database-architect'));
    assert.doesNotMatch(alike, /different/);
    const dates = await compareText(comparisonOf('data-scientist', 'network-administrator'));
    assert.match(dates, /Figures are from different years: May 2022 and May 2024\./);
    assert.match(dates, /Projections cover different periods: 2022–\u20602032 and 2024–\u20602034\./);
    const ds = readRole('data-scientist');
    const other = { ...readRole('database-architect'), salary: { ...readRole('database-architect').salary, region: 'CA', source: { name: 'Statistics Canada' } } };
    const text = await compareText({ roles: [ds, other] });
    assert.match(text, /Pay: the figures come from different sources, U\.S\. Bureau of Labor Statistics and Statistics Canada\./);
    assert.match(text, /Figures cover different regions: US and CA\./);
  });

  it('says in words that a role has no pay or growth figure, in English and Spanish, in the image and its alt text', async () => {
    const comparison = comparisonOf('data-scientist', 'front-end-developer');
    for (const [lang, words, heading] of [
      ['en-US', ['No confirmed pay figure yet', 'No confirmed projection yet'], 'Compare: Data Scientist and Front-end Developer'],
      ['es', ['Aún sin cifra confirmada', 'Aún sin previsión confirmada'], 'Comparación: Data Scientist y Front-end Developer'],
    ]) {
      for (const size of ['social', 'compact']) {
        const text = await compareText(comparison, { lang, size });
        assert.ok(text.includes(heading), text);
        for (const w of words) assert.ok(text.includes(w), `${lang} ${size}: ${w} in ${text}`);
      }
      const image = await compareImage(comparison, { lang });
      for (const w of words) assert.ok(image.alt.includes(`Front-end Developer: `) && image.alt.includes(w), image.alt);
    }
  });

  it('a decline reads as a decline and is drawn grey, left of the zero line; growth in the accent, right of it', async () => {
    const comparison = comparisonOf('data-scientist', 'computer-programmer');
    const text = await compareText(comparison);
    assert.match(text, /Job decline, 2024–\u20602034 -6%/);
    assert.match(text, /Job growth, 2024–\u20602034 \+34%/);
    const image = await compareImage(comparison);
    assert.match(image.alt, /Projected decline in jobs, 2024–2034: -6%/);
    const bars = barsOf(image.svg);
    // Tracks, then the figures: two pay bars and two growth bars, each on its track.
    const [payDs, payCp, growthDs, growthCp] = bars.filter((b) => b.fill !== '#eef2ff');
    assert.deepEqual([payDs.fill, payCp.fill, growthDs.fill, growthCp.fill], ['#2563eb', '#2563eb', '#2563eb', '#4b5563']);
    const zeros = [...image.svg.matchAll(/<rect x="([\d.]+)" y="[\d.]+" width="2" height="20" fill="#1f2937"/g)].map((m) => Number(m[1]));
    assert.equal(zeros.length, 2);
    assert.ok(Math.abs(growthCp.x + growthCp.width - zeros[1]) <= 1 && Math.abs(growthDs.x - zeros[0]) <= 1, JSON.stringify({ bars, zeros }));
    // One scale for both columns: the zero line at the same place in each, the bars' lengths in proportion (6 : 34).
    assert.ok(Math.abs(zeros[0] - payDs.x - (zeros[1] - payCp.x)) <= 1);
    assert.ok(Math.abs(growthCp.width / growthDs.width - 6 / 34) < 0.03, `${growthCp.width} / ${growthDs.width}`);
    const growing = await compareImage(comparisonOf('data-scientist', 'database-architect'));
    assert.ok(barsOf(growing.svg).every((b) => b.fill !== '#4b5563'), 'no grey bar without a decline');
  });

  it('draws pay on one scale from zero: bar lengths in proportion to the amounts', async () => {
    const image = await compareImage(comparisonOf('data-scientist', 'computer-programmer'));
    const [ds, cp] = barsOf(image.svg).filter((b) => b.fill === '#2563eb');
    const [track] = barsOf(image.svg).filter((b) => b.fill === '#eef2ff');
    assert.equal(ds.x, track.x); // from zero
    assert.ok(Math.abs(cp.width / ds.width - 98670 / 112590) < 0.01, `${cp.width} / ${ds.width}`);
    assert.ok(ds.width < track.width);
  });

  it('speaks Spanish: labels and number formats', async () => {
    const comparison = comparisonOf('data-scientist', 'computer-programmer');
    for (const size of ['social', 'compact']) {
      const text = await compareText(comparison, { lang: 'es', size });
      for (const words of ['Comparación: Data Scientist y Computer Programmer', '112.590', 'US$', 'al año', 'Salario mediano (US)', 'Fuente: U.S. Bureau of Labor Statistics, datos de mayo de 2024', '+34', 'Caída del empleo', '-6']) {
        assert.ok(text.includes(words), `${size}: ${words} in ${text}`);
      }
      assert.doesNotMatch(text, /Source|Median|a year|Compare:/);
    }
    const image = await compareImage(comparison, { lang: 'es' });
    assert.match(image.alt, /^Comparación: Data Scientist y Computer Programmer\. Data Scientist: Salario mediano \(US\): 112\.590\sUS\$ al año \(Fuente: /);
  });

  it('refuses fewer than two or more than four roles', async () => {
    const ids = ['data-scientist', 'database-architect', 'software-developer', 'network-administrator', 'qa-engineer'];
    await assert.rejects(compareImage(comparisonOf(ids[0])), /2 to 4 roles; got 1/);
    await assert.rejects(compareImage(comparisonOf(...ids)), /2 to 4 roles; got 5/);
  });

  it('keeps text it has no font for out, saying which characters', async () => {
    const comparison = { roles: [{ ...readRole('qa-engineer'), title: '数据工程师' }, readRole('data-scientist')] };
    await assert.rejects(compareImage(comparison), /^Error: The comparison image cannot draw .*数/);
  });
});

describe('the comparison image with long and hostile text', () => {
  const long = 'Pneumonoultramicroscopicsilicovolcanoconiosis';
  const qa = readRole('qa-engineer');
  const longRole = {
    ...qa,
    title: `${long}${long} ${long}`,
    salary: { ...qa.salary, amount: 123456789012, currency: 'IDR', region: `Special Capital Region of ${long}`, source: { name: `${long}${long} Statistics` } },
    growth: { ...qa.growth, percent: -12.5, region: long, source: { name: `${long}${long}${long}` } },
  };
  const manyWords = { ...qa, title: 'QA '.repeat(60), salary: { ...qa.salary, source: { name: 'Statistics '.repeat(30) } } };
  for (const size of ['social', 'compact']) {
    for (const lang of ['en-US', 'es']) {
      it(`keeps four roles of long words, long amounts and many notes inside the ${size} image (${lang})`, async () => {
        const image = await compareImage({ roles: [longRole, manyWords, readRole('network-administrator'), readRole('data-scientist')] }, { size, lang });
        if (size === 'social') assert.deepEqual([image.width, image.height], [1200, 630]);
        assertInside(image, MARGINS[size]);
        new Resvg(image.svg);
      });
    }
  }

  it('keeps hostile role text as text: no element, attribute or reference comes from the data', async () => {
    const benign = readRole('qa-engineer');
    const hostile = { ...benign, title: SVG_BREAKOUT, salary: { ...benign.salary, source: { name: SVG_BREAKOUT } }, growth: { ...benign.growth, source: { name: SVG_BREAKOUT } } };
    for (const size of ['social', 'compact']) {
      const safe = await compareImage({ roles: [benign, readRole('data-scientist')] }, { size });
      const image = await compareImage({ roles: [hostile, readRole('data-scientist')] }, { size });
      assert.deepEqual(tagsOf(image.svg), tagsOf(safe.svg), size);
      assert.deepEqual(attributesOf(image.svg), attributesOf(safe.svg), size);
      assert.doesNotMatch(image.svg, /<script|<foreignObject|<a[\s>]|<image/i);
      assert.match(image.svg, /&lt;script&gt;/); // the text is there (alt text), escaped
      assert.ok(image.alt.includes(SVG_BREAKOUT), image.alt);
      new Resvg(image.svg);
    }
  });

  it('keeps characters XML cannot hold out of the SVG, its alt text and its PNG', async () => {
    const NON_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;
    const benign = readRole('qa-engineer');
    const bad = { ...benign, title: NON_XML_TEXT, salary: { ...benign.salary, source: { name: NON_XML_TEXT } } };
    assert.match(NON_XML_TEXT, NON_XML); // (the fixture has them)
    const image = await compareImage({ roles: [bad, readRole('data-scientist')] });
    assert.doesNotMatch(image.svg, NON_XML);
    assert.doesNotMatch(image.alt, NON_XML);
    assert.match(image.alt, /^Compare: QA Engineer xy and Data Scientist\. /);
    const png = await toPng(image, 'card');
    assert.equal(png.subarray(1, 4).toString(), 'PNG');
  });
});

// A phone shows an image at its column's width, 343 CSS px of a 375 px screen: a text of `size` image
// px then measures size × 343 / width CSS px, and should measure 12 or more (the compact card's rule).
const PHONE_COLUMN = 343;
describe('the compact comparison image on a phone (343 px wide)', () => {
  const PAIRS = [
    ['data-scientist', 'database-architect'],
    ['data-scientist', 'front-end-developer', 'computer-programmer'],
    ['research-scientist', 'network-administrator', 'animator', 'computer-support-specialist'],
  ];
  for (const lang of ['en-US', 'es']) {
    it(`every text 12 CSS px or more, 2 to 4 roles (${lang})`, async (t) => {
      let least = Infinity;
      for (const ids of PAIRS) {
        const { width, texts } = await compareTextSizes(comparisonOf(...ids), { size: 'compact', lang });
        assert.equal(width, COMPACT_WIDTH);
        // Not vacuous: the words are there, the sources' included.
        assert.ok(texts.length >= 40 && texts.some((x) => /^(Source|Fuente):?$/.test(x.text)), JSON.stringify(texts));
        const smallest = texts.reduce((a, b) => (b.size < a.size ? b : a));
        const px = (smallest.size * PHONE_COLUMN) / width;
        assert.ok(smallest.size >= 22 && px >= 12, `${ids} (${lang}): "${smallest.text}" is ${smallest.size} px, ${px.toFixed(1)} CSS px`);
        least = Math.min(least, px);
      }
      t.diagnostic(`compact comparison: smallest text ${least.toFixed(1)} CSS px at ${PHONE_COLUMN} px`);
    });
  }

  it('the social image is not (its sources are set small): the measure can fail', async () => {
    const { width, texts } = await compareTextSizes(comparisonOf('data-scientist', 'database-architect', 'software-developer', 'network-administrator'));
    const smallest = texts.reduce((a, b) => (b.size < a.size ? b : a));
    assert.ok((smallest.size * PHONE_COLUMN) / width < 12, `${smallest.size}`);
  });
});

describe('the role card beside it', () => {
  it('is unchanged by the shared helpers: same size, alt text and drawing as before', async () => {
    const card = await roleImage(readRole('data-scientist'), { kind: 'card' });
    assert.equal(
      card.alt,
      'Data Scientist. Median salary (US): $112,590 a year (Source: U.S. Bureau of Labor Statistics, as of May 2024). Projected job growth, 2024–2034: +34% (Source: U.S. Bureau of Labor Statistics). Top skills: Python, SQL, Statistics.',
    );
    assert.deepEqual([card.width, card.height], [1200, 630]);
  });
});

describe("the comparison image says where a figure is a wider group's", () => {
  it('in its alt text and its note line', async () => {
    const image = await compareImage(comparisonOf('devops-engineer', 'data-scientist'), {});
    assert.match(image.alt, /DevOps Engineer: For software developers as a whole\. DevOps Engineer: For software developers, quality assurance analysts and testers as one group\./);
    assert.doesNotMatch(image.alt, /Data Scientist: For/);
    const text = await compareText(comparisonOf('devops-engineer', 'data-scientist'), { size: 'compact' });
    assert.match(text, /DevOps Engineer: For software developers as a whole\./);
  });
});

describe('job-widgets render --element job-compare --format svg|png', () => {
  const cli = new URL('../tools/dist/cli.js', import.meta.url).pathname;
  const run = (...args) => spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8' });

  it('writes the comparison image of two to four roles, with its <img> and Markdown', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'job-widgets-'));
    const png = join(dir, 'cmp.png');
    const result = run('render', 'data-scientist', 'database-architect', '--element', 'job-compare', '--format', 'png', '--out', png);
    assert.equal(result.status, 0, result.stderr);
    const expected = await compareImage(comparisonOf('data-scientist', 'database-architect'), {});
    const [img, markdown] = result.stdout.trim().split('\n');
    assert.equal(img, `<img src="${png}" width="1200" height="630" alt="${expected.alt.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}">`);
    assert.ok(markdown.startsWith('![Compare: Data Scientist and Database Architect.'), markdown);
    const bytes = readFileSync(png);
    assert.equal(bytes.subarray(1, 4).toString('latin1'), 'PNG');
    assert.deepEqual([bytes.readUInt32BE(16), bytes.readUInt32BE(20)], [1200, 630], 'the PNG is the image at its size');
    // SVG to standard output, compact, from a role file and an id; the dark twin with --theme both.
    const file = join(dir, 'mine.json');
    writeFileSync(file, JSON.stringify({ ...readRole('data-scientist'), id: 'mine', title: 'My Role' }));
    const svg = run('render', file, 'statistician', '--element', 'job-compare', '--format', 'svg', '--size', 'compact');
    assert.equal(svg.status, 0, svg.stderr);
    assert.match(svg.stdout, /^<svg role="img" aria-label="Compare: My Role and Statistician\. [^"]*" width="600" /);
    assert.match(svg.stderr, /<img src="mine-vs-statistician-compare\.svg" width="600"/);
    const both = run('render', 'data-scientist', 'database-architect', 'statistician', '--element', 'job-compare', '--format', 'svg', '--theme', 'both', '--out', join(dir, 'three.svg'));
    assert.equal(both.status, 0, both.stderr);
    assert.match(both.stdout, /^<picture>\n {2}<source media="\(prefers-color-scheme: dark\)" srcset="[^"]*three-dark\.svg">/);
    assert.match(readFileSync(join(dir, 'three-dark.svg'), 'utf8'), /fill="#111827"/);
  });

  it('refuses one role or five, a badge option and an unknown id', () => {
    for (const ids of [['data-scientist'], ['a', 'b', 'c', 'd', 'e']]) {
      assert.equal(run('render', ...ids, '--element', 'job-compare', '--format', 'svg').status, 2, ids.join(' '));
    }
    assert.equal(run('render', 'data-scientist', 'statistician', '--element', 'job-compare', '--format', 'svg', '--label-role').status, 2);
    const unknown = run('render', 'data-scientist', 'data-wizard', '--element', 'job-compare', '--format', 'svg');
    assert.equal(unknown.status, 1);
    assert.match(unknown.stderr, /Unknown job "data-wizard"/);
  });
});
