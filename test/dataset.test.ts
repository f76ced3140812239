/** The bundled dataset as a whole: data/roles/*.json, data/skills.json and data/index.json. */
import { expect } from '@open-wc/testing';
import index from '../data/index.json';
import skillsFile from '../data/skills.json';
import { indexOf } from '../scripts/role-index.js';
import { bundledRoleIds, bundledRoles, bundledWithFaq } from '../src/data/bundled.js';
import { parseRole, parseRoleIndex } from '../src/schema/validate.js';
import type { Role, RoleGrowth, RoleOpenings, RoleSalary } from '../src/schema/role.js';

const BLS = 'U.S. Bureau of Labor Statistics';
const OOH = 'https://www.bls.gov/ooh/';
const CIT = 'computer-and-information-technology/';

/**
 * Every figure, exactly as ../shared/data/role-facts.md gives it: [salary, growth, openings], each
 * with its source. A figure in the data that is not here, or differs, fails the test.
 */
const bls = (page: string, pay: number, month: string, growth: number, from: number, to: number, openings: number, note?: string) => {
  const source = { name: BLS, url: `${OOH}${page.includes('/') ? page : CIT + page}` };
  const group = note ? { note } : {};
  return {
    salary: { amount: pay, currency: 'USD', period: 'year', kind: 'median', region: 'US', asOf: month, source },
    growth: { percent: growth, period: { from, to }, region: 'US', source, ...group },
    openings: { count: openings, kind: 'per-year', period: { from, to }, region: 'US', source, ...group },
  };
};
const GROUP = 'For software developers, quality assurance analysts and testers as one group';
/** The same figures without one of them (the facts give none). */
const without = (figures: ReturnType<typeof bls>, figure: 'openings') =>
  Object.fromEntries(Object.entries(figures).filter(([name]) => name !== figure)) as never;
