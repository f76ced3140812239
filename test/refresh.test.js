// `job-widgets-tools data refresh`, run as a maintainer runs it (`node tools/dist/cli.js data refresh …`,
// after the build) on small files of BLS's shape made here: an OEWS national file and an Employment
// Projections occupation table, each as CSV and as an .xlsx workbook, and on copies of a few role
// files and of their data/provenance.json entries in a temporary folder. The figures in these files
// are made up for the test; the repository's data/roles is never written.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import writeExcelFile from 'write-excel-file/node';
import { checkProvenance, readData } from './fixtures/provenance-checks.js';

const root = new URL('..', import.meta.url).pathname;
const cli = join(root, 'tools/dist/cli.js');
const ROLES = [
  'database-architect',
  'software-developer',
  'devops-engineer',
  'computer-systems-analyst',
  'business-systems-analyst',
  'computer-support-specialist',
  'actuary',
  'statistician',
  'graphic-designer',
];

// ---------------------------------------------------------------------------------------------------
// The files, in BLS's shape

const OEWS_HEADER = ['AREA', 'AREA_TITLE', 'AREA_TYPE', 'NAICS', 'I_GROUP', 'OCC_CODE', 'OCC_TITLE', 'O_GROUP', 'TOT_EMP', 'A_MEAN', 'A_PCT10', 'A_PCT25', 'A_MEDIAN', 'A_PCT75', 'A_PCT90'];
/** OEWS rows: code, title, group, then A_PCT10, A_PCT25, A_MEDIAN, A_PCT75, A_PCT90 (numbers or BLS's marks). */
const OEWS_ROWS = [
  ['00-0000', 'All Occupations', 'total', 30000, 38000, 49500, 78000, 120000],
  ['15-1243', 'Database Architects', 'detailed', 80000, 104500, 140000, 176250, 208000],
  // The same occupation in one industry: never the national cross-industry figure.
  ['15-1243', 'Database Architects', 'detailed', 90000, 110000, 150000, 180000, 215000, { naics: '518000', group: 'sector' }],
  ['15-1252', 'Software Developers', 'detailed', 79850, 101200, 133080, 168500, 211450],
  ['15-1211', 'Computer Systems Analysts', 'detailed', 66000, 82000, 104500, 132000, '#'],
  ['15-1230', 'Computer Support Specialists', 'broad', '*', 45000, 62000, 80000, 101000],
  // Not a real row: the same code as detailed, to show that a broad code takes the "broad" row.
  ['15-1230', 'Computer Support Specialists', 'detailed', 1, 2, 3, 4, 5],
  ['15-1231', 'Computer Network Support Specialists', 'detailed', 48000, 58000, 74000, 95000, 120000],
  ['15-2011', 'Actuaries', 'detailed', '**', '**', '**', '**', '**'],
  ['15-2020', 'Mathematicians', 'broad', 60000, 80000, 100000, 130000, 160000],
];

function oewsTable({ rows = OEWS_ROWS, drop, strings = false } = {}) {
  const header = OEWS_HEADER.filter((name) => name !== drop);
  const table = rows.map(([code, title, group, ...rest]) => {
    const extra = typeof rest.at(-1) === 'object' ? rest.pop() : {};
    const [p10, p25, median, p75, p90] = rest.map((v) => (strings && typeof v === 'number' ? v.toLocaleString('en-US') : v));
    const byName = {
      AREA: '99',
      AREA_TITLE: 'U.S.',
      AREA_TYPE: 1,
      NAICS: extra.naics ?? '000000',
      I_GROUP: extra.group ?? 'cross-industry',
      OCC_CODE: code,
      OCC_TITLE: title,
      O_GROUP: group,
      TOT_EMP: 1000,
      A_MEAN: typeof median === 'number' ? median + 1000 : median,
      A_PCT10: p10,
      A_PCT25: p25,
      A_MEDIAN: median,
      A_PCT75: p75,
      A_PCT90: p90,
    };
    return header.map((name) => byName[name]);
  });
  return [header, ...table];
}

