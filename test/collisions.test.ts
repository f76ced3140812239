/**
 * Another library defined `salary-card` and `job-card` before job-widgets loaded (a page of its own:
 * custom element names are global). job-widgets warns naming each tag, and <job-profile> never shows
 * the other library's element in place of its own section.
 */
import { expect, fixture, html } from '@open-wc/testing';
import type { RoleElement } from '../src/core/role-element.js';
import { captureWarnings, deepQueryAll, deepText, mount } from './helpers.js';

class Foreign extends HTMLElement {
  connectedCallback() {
    this.textContent = 'FOREIGN WIDGET';
  }
}
customElements.define('salary-card', Foreign);
customElements.define('job-card', class extends Foreign {});

let warnings: unknown[][] = [];

before(async () => {
  warnings = await captureWarnings(async () => {
    await import('../src/define.js');
    // (Definitions wait for the end of parsing when the document is still loading.)
    await customElements.whenDefined('job-profile');
  });
});

describe('tags another library defined first', () => {
  it('warns once per tag, naming it', () => {
    const lines = warnings.map((w) => String(w[0]));
    expect(lines.filter((line) => line.includes('<salary-card>'))).to.have.length(1);
    expect(lines.filter((line) => line.includes('<job-card>'))).to.have.length(1);
    expect(lines.join('\n')).not.to.contain('<skill-list>');
  });

  it('leaves the other library its tags and defines the rest', () => {
    expect(customElements.get('salary-card')).to.equal(Foreign);
    expect(customElements.get('skill-list')).to.exist;
  });

  it('<job-profile> leaves the taken section out instead of showing the other element', async () => {
    const { el, root } = await mount<RoleElement>(html`<job-profile job="back-end-developer"></job-profile>`);
    expect(el.state).to.equal('ready');
    expect(deepText(el)).not.to.contain('FOREIGN');
    expect(deepQueryAll(root, 'salary-card')).to.have.length(0);
    expect(deepText(el)).to.contain('Skills to learn');
    expect(deepText(el)).to.contain('Daily activities');
  });

  it('parts of its own still work beside them', async () => {
    const { el } = await mount<RoleElement>(html`<skill-list job="back-end-developer" limit="3"></skill-list>`);
    expect(el.state).to.equal('ready');
    const foreign = await fixture<HTMLElement>(html`<salary-card job="back-end-developer"></salary-card>`);
    expect(foreign.textContent).to.equal('FOREIGN WIDGET');
  });
});
