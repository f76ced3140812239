/** <job-card> in a grid and a sidebar, and <job-header>: the compact forms of a role. */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/define.js';
import type { JobCardElement } from '../src/job-card/job-card.component.js';
import type { RoleElement } from '../src/core/role-element.js';
import { deepText, textOf, SETTLE } from './helpers.js';
import { SCRIPT_URL } from './fixtures/hostile.js';

const ready = (el: RoleElement) =>
  waitUntil(() => el.state !== 'loading', `<${el.localName}> never finished loading`, SETTLE).then(() => el.updateComplete);

/** A row of cards in a CSS grid, `width` px each, for roles with short and long titles, summaries and skill names. */
const ROLES = ['back-end-developer', 'network-administrator', 'computer-support-specialist', 'front-end-developer'];
async function gridOf(width: number, theme = 'light'): Promise<JobCardElement[]> {
  const grid = await fixture<HTMLElement>(
    html`<div style="display: grid; grid-template-columns: repeat(${ROLES.length}, ${width}px); gap: 16px; font: 16px/1.5 Georgia, serif">
      ${ROLES.map((job) => html`<job-card job=${job} job-href="/careers/{id}" theme=${theme}></job-card>`)}
    </div>`,
  );
  const cards = [...grid.querySelectorAll<JobCardElement>('job-card')];
  await Promise.all(cards.map(ready));
  return cards;
}

const top = (card: JobCardElement, selector: string) => card.shadowRoot!.querySelector(selector)!.getBoundingClientRect().top;

