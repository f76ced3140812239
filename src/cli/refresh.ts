/**
 * `job-widgets-tools data refresh --oews FILE --projections FILE …`: the maintainers' command that
 * refreshes the bundled BLS figures from BLS's own files (bls.ts reads them). Each role of
 * data/provenance.json's "occupations" is matched by its SOC code (a role that shows another
 * occupation's figures gets that occupation's, keeping its note); the figures it already shows are
 * updated (salary median and percentiles from OEWS; growth and openings from Employment Projections),
 * each changed figure's provenance entry with them. Every updated role is validated with the schema
 * before anything is written: one invalid, and nothing is.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { parseRole } from '../schema/validate.js';
import { readJson, reason, safeLine, visible } from './files.js';
import { REFRESH_HELP, parse, type Print } from './help.js';
import {
  TableError,
  projectionsFor,
  readOews,
  readProjections,
  surveyFromName,
  wagesFor,
  type OewsFile,
  type OpeningsUnit,
  type Period,
  type ProjectionsFile,
  type Value,
} from './bls.js';

const OPTIONS = {
  oews: { type: 'string' },
  projections: { type: 'string' },
  roles: { type: 'string' },
  provenance: { type: 'string' },
  survey: { type: 'string' },
  'openings-unit': { type: 'string' },
  'dry-run': { type: 'boolean' },
} as const;

type Figure = 'salary' | 'growth' | 'openings';
type Json = Record<string, unknown>;

interface Occupation {
  role: string;
  occupation: string;
  soc: string;
  showsFiguresOf?: string;
  group?: string;
}

interface Entry {
  role: string;
  figure: Figure;
  occupation: string;
  release: string;
  readOn: string;
  value: Json;
}

const BLS = 'U.S. Bureau of Labor Statistics';
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const month = (asOf: unknown) => {
  const m = /^(\d{4})-(\d{2})$/.exec(String(asOf));
  return m ? `${MONTHS[Number(m[2]) - 1]} ${m[1]}` : asOf === undefined ? 'no month' : String(asOf);
};
const number = (n: unknown) => (typeof n === 'number' ? n.toLocaleString('en-US') : String(n));
const span = (p: unknown) => {
  const period = p as Period | undefined;
  return period ? `${period.from}–${period.to}` : 'no period';
};
/** Rounded half away from zero, as the Handbook rounds a percent (never -0). */
const whole = (n: number) => Math.sign(n) * Math.round(Math.abs(n)) || 0;

/** Which figures `group` ("growth and openings: …", "salary: …") says are a group's, not one occupation's. */
const groupFigures = (group: string | undefined): Figure[] =>
  group ? (['salary', 'growth', 'openings'] as const).filter((f) => group.split(':')[0]!.includes(f)) : [];

/** `object` with `key` set to `value` (in place of the old value, else before `before`, else last), or removed when undefined. */
function withKey(object: Json, key: string, value: unknown, before: string): Json {
  if (value === undefined) return Object.fromEntries(Object.entries(object).filter(([k]) => k !== key));
  if (key in object || !(before in object)) return { ...object, [key]: value };
  return Object.fromEntries(Object.entries(object).flatMap(([k, v]) => (k === before ? [[key, value], [k, v]] : [[k, v]])));
}

/** What the refresh of one role's figure says and does. */
interface Outcome {
  figure: Figure;
  value?: Json; // the new figure, when it changed
  line: string; // printed
  changed: boolean;
}

const PERCENTILES = ['p10', 'p25', 'p75', 'p90'] as const;