/** An occupation's figures shown by one of its roles: the salary says it is the occupation's. */
const asWhole = (figures: ReturnType<typeof bls>, note: string) => ({ ...figures, salary: { ...figures.salary, note } }) as never;
const EXPECTED_FIGURES: Record<string, { salary?: RoleSalary; growth?: RoleGrowth; openings?: RoleOpenings }> = {
  'back-end-developer': {
    salary: { amount: 106677, currency: 'USD', period: 'year', kind: 'average', region: 'US', source: { name: 'Salary.com' } },
    growth: { percent: 22, period: { from: 2020, to: 2030 }, region: 'US', source: { name: BLS } },
    openings: { count: 64957, kind: 'total', source: { name: 'comptia.org' } },
  },
  'software-developer': bls('software-developers.htm', 132270, '2023-05', 17, 2023, 2033, 140100, GROUP) as never,
  'qa-engineer': bls('software-developers.htm', 101800, '2023-05', 17, 2023, 2033, 140100, GROUP) as never,
  'database-administrator': bls('database-administrators.htm', 123100, '2024-05', 4, 2024, 2034, 7800) as never,
  'network-administrator': bls('network-and-computer-systems-administrators.htm', 90520, '2022-05', 2, 2022, 2032, 19800) as never,
  'data-scientist': bls('math/home.htm', 112590, '2024-05', 34, 2024, 2034, 23400) as never,
  'information-security-analyst': bls('home.htm', 124910, '2024-05', 29, 2024, 2034, 16000) as never,
  'computer-systems-analyst': bls('home.htm', 103790, '2024-05', 9, 2024, 2034, 34200) as never,
  'network-architect': bls('home.htm', 130390, '2024-05', 12, 2024, 2034, 11200) as never,
  'computer-support-specialist': bls('home.htm', 61550, '2024-05', -3, 2024, 2034, 50500) as never,
  'full-stack-developer': {},
  'front-end-developer': {},
  // "More occupations": each figure present, the others left out ("–" in the facts).
  'computer-programmer': bls('computer-programmers.htm', 98670, '2024-05', -6, 2024, 2034, 5500) as never,
  'research-scientist': without(bls('home.htm', 140910, '2024-05', 20, 2024, 2034, 0), 'openings'),
  'it-manager': without(bls('management/computer-and-information-systems-managers.htm', 171200, '2024-05', 15, 2024, 2034, 0), 'openings'),
  'hardware-engineer': without(bls('architecture-and-engineering/computer-hardware-engineers.htm', 155020, '2024-05', 7, 2024, 2034, 0), 'openings'),
  'electrical-engineer': bls('architecture-and-engineering/electrical-and-electronics-engineers.htm', 111910, '2024-05', 9, 2023, 2033, 19000, 'For electrical and electronics engineers as one group') as never,
  'database-architect': bls('home.htm', 135980, '2024-05', 9, 2024, 2034, 4000) as never,
  'operations-research-analyst': without(bls('math/home.htm', 83640, '2023-05', 22, 2024, 2034, 0), 'openings'),
  actuary: without(bls('math/home.htm', 120000, '2023-05', 22, 2024, 2034, 0), 'openings'),
  statistician: {
    salary: {
      amount: 104860, currency: 'USD', period: 'year', kind: 'median', region: 'US', asOf: '2023-05',
      source: { name: BLS, url: `${OOH}math/home.htm` }, note: 'For mathematicians and statisticians as one group',
    },
  },
  'technical-writer': without(bls('media-and-communication/home.htm', 91670, '2024-05', 1, 2024, 2034, 0), 'openings'),
  'graphic-designer': without(bls('arts-and-design/home.htm', 61300, '2024-05', 2, 2024, 2034, 0), 'openings'),
  animator: without(bls('arts-and-design/home.htm', 99800, '2024-05', 2, 2024, 2034, 0), 'openings'),
  'project-manager': without(bls('business-and-financial/home.htm', 100750, '2024-05', 6, 2024, 2034, 0), 'openings'),
  // "Roles that may show an occupation's figures", with the note that they are the occupation's.
  'devops-engineer': asWhole(bls('software-developers.htm', 132270, '2023-05', 17, 2023, 2033, 140100, GROUP), 'For software developers as a whole'),
  'software-engineer': asWhole(bls('software-developers.htm', 132270, '2023-05', 17, 2023, 2033, 140100, GROUP), 'For software developers as a whole'),
  'business-systems-analyst': asWhole(
    bls('home.htm', 103790, '2024-05', 9, 2024, 2034, 34200, 'For computer systems analysts as a whole'),
    'For computer systems analysts as a whole',
  ),
  // Roles without confirmed figures.
  ...Object.fromEntries(
    [
      'ai-engineer', 'android-developer', 'blockchain-developer', 'business-analyst', 'business-intelligence-analyst', 'cloud-architect',
      'cloud-engineer', 'data-analyst', 'data-engineer', 'embedded-systems-engineer', 'engineering-manager', 'game-developer',
      'ios-developer', 'machine-learning-engineer', 'mobile-developer', 'penetration-tester', 'platform-engineer', 'product-designer',
      'product-manager', 'scrum-master', 'security-engineer', 'site-reliability-engineer', 'software-architect', 'solutions-architect',
      'ui-designer', 'ux-designer', 'ux-researcher', 'web-designer', 'web-developer',
    ].map((id) => [id, {}]),
  ),
};

const vocabulary = skillsFile as { skills: { name: string; description: string }[] };
let files: string[] = [];
const roles = new Map<string, Role>();

before(async () => {
  files = await (await fetch('/api/list/roles')).json();
  for (const file of files) {
    const json = (await import(/* @vite-ignore */ `../data/roles/${file}`)).default;
    const result = parseRole(json);
    if (!result.ok) throw new Error(`${file}: ${JSON.stringify(result.issues)}`);
    roles.set(file, result.data);
  }
});