const EP_TITLE = (from, to) => `Table 1.2 Occupational projections, ${from}–${to}, and worker characteristics, ${from} (Numbers in thousands)`;
const EP_HEADER = (p, from) => [
  `${from} National Employment Matrix title`,
  `${from} National Employment Matrix code`,
  'Occupation type',
  `Employment, ${from}`,
  `Employment change, numeric, ${p}`,
  `Employment change, percent, ${p}`,
  `Percent self employed, ${from}`,
  `Occupational openings, ${p} annual average`,
];
/** Projections rows: title, code, type, percent change, openings (thousands). */
const EP_ROWS = [
  ['Total, all occupations', '00-0000', 'Summary', 3.1, 18700.2],
  ['Database architects', '15-1243', 'Line item', 10.6, 4.3],
  ['Software developers', '15-1252', 'Line item', 15.8, 125.3],
  ['Computer systems analysts', '15-1211', 'Line item', 7.6, 33.8],
  ['Computer support specialists', '15-1230', 'Summary', -0.4, 49.7],
  ['Actuaries', '15-2011', 'Line item', 21.7, 2.4],
  ['Graphic designers', '27-1024', 'Line item', 2.4, 22.9],
];

function epTable({ from = 2025, to = 35, dash = '–', drop, title = true, rows = EP_ROWS } = {}) {
  const period = `${from}${dash}${to}`;
  const header = EP_HEADER(period, from).filter((t) => !drop || !t.includes(drop));
  const body = rows.map(([name, code, type, percent, openings]) => {
    const byTitle = { title: name, code, type, percent, openings };
    return header.map((t) =>
      t.endsWith('title') ? byTitle.title : t.endsWith('code') ? byTitle.code : t === 'Occupation type' ? byTitle.type : t.includes('percent,') ? byTitle.percent : t.includes('openings') ? byTitle.openings : 1,
    );
  });
  return [...(title ? [[EP_TITLE(from, to)]] : []), header, ...body, ['Note: made up for a test.']];
}