function refreshSalary(id: string, old: Json, oews: OewsFile, soc: string, survey: string): Outcome {
  const say = (line: string, value?: Json): Outcome => ({ figure: 'salary', line: `${id} salary: ${line}`, value, changed: !!value });
  if (old.currency !== 'USD' || old.period !== 'year' || old.kind !== 'median') return say('left unchanged: not a median annual wage in USD');
  if (typeof old.asOf === 'string' && old.asOf > survey) return say(`left unchanged: the file (${month(survey)}) is older than the figure (${month(old.asOf)})`);
  const found = wagesFor(oews, soc);
  if (!found.ok) return say(`left unchanged: ${found.why}`);
  const { wages } = found;
  if (!wages.median.ok) return say(`left unchanged: the median for ${soc} is ${wages.median.why}`);
  const parts: string[] = [];
  const amount = wages.median.value;
  if (amount !== old.amount || old.asOf !== survey) parts.push(`median ${number(old.amount)} → ${number(amount)} (${month(old.asOf)} → ${month(survey)})`);
  const before = (old.percentiles ?? {}) as Record<string, number | undefined>;
  const percentiles: Record<string, number> = {};
  for (const p of PERCENTILES) {
    const value: Value = wages[p];
    const was = before[p];
    if (value.ok) {
      percentiles[p] = value.value;
      if (was === undefined) parts.push(`${p} ${number(value.value)} added`);
      else if (was !== value.value) parts.push(`${p} ${number(was)} → ${number(value.value)}`);
    } else {
      // Never a # or NaN: the percentile is left out (an older one would be of another survey).
      parts.push(`${p} ${was === undefined ? 'left out' : `${number(was)} removed`}: ${value.why}`);
    }
  }
  const next = withKey({ ...old, amount, asOf: survey }, 'percentiles', Object.keys(percentiles).length ? percentiles : undefined, 'note');
  if (isDeepStrictEqual(next, old)) return { figure: 'salary', line: '', changed: false };
  return say(parts.join('; '), next);
}

function refreshProjection(id: string, figure: 'growth' | 'openings', old: Json, ep: ProjectionsFile, soc: string): Outcome {
  const say = (line: string, value?: Json): Outcome => ({ figure, line: `${id} ${figure}: ${line}`, value, changed: !!value });
  const period = figure === 'growth' ? ep.growthPeriod : ep.openingsPeriod;
  const oldPeriod = old.period as Period | undefined;
  if (figure === 'openings' && old.kind !== 'per-year') return say('left unchanged: not openings per year');
  if (oldPeriod && oldPeriod.from > period.from) return say(`left unchanged: the table (${span(period)}) is older than the figure (${span(oldPeriod)})`);
  const found = projectionsFor(ep, soc);
  if (!found.ok) return say(`left unchanged: ${found.why}`);
  const value = found[figure];
  if (!value.ok) return say(`left unchanged: the ${figure === 'growth' ? 'percent change' : 'openings'} for ${soc} is ${value.why}`);
  const key = figure === 'growth' ? 'percent' : 'count';
  const fresh = figure === 'growth' ? whole(value.value) : Math.round(value.value * ep.openingsScale);
  const next = { ...old, [key]: fresh, period: { ...period } };
  if (isDeepStrictEqual(next, old)) return { figure, line: '', changed: false };
  const shown = figure === 'growth' ? (n: unknown) => `${Number(n) > 0 ? '+' : ''}${n}%` : (n: unknown) => `${number(n)} a year`;
  return say(`${shown(old[key])} → ${shown(fresh)} (${span(oldPeriod)} → ${span(period)})`, next);
}

/** `text` (a role file) with its top-level `key` replaced by `value`, keeping the rest of the file as written. */
function replaceMember(text: string, key: string, value: Json): string | undefined {
  const head = `\n  ${JSON.stringify(key)}: `;
  const start = text.indexOf(head);
  if (start < 0) return undefined;
  const from = start + head.length;
  const lineEnd = text.indexOf('\n', from);
  // Expanded ("{" ends its line): up to the "}" at the member's indentation (JSON strings hold no raw
  // line break, so "\n  }" is structure). Inline: to the end of its line, less a trailing comma.
  // The new value is written the same way: expanded, one member a line, or inline.
  const line = text.slice(from, lineEnd).trimEnd();
  const expanded = line === '{';
  const to = expanded ? text.indexOf('\n  }', from) + 4 : from + line.length - (line.endsWith(',') ? 1 : 0);
  const inline = (v: unknown): string =>
    v && typeof v === 'object' ? `{ ${Object.entries(v).map(([k, x]) => `${JSON.stringify(k)}: ${inline(x)}`).join(', ')} }` : JSON.stringify(v);
  const block = expanded ? `{\n${Object.entries(value).map(([k, v]) => `    ${JSON.stringify(k)}: ${inline(v)}`).join(',\n')}\n  }` : inline(value);
  return text.slice(0, from) + block + text.slice(to);
}