describe('<job-card>', () => {
  it('shows the title, what it is, the headline pay and growth with their sources, the top skills and a link', async () => {
    const [card] = await gridOf(300);
    const text = deepText(card!);
    expect(textOf(card!.shadowRoot!.querySelector('h2')!)).to.equal('Back-end Developer');
    expect(text).to.contain('Writes the server code, databases and APIs behind an app.'); // its tagline
    expect(text).to.contain('Average salary (US) $106,677 per year Source: Salary.com');
    expect(text).to.contain('Job growth, 2020–2030 +22% Source: U.S. Bureau of Labor Statistics');
    expect([...card!.shadowRoot!.querySelectorAll('[part="skills"] li')].map(textOf)).to.deep.equal(['.NET', 'Python', 'Ruby', '+15 more']);
    const link = card!.shadowRoot!.querySelector<HTMLAnchorElement>('a[part="link"]')!;
    expect(link.href).to.equal(new URL('/careers/back-end-developer', document.baseURI).href);
    expect(textOf(link)).to.equal('Full profile: Back-end Developer'); // unique link text for assistive technology
  });

  for (const width of [240, 320, 400]) {
    it(`lines up with the cards beside it in a grid row, ${width} px wide: same height, every row at the same place`, async () => {
      const cards = await gridOf(width);
      const heights = cards.map((c) => Math.round(c.getBoundingClientRect().height));
      expect(new Set(heights).size, `heights ${heights}`).to.equal(1);
      for (const selector of ['.summary', '.facts', '[part="figure-value"]', '.facts > div + div', 'a[part="link"]']) {
        const tops = cards.map((c) => Math.round(top(c, selector)));
        expect(new Set(tops).size, `${selector} at ${tops}`).to.equal(1);
      }
      // The tagline shows whole (no line cut off), the amount never wraps.
      for (const card of cards) {
        const tagline = card.shadowRoot!.querySelector<HTMLElement>('.summary')!;
        expect(tagline.scrollHeight, textOf(tagline)).to.be.at.most(tagline.clientHeight + 1);
        const amount = card.shadowRoot!.querySelector('.amount');
        if (amount) expect(new Set([...amount.getClientRects()].map((r) => Math.round(r.top))).size).to.equal(1);
      }
    });
  }

  it('keeps the place of a figure the role lacks, and says so in words, not a dash', async () => {
    const cards = await gridOf(300);
    const frontEnd = cards[3]!;
    const figures = [...frontEnd.shadowRoot!.querySelectorAll('[part="figure"]')];
    expect(figures.map((f) => textOf(f.querySelector('dt')!))).to.deep.equal(['Salary', 'Job growth']);
    expect(figures.map((f) => textOf(f.querySelector('[part="figure-value"]')!))).to.deep.equal(['No confirmed pay figure yet', 'No confirmed projection yet']);
    expect(deepText(frontEnd)).not.to.contain('–');
    // Quiet: the muted colour and the text's own size, not a figure's.
    const words = frontEnd.shadowRoot!.querySelector('[part="figure-value"]')!;
    const label = frontEnd.shadowRoot!.querySelector('.facts dt')!;
    expect(getComputedStyle(words).color).to.equal(getComputedStyle(label).color);
    expect(parseFloat(getComputedStyle(words).fontSize)).to.be.below(parseFloat(getComputedStyle(cards[0]!.shadowRoot!.querySelector('[part="figure-value"]')!).fontSize));
    expect(Math.round(top(frontEnd, '.facts'))).to.equal(Math.round(top(cards[0]!, '.facts')));
  });

  it("says where a figure is a wider group's, before its source", async () => {
    const card = await fixture<JobCardElement>(html`<job-card job="software-engineer"></job-card>`);
    await ready(card);
    const figures = [...card.shadowRoot!.querySelectorAll('[part="figure"]')].map((f) => [...f.querySelectorAll('dd')].map(textOf));
    expect(figures[0]!.slice(1)).to.deep.equal(['For software developers as a whole', 'Source: U.S. Bureau of Labor Statistics']);
    expect(figures[1]![1]).to.equal('For software developers, quality assurance analysts and testers as one group');
    const plain = await fixture<JobCardElement>(html`<job-card job="data-scientist"></job-card>`);
    await ready(plain);
    expect([...plain.shadowRoot!.querySelectorAll('[part="figure"] dd')].map(textOf).filter((t) => t.startsWith('For '))).to.deep.equal([]);
  });

  it('says it in Spanish, and in the words a page gives', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div lang="es"><job-card job="front-end-developer"></job-card></div>`);
    const card = wrapper.querySelector<JobCardElement>('job-card')!;
    await waitUntil(() => card.shadowRoot!.querySelector('[part="figure-value"]')?.textContent?.includes('Aún'), 'no Spanish words', SETTLE);
    expect([...card.shadowRoot!.querySelectorAll('[part="figure-value"]')].map(textOf)).to.deep.equal([
      'Aún sin cifra confirmada',
      'Aún sin previsión confirmada',
    ]);
    const english = await fixture<JobCardElement>(html`<job-card job="front-end-developer" .labels=${{ noSalary: 'Pay: ask us' }}></job-card>`);
    await ready(english);
    expect([...english.shadowRoot!.querySelectorAll('[part="figure-value"]')].map(textOf)).to.deep.equal(['Pay: ask us', 'No confirmed projection yet']);
  });

  it('shows the tagline whole where a role has one, else the summary in two lines', async () => {
    const role = { id: 'x', title: 'X Developer', summary: `Builds x. ${'It does many things. '.repeat(20)}` };
    const card = await fixture<JobCardElement>(html`<job-card style="width: 280px" .data=${{ ...role, tagline: 'Builds the x part of every app, from the database to the page.' }}></job-card>`);
    await ready(card);
    const line = () => card.shadowRoot!.querySelector<HTMLElement>('[part="summary"]')!;
    expect(textOf(line())).to.equal('Builds the x part of every app, from the database to the page.');
    expect(line().scrollHeight).to.be.at.most(line().clientHeight + 1); // whole: nothing cut off
    card.data = role;
    await waitUntil(() => textOf(line()).startsWith('Builds x.'), 'the summary did not show', SETTLE);
    const lineHeight = parseFloat(getComputedStyle(line()).lineHeight);
    expect(line().getBoundingClientRect().height).to.be.at.most(2 * lineHeight + 1); // the summary, cut at two lines
  });

  it('shows a tagline of three lines whole in a card standing alone, in a grid row, and none overlaps', async () => {
    const tagline = 'Designs, writes, reviews and maintains software as a whole system.';
    const alone = await fixture<HTMLElement>(html`<div style="width: 200px"><job-card job="software-engineer"></job-card></div>`);
    const grid = await fixture<HTMLElement>(
      html`<div style="display: grid; grid-template-columns: repeat(2, 200px); gap: 8px"><job-card job="software-engineer"></job-card><job-card job="data-scientist"></job-card></div>`,
    );
    for (const card of [...alone.querySelectorAll<JobCardElement>('job-card'), ...grid.querySelectorAll<JobCardElement>('job-card')]) await ready(card);
    for (const card of [alone.querySelector<JobCardElement>('job-card')!, grid.querySelector<JobCardElement>('job-card')!]) {
      const line = card.shadowRoot!.querySelector<HTMLElement>('[part="summary"]')!;
      expect(textOf(line)).to.equal(tagline);
      const lineHeight = parseFloat(getComputedStyle(line).lineHeight);
      expect(line.scrollHeight, 'more than two lines at this width').to.be.greaterThan(2 * lineHeight + 1);
      expect(line.scrollHeight).to.be.at.most(line.clientHeight + 1); // whole: nothing cut off
      expect(card.shadowRoot!.querySelector('.facts')!.getBoundingClientRect().top).to.be.at.least(line.getBoundingClientRect().bottom);
    }
  });

  it('stands alone in a sidebar with its five rows of its own (the summary shows)', async () => {
    const card = await fixture<JobCardElement>(html`<aside style="width: 260px"><job-card job="data-scientist"></job-card></aside>`).then(
      (aside) => aside.querySelector<JobCardElement>('job-card')!,
    );
    await ready(card);
    const summary = card.shadowRoot!.querySelector('.summary')!.getBoundingClientRect();
    expect(summary.height).to.be.greaterThan(20);
    expect(card.shadowRoot!.querySelector('.facts')!.getBoundingClientRect().top).to.be.at.least(summary.bottom);
    expect(card.shadowRoot!.querySelectorAll('a[part="link"]').length).to.equal(0); // no href, no job-href: no link
  });

  it('links to href when given (http(s) only), before job-href', async () => {
    const el = document.createElement('job-card');
    el.job = 'qa-engineer';
    el.href = 'https://bootcamp.example/qa';
    el.jobHref = '/careers/{id}';
    await fixture(html`<div>${el}</div>`);
    await ready(el);
    expect(el.shadowRoot!.querySelector('a[part="link"]')!.getAttribute('href')).to.equal('https://bootcamp.example/qa');
    el.href = SCRIPT_URL;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('a[part="link"]')!.getAttribute('href')).to.equal(new URL('/careers/qa-engineer', document.baseURI).href);
  });

  it('speaks Spanish, mirrors in RTL, and takes its role from a surrounding profile', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div dir="rtl" lang="es"><job-profile job="data-scientist"><job-card></job-card></job-profile></div>`);
    const card = wrapper.querySelector<JobCardElement>('job-card')!;
    await waitUntil(() => card.state === 'ready' && !!card.shadowRoot!.querySelector('.facts'), 'the card did not render', SETTLE);
    const text = deepText(card);
    expect(text).to.contain('Salario mediano (US) 112.590 US$ al año');
    expect(text).to.contain('Crecimiento del empleo, 2024–2034 +34 %');
    expect(getComputedStyle(card).direction).to.equal('rtl');
    const heading = card.shadowRoot!.querySelector('h2')!.getBoundingClientRect();
    expect(card.getBoundingClientRect().right - heading.right).to.be.below(24); // starts on the right
  });

  it('is accessible in light and dark, with a decline that reads as one', async () => {
    for (const theme of ['light', 'dark']) {
      const cards = await gridOf(280, theme);
      for (const card of cards) await expect(card).to.be.accessible();
      expect(deepText(cards[2]!)).to.contain('Job decline, 2024–2034 -3%');
    }
  });
});

describe('<job-header>', () => {
  it('shows the title, the other titles and what the job is', async () => {
    const el = document.createElement('job-header');
    el.job = 'back-end-developer';
    await fixture(html`<div>${el}</div>`);
    await ready(el);
    expect(textOf(el.shadowRoot!.querySelector('h2')!)).to.equal('Back-end Developer');
    expect(deepText(el)).to.contain('Also known as: Back-end Engineer and SQL Developer');
    expect(deepText(el)).to.contain('Back-end developers build and look after the server side of an application');
    await expect(el).to.be.accessible();
  });

  it('gives a composed layout its title block, from the profile around it', async () => {
    const profile = await fixture<HTMLElement>(html`<job-profile job="data-scientist"><job-header></job-header><skill-list limit="3"></skill-list></job-profile>`);
    const header = profile.querySelector<RoleElement>('job-header')!;
    await ready(header);
    expect(textOf(header.shadowRoot!.querySelector('h2')!)).to.equal('Data Scientist');
    expect(profile.querySelector('skill-list')!.shadowRoot!.querySelectorAll('[part="role-title"]').length).to.equal(0);
  });
});
