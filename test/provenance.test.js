// data/provenance.json: every figure in data/roles is listed there, exactly, with the occupation, the
// release and where it was read; nothing else is. A figure cannot change without its source line.
// (The checks are in fixtures/provenance-checks.js: test/refresh.test.js runs them on a refreshed copy.)
import { describe, it } from 'node:test';
import { givesOccupations, listsEveryFigure, listsNothingElse, namesSources, readData } from './fixtures/provenance-checks.js';

const { provenance, roles } = readData(new URL('../data/provenance.json', import.meta.url).pathname, new URL('../data/roles/', import.meta.url).pathname);

describe('data/provenance.json', () => {
  it('lists every figure of every bundled role, exactly as the role gives it', () => listsEveryFigure(provenance, roles));

  it('lists nothing else: no figure a role does not have, none twice', () => listsNothingElse(provenance, roles));

  it('names, for each figure, its source, link, month or period, occupation, release and where it was read', () => namesSources(provenance));

  it('gives the occupation and SOC code of every role that shows BLS figures', () => givesOccupations(provenance, roles));
});