describe('the bundled dataset', () => {
  it('has every role of role-facts.md, each file valid, its id equal to its file name', () => {
    expect(files.map((f) => f.replace(/\.json$/, '')).sort()).to.deep.equal(Object.keys(EXPECTED_FIGURES).sort());
    for (const [file, role] of roles) expect(`${role.id}.json`).to.equal(file);
  });

  it('bundles exactly the files in data/roles/, each loading as the same valid role', async () => {
    expect(bundledRoleIds()).to.deep.equal(files.map((f) => f.replace(/\.json$/, '')).sort());
    for (const id of bundledRoleIds()) expect(parseRole(await bundledRoles[id]!()).ok, id).to.be.true;
  });

  it('ships each bundled role as the build normalised it, and lists those with an FAQ of their own', async () => {
    const withFaq: string[] = [];
    for (const id of bundledRoleIds()) {
      const role = (await bundledRoles[id]!()) as Role;
      const parsed = parseRole(role);
      // Trusted in the browser: what ships is exactly what validation gives (nothing left to normalise).
      expect(parsed.ok && JSON.stringify(parsed.data), id).to.equal(JSON.stringify(role));
      if (role.faq) withFaq.push(id);
    }
    expect([...bundledWithFaq].sort()).to.deep.equal(withFaq.sort());
  });

  it('carries every figure exactly as the facts give it, with its source and period, and no other', () => {
    for (const role of roles.values()) {
      const { salary, growth, openings } = role;
      expect({ ...(salary && { salary }), ...(growth && { growth }), ...(openings && { openings }) }, role.id).to.deep.equal(
        EXPECTED_FIGURES[role.id],
      );
    }
  });

  it('gives no role another name that is the title of another bundled role (its FAQ would say they are the same job)', () => {
    const titles = new Map([...roles.values()].map((r) => [r.title.toLowerCase(), r.id]));
    for (const role of roles.values()) {
      for (const name of role.alsoKnownAs ?? []) {
        const other = titles.get(name.toLowerCase());
        expect(other === undefined || other === role.id, `${role.id} goes by "${name}", the title of ${other}`).to.equal(true);
      }
    }
  });

  it('links related roles only to bundled roles, by their exact titles, never to themselves', () => {
    const titles = new Map([...roles.values()].map((r) => [r.id, r.title]));
    for (const role of roles.values()) {
      for (const related of role.related ?? []) {
        expect(related.id, `${role.id} → ${related.title}`).to.be.a('string');
        expect(titles.get(related.id!), `${role.id} → ${related.id}`).to.equal(related.title);
        expect(related.id).not.to.equal(role.id);
      }
    }
  });

  it('names each skill once per role, with the vocabulary’s name and description', () => {
    const known = new Map(vocabulary.skills.map((s) => [s.name, s.description]));
    expect(known.size, 'duplicate names in data/skills.json').to.equal(vocabulary.skills.length);
    for (const role of roles.values()) {
      const names = (role.skills ?? []).map((s) => s.name.toLowerCase());
      expect(new Set(names).size, `${role.id} repeats a skill`).to.equal(names.length);
      for (const skill of role.skills ?? []) {
        expect(known.get(skill.name), `${role.id}: ${skill.name}`).to.equal(skill.description);
      }
    }
  });

  it('gives every role a tagline: one line of at most 70 characters (two lines of a card from about 340 px wide), not the summary cut short', () => {
    for (const role of roles.values()) {
      const tagline = role.tagline;
      expect(tagline, `${role.id} has no tagline`).to.be.a('string');
      expect(tagline!.length, `${role.id}: ${tagline}`).to.be.within(40, 70);
      expect(tagline, role.id).not.to.match(/[\n\r\u2028\u2029]/);
      expect(role.summary.startsWith(tagline!.replace(/\.$/, '')), `${role.id}: the tagline is the summary's start`).to.be.false;
    }
    // The schema's limit holds whatever the bundled roles do (parseRole refuses more).
    expect(parseRole({ ...[...roles.values()][0], tagline: 'x'.repeat(101) }).ok).to.be.false;
  });

  it('keeps data/index.json in step with the roles', () => {
    expect(parseRoleIndex(index).ok).to.be.true;
    expect(index).to.deep.equal(indexOf([...roles.values()], skillsFile));
  });
});
