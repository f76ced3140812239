/** The visitor's error lines: English ones load with the first error; offline, a built-in line says so. */
import { expect } from '@open-wc/testing';
import { en } from '../src/i18n/en.js';
import { es } from '../src/i18n/es.js';
import { englishErrors, errorLine } from '../src/i18n/labels.js';

describe('error lines', () => {
  it('says the visitor is offline even before (or without) the English error lines', () => {
    expect(englishErrors.module).to.equal(undefined); // nothing on this page has loaded them
    expect(errorLine(en, 'network', { offline: true, issues: 0 })).to.equal(en.offline);
    expect(errorLine(en, 'load-failed', { offline: true, issues: 0 })).to.equal(en.offline);
    expect(errorLine(en, 'http', { offline: false, issues: 0, status: 500 })).to.equal('');
  });

  it('takes a label set’s own line first, then the English one once loaded', async () => {
    expect(errorLine(es, 'timeout', { offline: false, issues: 0 })).to.equal('Sus datos tardaron demasiado en cargar.');
    await englishErrors.load();
    expect(errorLine(en, 'http', { offline: false, issues: 0, status: 503 })).to.equal('The server that has its data answered with an error (503).');
    expect(errorLine({ ...en, errors: { http: () => 'Custom.' } }, 'http', { offline: false, issues: 0 })).to.equal('Custom.');
  });
});