/** The role file's new text: its figures replaced where they are, else (an unusual layout) the role written out whole. */
function newText(text: string, role: Json, figures: Figure[]): string {
  let result: string | undefined = text;
  for (const figure of figures) result = result && replaceMember(result, figure, role[figure] as Json);
  try {
    if (result && isDeepStrictEqual(JSON.parse(result), role)) return result;
  } catch {
    // written out whole below
  }
  return `${JSON.stringify(role, null, 2)}\n`;
}

/** Runs `data …` (the arguments after `data`); returns the exit code. */
export async function data(args: string[], out: Print, err: Print): Promise<number> {
  const [sub, ...rest] = args;
  if (sub === '--help' || sub === '-h' || sub === 'help' || sub === undefined) {
    (sub === undefined ? err : out)(REFRESH_HELP);
    return sub === undefined ? 2 : 0;
  }
  if (sub !== 'refresh') {
    err(safeLine(`job-widgets-tools data: unknown command "${sub}"\n\n${REFRESH_HELP}`));
    return 2;
  }
  return refresh(rest, out, err);
}

async function refresh(args: string[], out: Print, err: Print): Promise<number> {
  const parsed = parse('data refresh', args, OPTIONS, err);
  if (!parsed) return 2;
  if (parsed.values.help) {
    out(REFRESH_HELP);
    return 0;
  }
  const v = parsed.values as Record<string, string | undefined> & { 'dry-run'?: boolean };
  const usage = (message: string) => {
    err(safeLine(`job-widgets-tools data refresh: ${message}`));
    err('Run "job-widgets-tools data refresh --help" for its usage.');
    return 2;
  };
  if (parsed.positionals.length) return usage(`unexpected argument "${parsed.positionals[0]}"`);
  if (!v.oews && !v.projections) return usage('give --oews FILE (wages), --projections FILE (growth and openings), or both');
  const unit = v['openings-unit'];
  if (unit !== undefined && unit !== 'thousands' && unit !== 'ones') return usage(`--openings-unit is thousands or ones, not "${unit}"`);
  let survey: string | undefined;
  if (v.oews) {
    survey = v.survey ?? surveyFromName(v.oews);
    if (v.survey !== undefined && !/^(19|20)\d\d-(0[1-9]|1[0-2])$/.test(v.survey)) return usage(`--survey is a month like 2025-05, not "${v.survey}"`);
    if (!survey) return usage(`the OEWS file does not say its survey month: give --survey YYYY-MM (BLS names the file national_M2025_dl.xlsx for May 2025; ${visible(basename(v.oews))} is not named so)`);
  } else if (v.survey !== undefined) return usage('--survey is the month of the --oews file; there is none');

  const rolesDir = v.roles ?? 'data/roles';
  const provenanceFile = v.provenance ?? 'data/provenance.json';
  const fail = (line: string) => {
    err(safeLine(line));
    return 1;
  };

  let provenance: { occupations: Occupation[]; figures: Entry[] };
  try {
    provenance = JSON.parse(readFileSync(provenanceFile, 'utf8'));
  } catch (error) {
    return fail(`${visible(provenanceFile)}: cannot be read: ${error instanceof SyntaxError ? error.message : reason(error)}`);
  }
  if (!Array.isArray(provenance?.occupations) || !Array.isArray(provenance?.figures)) return fail(`${visible(provenanceFile)}: has no "occupations" and "figures" lists`);

  let oews: OewsFile | undefined;
  let ep: ProjectionsFile | undefined;
  try {
    if (v.oews) oews = await readOews(v.oews);
    if (v.projections) ep = await readProjections(v.projections, unit as OpeningsUnit | undefined);
  } catch (error) {
    if (error instanceof TableError) return fail(error.message);
    throw error;
  }

  const byRole = new Map(provenance.occupations.map((o) => [o.role, o]));
  const lines: string[] = [];
  const changes: { id: string; file: string; text: string; role: Json; outcomes: Outcome[] }[] = [];
  let unchanged = 0;
  for (const occupation of provenance.occupations) {
    const id = occupation.role;
    const file = join(rolesDir, `${id}.json`);
    if (!existsSync(file)) return fail(`${visible(provenanceFile)} names the role ${id}, but ${visible(file)} does not exist (is --roles the folder of the role files?)`);
    const read = readJson(file);
    if (!read.ok) return fail(read.message);
    let role = read.value as Json;
    // The occupation whose figures the role shows: its own, or the one of `showsFiguresOf`.
    const own = occupation.showsFiguresOf ? byRole.get(occupation.showsFiguresOf) ?? occupation : occupation;
    const grouped = new Set([...groupFigures(occupation.group), ...groupFigures(own.group)]);
    const outcomes: Outcome[] = [];
    for (const figure of ['salary', 'growth', 'openings'] as const) {
      const old = role[figure] as Json | undefined;
      if (!old || (figure === 'salary' ? !oews : !ep)) continue;
      if ((old.source as Json | undefined)?.name !== BLS) continue;
      if (grouped.has(figure)) {
        outcomes.push({ figure, line: `${id} ${figure}: left unchanged: the figure is a group's (${occupation.group ?? own.group}), not one row of the file`, changed: false });
        continue;
      }
      const outcome =
        figure === 'salary' ? refreshSalary(id, old, oews!, own.soc, survey!) : refreshProjection(id, figure, old, ep!, own.soc);
      outcomes.push(outcome);
      if (outcome.value) role = { ...role, [figure]: outcome.value };
    }
    for (const o of outcomes) {
      if (o.line) lines.push(o.line);
      if (o.line && !o.changed) unchanged++;
    }
    if (outcomes.some((o) => o.changed)) changes.push({ id, file, text: readFileSync(file, 'utf8'), role, outcomes: outcomes.filter((o) => o.changed) });
  }
  for (const line of lines) out(safeLine(line));

  // Every updated role must be valid before anything is written.
  let invalid = 0;
  for (const change of changes) {
    const result = parseRole(change.role);
    if (result.ok) continue;
    invalid++;
    for (const issue of result.issues) err(safeLine(`${visible(change.file)}: ${issue.path || '(document)'}: ${issue.message} (after the refresh)`));
  }
  const figures = changes.reduce((n, c) => n + c.outcomes.length, 0);
  if (invalid) return fail(`job-widgets-tools data refresh: ${invalid} role${invalid === 1 ? '' : 's'} would be invalid; nothing was written.`);

  const releases: Partial<Record<Figure, { release: string; readOn: string }>> = {};
  if (oews && v.oews) releases.salary = { release: `BLS Occupational Employment and Wage Statistics (OEWS), ${month(survey)} national file`, readOn: basename(v.oews) };
  if (ep && v.projections) {
    for (const figure of ['growth', 'openings'] as const) {
      const p = figure === 'growth' ? ep.growthPeriod : ep.openingsPeriod;
      releases[figure] = { release: `BLS Employment Projections ${p.from}–${p.to}, occupation table`, readOn: basename(v.projections) };
    }
  }
  for (const change of changes) {
    for (const o of change.outcomes) {
      const entry = provenance.figures.find((e) => e.role === change.id && e.figure === o.figure);
      const occupation = byRole.get(change.id)!;
      const fresh = { ...releases[o.figure]!, value: o.value! };
      if (entry) Object.assign(entry, fresh);
      else provenance.figures.push({ role: change.id, figure: o.figure, occupation: `${occupation.occupation} (SOC ${occupation.soc})`, ...fresh });
    }
  }

  const sources = [
    oews && `salary from ${visible(basename(v.oews!))} (${month(survey)})`,
    ep && `growth and openings from ${visible(basename(v.projections!))} (${span(ep.growthPeriod)}; openings ${ep.unitFrom})`,
  ].filter(Boolean);
  const summary = `${figures} figure${figures === 1 ? '' : 's'} of ${changes.length} role${changes.length === 1 ? '' : 's'} changed, ${unchanged} left unchanged (see above): ${sources.join('; ')}`;
  if (v['dry-run']) {
    out(safeLine(`${summary}. Dry run: nothing was written.`));
    return 0;
  }
  try {
    for (const change of changes) writeFileSync(change.file, newText(change.text, change.role, change.outcomes.map((o) => o.figure)));
    if (changes.length) writeFileSync(provenanceFile, `${JSON.stringify(provenance, null, 2)}\n`);
  } catch (error) {
    return fail(`job-widgets-tools data refresh: cannot write: ${reason(error)}`);
  }
  out(safeLine(`${summary}.${changes.length ? ` Written: ${changes.length} role file${changes.length === 1 ? '' : 's'} and ${visible(provenanceFile)}.` : ''}`));
  return 0;
}
