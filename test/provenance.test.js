// data/provenance.json: every figure in data/roles is listed there, exactly, with the occupation, the
// release and where it was read; nothing else is. A figure cannot change without its source line.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';

const FIGURES = ['salary', 'growth', 'openings'];
const json = (path) => JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8'));
const provenance = json('../data/provenance.json');
const roles = new Map(
  readdirSync(new URL('../data/roles/', import.meta.url))
    .filter((f) => f.endsWith('.json'))
    .map((f) => json(`../data/roles/${f}`))
    .map((role) => [role.id, role]),
);
const key = (role, figure) => `${role} ${figure}`;

describe('data/provenance.json', () => {
  it('lists every figure of every bundled role, exactly as the role gives it', () => {
    const listed = new Map(provenance.figures.map((entry) => [key(entry.role, entry.figure), entry]));
    for (const [id, role] of roles) {
      for (const figure of FIGURES) {
        if (!role[figure]) continue;
        const entry = listed.get(key(id, figure));
        assert.ok(entry, `${id}: its ${figure} is not in data/provenance.json`);
        assert.deepEqual(role[figure], entry.value, `${id}: its ${figure} differs from data/provenance.json`);
      }
    }
  });

  it('lists nothing else: no figure a role does not have, none twice', () => {
    const seen = new Set();
    for (const entry of provenance.figures) {
      const k = key(entry.role, entry.figure);
      assert.ok(!seen.has(k), `${k} is listed twice`);
      seen.add(k);
      assert.ok(FIGURES.includes(entry.figure), `${k}: not a figure`);
      assert.ok(roles.has(entry.role), `${k}: no such role in data/roles`);
      assert.ok(roles.get(entry.role)[entry.figure], `${k}: the role has no ${entry.figure}`);
    }
  });

  it('names, for each figure, its source, link, month or period, occupation, release and where it was read', () => {
    for (const entry of provenance.figures) {
      const k = key(entry.role, entry.figure);
      for (const field of ['occupation', 'release', 'readOn']) {
        assert.equal(typeof entry[field], 'string', `${k}: ${field}`);
        assert.ok(entry[field].trim().length > 0, `${k}: empty ${field}`);
      }
      assert.ok(entry.value.source?.name, `${k}: no source`);
      if (entry.value.source.name === 'U.S. Bureau of Labor Statistics' && entry.role !== 'back-end-developer') {
        assert.match(entry.value.source.url, /^https:\/\/www\.bls\.gov\/ooh\//, `${k}: a BLS figure links to the Handbook`);
        if (entry.figure === 'salary') assert.match(entry.value.asOf, /^\d{4}-\d{2}$/, `${k}: the survey month`);
        else assert.ok(entry.value.period, `${k}: the projection period`);
        assert.ok(entry.release.includes(entry.figure === 'salary' ? 'OEWS' : 'Employment Projections'), `${k}: release`);
      }
      // A note on the figure (an occupation's or a group's) is said in the release's words too.
      if (entry.value.note) assert.ok(provenance.occupations.some((o) => o.role === entry.role && (o.group || o.showsFiguresOf)), `${k}: its note is not explained`);
    }
  });

  it('gives the occupation and SOC code of every role that shows BLS figures', () => {
    const byRole = new Map(provenance.occupations.map((o) => [o.role, o]));
    assert.equal(byRole.size, provenance.occupations.length, 'a role listed twice');
    for (const o of provenance.occupations) {
      assert.ok(roles.has(o.role), `${o.role}: no such role`);
      assert.match(o.soc, /^\d{2}-\d{4}$/, `${o.role}: SOC code`);
      assert.ok(o.socFrom, `${o.role}: where the SOC code comes from`);
      if (o.showsFiguresOf) {
        const own = byRole.get(o.showsFiguresOf);
        assert.ok(own, `${o.role} shows the figures of ${o.showsFiguresOf}, which has none`);
        assert.equal(o.soc, own.soc, `${o.role}: the occupation's SOC code`);
        for (const figure of FIGURES) {
          const mine = roles.get(o.role)[figure];
          const theirs = roles.get(o.showsFiguresOf)[figure];
          assert.equal(mine?.source.url, theirs?.source.url, `${o.role}: ${figure} from the same page as ${o.showsFiguresOf}`);
          assert.equal(mine && (mine.amount ?? mine.percent ?? mine.count), theirs && (theirs.amount ?? theirs.percent ?? theirs.count), `${o.role}: ${figure} equals the occupation's`);
          assert.ok(!mine || mine.note, `${o.role}: its ${figure} says it is the occupation's`);
        }
      }
    }
    for (const figure of provenance.figures) {
      if (figure.role !== 'back-end-developer') assert.ok(byRole.has(figure.role), `${figure.role}: a BLS figure without its occupation`);
    }
  });
});