const csv = (rows) => rows.map((row) => row.map((v) => (v === undefined ? '' : /[",\n]/.test(String(v)) ? `"${String(v).replace(/"/g, '""')}"` : String(v))).join(',')).join('\r\n') + '\r\n';
const writeCsv = (path, rows) => writeFileSync(path, csv(rows));
const writeXlsx = (path, sheets) => writeExcelFile(sheets.map(([sheet, data]) => ({ sheet, data: data.map((row) => row.map((v) => v ?? null)) }))).toFile(path);

// ---------------------------------------------------------------------------------------------------
// The role files and provenance entries, copied

/** A folder with data/roles (copies of ROLES) and data/provenance.json (their entries only). */
function workspace() {
  const dir = mkdtempSync(join(tmpdir(), 'job-widgets-refresh-'));
  mkdirSync(join(dir, 'data/roles'), { recursive: true });
  for (const id of ROLES) copyFileSync(join(root, 'data/roles', `${id}.json`), join(dir, 'data/roles', `${id}.json`));
  const provenance = JSON.parse(readFileSync(join(root, 'data/provenance.json'), 'utf8'));
  provenance.occupations = provenance.occupations.filter((o) => ROLES.includes(o.role));
  provenance.figures = provenance.figures.filter((f) => ROLES.includes(f.role));
  writeFileSync(join(dir, 'data/provenance.json'), `${JSON.stringify(provenance, null, 2)}\n`);
  return dir;
}

/** Every file of the workspace's data folder, by path: to show that nothing was written. */
const snapshot = (dir) =>
  Object.fromEntries(
    ['provenance.json', ...readdirSync(join(dir, 'data/roles')).map((f) => `roles/${f}`)].map((f) => [f, readFileSync(join(dir, 'data', f), 'utf8')]),
  );

const run = (dir, ...args) => {
  const r = spawnSync(process.execPath, [cli, 'data', 'refresh', ...args], { cwd: dir, encoding: 'utf8', timeout: 60_000 });
  return { status: r.status, out: r.stdout.trim().split('\n'), stdout: r.stdout, err: r.stderr.trim() };
};
const role = (dir, id) => JSON.parse(readFileSync(join(dir, 'data/roles', `${id}.json`), 'utf8'));
const original = (id) => JSON.parse(readFileSync(join(root, 'data/roles', `${id}.json`), 'utf8'));
/** A role file's text without its figure members: what a refresh must leave as written. */
const withoutFigures = (text) => text.replace(/\n {2}"(salary|growth|openings)": (\{\n[\s\S]*?\n {2}\}|\{[^\n]*\}(?=,?\n))/g, '');

// ---------------------------------------------------------------------------------------------------

describe('job-widgets-tools data refresh', () => {
  let csvRun, xlsxRun, dir;
  before(async () => {
    // OEWS as CSV (numbers with commas, as text) + projections as a workbook (numbers as numbers)...
    dir = workspace();
    writeCsv(join(dir, 'national_M2025_dl.csv'), oewsTable({ strings: true }));
    await writeXlsx(join(dir, 'occupation.xlsx'), [['Index', [['Employment Projections tables']]], ['Table 1.2', epTable()]]);
    csvRun = run(dir, '--oews', 'national_M2025_dl.csv', '--projections', 'occupation.xlsx');
    // ...and the other way round: OEWS as a workbook, projections as CSV. The same result.
    const other = workspace();
    await writeXlsx(join(other, 'national_M2025_dl.xlsx'), [['national_M2025_dl', oewsTable()], ['Field Descriptions', [['Field', 'Field Description']]]]);
    writeCsv(join(other, 'occupation.csv'), epTable());
    xlsxRun = { ...run(other, '--oews', 'national_M2025_dl.xlsx', '--projections', 'occupation.csv'), dir: other };
  });

  it('updates the figures exactly: median, asOf and percentiles; growth rounded; openings from thousands; the period from the titles', () => {
    assert.equal(csvRun.status, 0, csvRun.err);
    const r = role(dir, 'database-architect');
    const source = original('database-architect').salary.source;
    assert.deepEqual(r.salary, {
      amount: 140000,
      currency: 'USD',
      period: 'year',
      kind: 'median',
      region: 'US',
      asOf: '2025-05',
      source,
      percentiles: { p10: 80000, p25: 104500, p75: 176250, p90: 208000 },
    });
    assert.deepEqual(r.growth, { percent: 11, period: { from: 2025, to: 2035 }, region: 'US', source });
    assert.deepEqual(r.openings, { count: 4300, kind: 'per-year', period: { from: 2025, to: 2035 }, region: 'US', source });
    assert.equal(role(dir, 'computer-support-specialist').growth.percent, 0); // -0.4 rounds to 0, not -0
    assert.equal(role(dir, 'computer-support-specialist').openings.count, 49700);
    assert.equal(role(dir, 'graphic-designer').growth.percent, 2);
    assert.deepEqual(role(dir, 'graphic-designer').growth.period, { from: 2025, to: 2035 });
    assert.deepEqual(role(dir, 'actuary').growth, { ...original('actuary').growth, percent: 22, period: { from: 2025, to: 2035 } });
    assert.equal(role(dir, 'actuary').openings, undefined, 'a figure the role does not show is not added');
    assert.ok(csvRun.out.includes('database-architect salary: median 135,980 → 140,000 (May 2024 → May 2025); p10 80,000 added; p25 104,500 added; p75 176,250 added; p90 208,000 added'), csvRun.stdout);
    assert.ok(csvRun.out.includes('database-architect growth: +9% → +11% (2024–2034 → 2025–2035)'), csvRun.stdout);
    assert.ok(csvRun.out.includes('database-architect openings: 4,000 a year → 4,300 a year (2024–2034 → 2025–2035)'), csvRun.stdout);
    assert.match(csvRun.out.at(-1), /^16 figures of 8 roles changed, 7 left unchanged \(see above\): salary from national_M2025_dl\.csv \(May 2025\); growth and openings from occupation\.xlsx \(2025–2035; openings in thousands, as the table says/);
  });

  it('reads a CSV and an .xlsx workbook alike (numbers as text with commas, or as numbers)', () => {
    assert.equal(xlsxRun.status, 0, xlsxRun.err);
    for (const id of ROLES) assert.deepEqual(role(xlsxRun.dir, id), role(dir, id), id);
    assert.deepEqual(xlsxRun.out.slice(0, -1), csvRun.out.slice(0, -1));
  });

  it('keeps the rest of each role file as written', () => {
    for (const id of ROLES) {
      const before = readFileSync(join(root, 'data/roles', `${id}.json`), 'utf8');
      const after = readFileSync(join(dir, 'data/roles', `${id}.json`), 'utf8');
      assert.equal(withoutFigures(after), withoutFigures(before), id);
    }
    assert.match(readFileSync(join(dir, 'data/roles/database-architect.json'), 'utf8'), /\n {4}"percentiles": \{ "p10": 80000, "p25": 104500, "p75": 176250, "p90": 208000 \}\n {2}\},/);
    // A figure written on one line stays on one line.
    assert.match(readFileSync(join(dir, 'data/roles/actuary.json'), 'utf8'), /\n {2}"growth": \{ "percent": 22, "period": \{ "from": 2025, "to": 2035 \}, [^\n]*\} \},\n/);
  });

  it('updates provenance.json with every changed figure: consistent with the roles, the release and the file it was read on', () => {
    const { provenance, roles } = readData(join(dir, 'data/provenance.json'), join(dir, 'data/roles'));
    checkProvenance(provenance, roles);
    const entry = (id, figure) => provenance.figures.find((f) => f.role === id && f.figure === figure);
    assert.equal(entry('database-architect', 'salary').release, 'BLS Occupational Employment and Wage Statistics (OEWS), May 2025 national file');
    assert.equal(entry('database-architect', 'salary').readOn, 'national_M2025_dl.csv');
    assert.equal(entry('database-architect', 'growth').release, 'BLS Employment Projections 2025–2035, occupation table');
    assert.equal(entry('database-architect', 'openings').readOn, 'occupation.xlsx');
    assert.equal(entry('database-architect', 'salary').occupation, 'Database architects (SOC 15-1243)');
    // Figures left unchanged keep their line.
    const before = JSON.parse(readFileSync(join(root, 'data/provenance.json'), 'utf8')).figures;
    for (const [id, figure] of [['actuary', 'salary'], ['software-developer', 'growth'], ['statistician', 'salary']]) {
      assert.deepEqual(entry(id, figure), before.find((f) => f.role === id && f.figure === figure), `${id} ${figure}`);
    }
  });

  it('gives a role that shows another occupation\'s figures that occupation\'s, keeping its note', () => {
    const own = role(dir, 'computer-systems-analyst');
    const shows = role(dir, 'business-systems-analyst');
    assert.equal(shows.salary.amount, 104500);
    assert.deepEqual(shows.salary.percentiles, own.salary.percentiles);
    assert.equal(shows.salary.note, 'For computer systems analysts as a whole');
    assert.deepEqual({ ...shows.growth, note: undefined }, { ...own.growth, note: undefined });
    assert.equal(shows.growth.note, 'For computer systems analysts as a whole');
    assert.equal(role(dir, 'devops-engineer').salary.amount, 133080);
    assert.equal(role(dir, 'devops-engineer').salary.note, 'For software developers as a whole');
  });

  it('handles *, ** and #: no # or NaN written, and says why', () => {
    const text = readdirSync(join(dir, 'data/roles')).map((f) => readFileSync(join(dir, 'data/roles', f), 'utf8')).join('\n');
    assert.doesNotMatch(text, /"#"|NaN|"\*/);
    // # (at or above the top code): the percentile is left out.
    assert.deepEqual(role(dir, 'computer-systems-analyst').salary.percentiles, { p10: 66000, p25: 82000, p75: 132000 });
    assert.ok(csvRun.out.includes('computer-systems-analyst salary: median 103,790 → 104,500 (May 2024 → May 2025); p10 66,000 added; p25 82,000 added; p75 132,000 added; p90 left out: at or above the top-coded amount (# in the file)'), csvRun.stdout);
    // * (not released) for a percentile: left out; the broad row is the one used for 15-1230.
    assert.deepEqual(role(dir, 'computer-support-specialist').salary.percentiles, { p25: 45000, p75: 80000, p90: 101000 });
    assert.equal(role(dir, 'computer-support-specialist').salary.amount, 62000);
    assert.ok(csvRun.out.some((line) => line.startsWith('computer-support-specialist salary: ') && line.includes('p10 left out: not released (* in the file)')), csvRun.stdout);
    // ** for the median: the salary is left unchanged.
    assert.deepEqual(role(dir, 'actuary').salary, original('actuary').salary);
    assert.ok(csvRun.out.includes('actuary salary: left unchanged: the median for 15-2011 is not released (** in the file)'), csvRun.stdout);
  });

  it("leaves a group's figures and an occupation without a row unchanged, and says so", () => {
    for (const id of ['software-developer', 'devops-engineer']) {
      for (const figure of ['growth', 'openings']) assert.deepEqual(role(dir, id)[figure], original(id)[figure], `${id} ${figure}`);
      assert.ok(csvRun.out.some((line) => line.startsWith(`${id} growth: left unchanged: the figure is a group's`)), csvRun.stdout);
    }
    assert.deepEqual(role(dir, 'statistician').salary, original('statistician').salary);
    assert.ok(csvRun.out.some((line) => line.startsWith("statistician salary: left unchanged: the figure is a group's (salary: mathematicians and statisticians")), csvRun.stdout);
    assert.deepEqual(role(dir, 'graphic-designer').salary, original('graphic-designer').salary);
    assert.ok(csvRun.out.includes('graphic-designer salary: left unchanged: no row for 27-1024 in the OEWS file'), csvRun.stdout);
  });

  it('reads the period from the column titles (2026-36, a hyphen, here) and takes either file alone', () => {
    const alone = workspace();
    writeCsv(join(alone, 'occupation.csv'), epTable({ from: 2026, to: 36, dash: '-' }));
    const before = snapshot(alone);
    const r = run(alone, '--projections', 'occupation.csv');
    assert.equal(r.status, 0, r.err);
    assert.deepEqual(role(alone, 'database-architect').growth.period, { from: 2026, to: 2036 });
    assert.deepEqual(role(alone, 'database-architect').openings.period, { from: 2026, to: 2036 });
    assert.equal(role(alone, 'database-architect').salary.amount, 135980, 'no OEWS file: the salary is as it was');
    assert.equal(snapshot(alone)['roles/statistician.json'], before['roles/statistician.json']);
  });

  it('knows the unit of openings from the table, else from --openings-unit (default thousands)', () => {
    const ones = workspace();
    writeCsv(join(ones, 'occupation.csv'), epTable({ title: false }));
    const r = run(ones, '--projections', 'occupation.csv', '--openings-unit', 'ones', '--dry-run');
    assert.equal(r.status, 0, r.err);
    assert.ok(r.out.includes('database-architect openings: 4,000 a year → 4 a year (2024–2034 → 2025–2035)'), r.stdout);
    const unsaid = run(ones, '--projections', 'occupation.csv', '--dry-run');
    assert.ok(unsaid.out.includes('database-architect openings: 4,000 a year → 4,300 a year (2024–2034 → 2025–2035)'), unsaid.stdout);
    assert.match(unsaid.out.at(-1), /openings in thousands, as BLS publishes them \(the table does not say/);
    const said = workspace();
    writeCsv(join(said, 'occupation.csv'), epTable());
    const contradicted = run(said, '--projections', 'occupation.csv', '--openings-unit', 'ones');
    assert.equal(contradicted.status, 1);
    assert.match(contradicted.err, /--openings-unit ones, but the table says its numbers are in thousands/);
  });

  it('--dry-run prints what would change and writes nothing', async () => {
    const dry = workspace();
    writeCsv(join(dry, 'national_M2025_dl.csv'), oewsTable());
    const before = snapshot(dry);
    const r = run(dry, '--oews', 'national_M2025_dl.csv', '--dry-run');
    assert.equal(r.status, 0, r.err);
    assert.ok(r.out.some((line) => line.startsWith('database-architect salary: median 135,980 → 140,000')), r.stdout);
    assert.match(r.out.at(-1), /Dry run: nothing was written\.$/);
    assert.deepEqual(snapshot(dry), before);
  });

  it('fails with a message naming a missing column, and writes nothing', async () => {
    const missing = workspace();
    const before = snapshot(missing);
    writeCsv(join(missing, 'occupation.csv'), epTable({ drop: 'openings' }));
    let r = run(missing, '--projections', 'occupation.csv');
    assert.equal(r.status, 1);
    assert.equal(r.err, 'occupation.csv: no column "Occupational openings, YYYY–YY annual average" in the header row');
    await writeXlsx(join(missing, 'occupation.xlsx'), [['Table 1.2', epTable({ drop: 'percent,' })]]);
    r = run(missing, '--projections', 'occupation.xlsx');
    assert.equal(r.status, 1);
    assert.equal(r.err, 'occupation.xlsx (sheet "Table 1.2"): no column "Employment change, percent, YYYY–YY" in the header row');
    writeCsv(join(missing, 'national_M2025_dl.csv'), oewsTable({ drop: 'A_PCT90' }));
    r = run(missing, '--oews', 'national_M2025_dl.csv', '--projections', 'occupation.csv');
    assert.equal(r.status, 1);
    assert.match(r.err, /^national_M2025_dl\.csv: no column "A_PCT90" in the OEWS header row/);
    assert.deepEqual(snapshot(missing), before);
  });

  it('writes nothing when a refreshed role would be invalid', () => {
    const bad = workspace();
    const before = snapshot(bad);
    // A 75th percentile below the median (a damaged file): the schema refuses it.
    const rows = OEWS_ROWS.map((row) => (row[0] === '15-1243' && row.length === 8 ? ['15-1243', 'Database Architects', 'detailed', 80000, 104500, 140000, 120000, 208000] : row));
    writeCsv(join(bad, 'national_M2025_dl.csv'), oewsTable({ rows }));
    writeCsv(join(bad, 'occupation.csv'), epTable());
    const r = run(bad, '--oews', 'national_M2025_dl.csv', '--projections', 'occupation.csv');
    assert.equal(r.status, 1);
    assert.match(r.err, /database-architect\.json: salary\.percentiles: must rise from the 10th to the 90th percentile .*\(after the refresh\)/);
    assert.match(r.err, /1 role would be invalid; nothing was written\.$/);
    assert.deepEqual(snapshot(bad), before);
  });

  it('exits 2 on a usage error: no file, an unknown survey month, a bad option; --help prints the usage', () => {
    const ws = workspace();
    writeCsv(join(ws, 'wages.csv'), oewsTable());
    assert.equal(run(ws).status, 2);
    const unnamed = run(ws, '--oews', 'wages.csv');
    assert.equal(unnamed.status, 2);
    assert.match(unnamed.err, /the OEWS file does not say its survey month: give --survey YYYY-MM/);
    assert.equal(run(ws, '--oews', 'wages.csv', '--survey', '2025-13').status, 2);
    assert.equal(run(ws, '--oews', 'wages.csv', '--colour').status, 2);
    const surveyed = run(ws, '--oews', 'wages.csv', '--survey', '2025-05', '--dry-run');
    assert.equal(surveyed.status, 0, surveyed.err);
    const help = run(ws, '--help');
    assert.equal(help.status, 0);
    assert.match(help.stdout, /^Usage: job-widgets-tools data refresh /);
    const notFound = run(ws, '--oews', 'national_M2025_dl.xlsx');
    assert.equal(notFound.status, 1);
    assert.match(notFound.err, /national_M2025_dl\.xlsx: cannot be read: no such file or folder/);
  });

  it("runs the README's command as written (npm run data:refresh …, from the project folder)", async () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('## Refreshing the figures'));
    const lines = [...section.matchAll(/```sh\n([\s\S]*?)```/g)].flatMap((m) => m[1].split('\n')).filter((line) => line.startsWith('npm run data:refresh'));
    assert.ok(lines.length > 0, 'the README shows npm run data:refresh');
    for (const line of lines) {
      // A project folder of its own: package.json with the root's script, the built tools, copied data.
      const project = workspace();
      const { scripts } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
      writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'refresh-readme', private: true, type: 'module', scripts: { 'data:refresh': scripts['data:refresh'] } }));
      mkdirSync(join(project, 'tools'));
      symlinkSync(join(root, 'tools/dist'), join(project, 'tools/dist'));
      const oews = line.match(/--oews (\S+)/)?.[1];
      const projections = line.match(/--projections (\S+)/)?.[1];
      if (oews) await writeXlsx(join(project, oews), [['national', oewsTable()]]);
      if (projections) await writeXlsx(join(project, projections), [['Table 1.2', epTable()]]);
      const r = spawnSync('sh', ['-c', line], { cwd: project, encoding: 'utf8', timeout: 120_000 });
      assert.equal(r.status, 0, `${line}\n${r.stderr}`);
      if (oews && !line.includes('--dry-run')) assert.equal(role(project, 'database-architect').salary.amount, 140000, line);
      if (projections && !line.includes('--dry-run')) assert.equal(role(project, 'database-architect').growth.percent, 11, line);
      const { provenance, roles } = readData(join(project, 'data/provenance.json'), join(project, 'data/roles'));
      checkProvenance(provenance, roles);
    }
  });
});

