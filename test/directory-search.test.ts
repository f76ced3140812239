/**
 * The directory's search (src/job-directory/search.ts) on the bundled index: what people type gives
 * sensible first results; typos are tolerated; names rank above skills, skills above the one line.
 * Property-based cases (fast-check, fixed seed) check the edit distance and the typo tolerance on every
 * bundled title.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import index from '../data/index.json';
import { editDistance, search, wordMatch, wordsOf } from '../src/job-directory/search.js';
import { ordered } from '../src/job-directory/job-directory.view.js';
import type { RoleIndex } from '../src/schema/types.js';

const roles = index as RoleIndex;
const first = (query: string, n: number) => search(roles, query).slice(0, n).map((h) => h.role.title);
const SEED = 20261202;

/** The edit distance by the textbook recurrence (no early exit), to check the fast one against. */
function reference(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
    }
  }
  return d[a.length]![b.length]!;
}

describe('directory search', () => {
  it('gives sensible first results for what people search', () => {
    expect(first('javascript', 4)).to.deep.equal(['Front-end Developer', 'Full Stack Developer', 'Software Developer', 'Web Developer']);
    expect(first('devops', 1)).to.deep.equal(['DevOps Engineer']);
    expect(first('ux', 2)).to.deep.equal(['UX Designer', 'UX Researcher']);
    expect(first('data', 5)).to.deep.equal(['Data Analyst', 'Data Engineer', 'Data Scientist', 'Database Administrator', 'Database Architect']);
    // "Sequel" is how SQL is said: the vocabulary's search term finds the roles that list SQL first.
    const sequel = search(roles, 'sequel');
    expect(sequel.slice(0, 6).map((h) => h.role.title)).to.have.members([
      'Business Intelligence Analyst',
      'Data Analyst',
      'Data Engineer',
      'Database Administrator',
      'Data Scientist',
      'Database Architect',
    ]);
    for (const hit of sequel) expect(hit.skills).to.deep.equal(['SQL']);
    expect(first('frontend', 1)).to.deep.equal(['Front-end Developer']);
    expect(first('k8s', 3)).to.have.members(['Platform Engineer', 'DevOps Engineer', 'Site Reliability Engineer']);
  });

  it('tolerates a typo: a letter missing, added, changed or two swapped', () => {
    expect(first('javscript', 4)).to.deep.equal(first('javascript', 4));
    expect(first('devosp', 1)).to.deep.equal(['DevOps Engineer']);
    expect(first('secruity', 1)).to.deep.equal(['Information Security Analyst']);
    expect(first('sciemtist', 2)).to.deep.equal(first('scientist', 2));
    // Short words must be typed right: "ui" is not "ux".
    expect(first('ui', 1)).to.deep.equal(['UI Designer']);
    expect(search(roles, 'uz')).to.deep.equal([]);
  });

  it('ranks the title, then other names, then skills, then the one line', () => {
    const design = search(roles, 'design');
    const fields = design.map((h) => h.field);
    expect(fields).to.deep.equal([...fields].sort());
    expect(design.slice(0, 5).map((h) => h.role.title)).to.deep.equal(['Graphic Designer', 'Product Designer', 'UI Designer', 'UX Designer', 'Web Designer']);
    expect(design.find((h) => h.role.title === 'Computer Hardware Engineer')!.field).to.equal(1); // "Hardware Design Engineer"
    const python = search(roles, 'python');
    expect(python.every((h) => h.field === 2 && h.skills.includes('Python'))).to.equal(true);
    // Every word must match somewhere.
    expect(search(roles, 'data zzz')).to.deep.equal([]);
    expect(search(roles, '  ')).to.have.length(roles.roles.length);
  });

  it('sorts by pay or growth, the roles without the figure last', () => {
    const pay = ordered(search(roles, ''), 'pay');
    const amounts = pay.map((h) => h.role.salary?.amount ?? -1);
    expect(amounts).to.deep.equal([...amounts].sort((a, b) => b - a));
    expect(pay[0]!.role.title).to.equal('IT Manager');
    const growth = ordered(search(roles, ''), 'growth');
    const percents = growth.map((h) => h.role.growth?.percent ?? -Infinity);
    expect(percents).to.deep.equal([...percents].sort((a, b) => b - a));
    expect(growth[0]!.role.title).to.equal('Data Scientist');
    expect(growth.filter((h) => h.role.growth && h.role.growth.percent < 0).map((h) => h.role.title)).to.have.members([
      'Computer Programmer',
      'Computer Support Specialist',
    ]);
  });

  it('computes the edit distance exactly, up to its limit (fast-check)', () => {
    const word = fc.string({ unit: fc.constantFrom(...'abcde'), maxLength: 9 });
    fc.assert(
      fc.property(word, word, fc.integer({ min: 0, max: 3 }), (a, b, max) => {
        const exact = reference(a, b);
        return editDistance(a, b, max) === Math.min(exact, max + 1);
      }),
      { seed: SEED, numRuns: 500 },
    );
  });

  it('finds every bundled role by each title word of 5+ letters with one typo (fast-check)', () => {
    // (A 4-letter word with a letter dropped is a 3-letter one, which must be typed right.)
    const cases = roles.roles.flatMap((role) => wordsOf(role.title).filter((w) => /^\p{L}{5,}$/u.test(w)).map((w) => ({ role, w })));
    const typo = fc.record({ at: fc.nat(), kind: fc.constantFrom('drop', 'swap', 'change', 'add'), letter: fc.constantFrom(...'qxz') });
    fc.assert(
      fc.property(fc.constantFrom(...cases), typo, ({ role, w }, { at, kind, letter }) => {
        const i = at % (w.length - 1);
        const typed =
          kind === 'drop' ? w.slice(0, i) + w.slice(i + 1)
          : kind === 'swap' ? w.slice(0, i) + w[i + 1] + w[i] + w.slice(i + 2)
          : kind === 'change' ? w.slice(0, i) + letter + w.slice(i + 1)
          : w.slice(0, i) + letter + w.slice(i);
        expect(wordMatch(typed, w), `${typed} for ${w}`).to.be.above(0);
        expect(search(roles, typed).map((h) => h.role.id), `${typed} for ${w}`).to.include(role.id);
      }),
      { seed: SEED, numRuns: 400 },
    );
  });
});
