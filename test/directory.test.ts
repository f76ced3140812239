/** <job-directory>: the searchable list of roles. */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/define.js';
import type { JobDirectoryElement, JobSelectEvent } from '../src/job-directory/job-directory.component.js';
import { captureWarnings, textOf, SETTLE } from './helpers.js';

const ready = async (el: JobDirectoryElement) => {
  await waitUntil(() => el.state !== 'loading', 'the directory never loaded', SETTLE);
  await el.updateComplete;
  return el;
};
const titles = (el: JobDirectoryElement) => [...el.shadowRoot!.querySelectorAll('[part="role"] h3')].map(textOf);
const status = (el: JobDirectoryElement) => textOf(el.shadowRoot!.querySelector('[part="status"]')!);

describe('<job-directory>', () => {
  it('lists every bundled role with its title, one line and headline salary', async () => {
    const el = await ready(await fixture<JobDirectoryElement>(html`<job-directory></job-directory>`));
    expect(titles(el)).to.have.length(57);
    expect(titles(el)).to.include.members(['Back-end Developer', 'Computer Support Specialist', 'Front-end Developer']);
    const backEnd = [...el.shadowRoot!.querySelectorAll('[part="role"]')].find((li) => li.textContent!.includes('Back-end Developer'))!;
    expect(textOf(backEnd)).to.contain('Writes the server code, databases and APIs behind an app.'); // its tagline
    expect(textOf(backEnd)).not.to.contain('Back-end developers build'); // (the summary is searched, not shown)
    expect(textOf(backEnd)).to.contain('Average salary: $106,677 per year');
    expect(status(el)).to.equal('57 jobs');
    await expect(el).to.be.accessible();
  });

  it('ranks titles, then other names, then skills, then the one line ("data"), and says which skills matched', async () => {
    const el = await ready(await fixture<JobDirectoryElement>(html`<job-directory></job-directory>`));
    el.shadowRoot!.querySelector('input')!.focus();
    await sendKeys({ type: 'data' });
    await el.updateComplete;
    expect(titles(el).slice(0, 5)).to.deep.equal(['Data Analyst', 'Data Engineer', 'Data Scientist', 'Database Administrator', 'Database Architect']);
    const entry = (title: string) => [...el.shadowRoot!.querySelectorAll('[part="role"]')].find((li) => textOf(li.querySelector('h3')!) === title)!;
    expect(textOf(entry('Data Analyst'))).not.to.contain('Matching skills');
    expect(textOf(entry('Business Intelligence Analyst'))).to.contain('Matching skills: Data warehousing and Data visualization');
    await el.shadowRoot!.querySelector('input')!.select();
    await sendKeys({ type: 'sequel' });
    await el.updateComplete;
    expect(textOf(entry(titles(el)[0]!))).to.contain('Matching skills: SQL');
  });

  it('filters as you type, ignoring case and accents, and announces the count', async () => {
    const el = await ready(await fixture<JobDirectoryElement>(html`<job-directory></job-directory>`));
    const input = el.shadowRoot!.querySelector('input')!;
    expect(el.shadowRoot!.querySelector(`label[for="${input.id}"]`)).to.exist;
    expect(el.shadowRoot!.querySelector('[part="status"]')!.getAttribute('role')).to.equal('status');
    input.focus();
    await sendKeys({ type: 'ANÁLY' }); // "analyst", "analysis" (a skill), "Analytics Consultant" (another name of data scientists)
    await el.updateComplete;
    expect(titles(el).slice(0, 7)).to.deep.equal([
      'Business Analyst',
      'Business Intelligence Analyst',
      'Business Systems Analyst',
      'Computer Systems Analyst',
      'Data Analyst',
      'Information Security Analyst',
      'Operations Research Analyst',
    ]);
    expect(titles(el)).to.include.members(['Data Scientist', 'Statistician', 'QA Engineer']);
    expect(status(el)).to.equal(`${titles(el).length} of 57 jobs match.`);
    await sendKeys({ type: ' security' });
    await el.updateComplete;
    expect(titles(el)[0]).to.equal('Information Security Analyst');
    expect(status(el)).to.equal(`${titles(el).length} of 57 jobs match.`);
    await sendKeys({ type: 'zzz' });
    await el.updateComplete;
    expect(titles(el)).to.deep.equal([]);
    expect(status(el)).to.equal('No job matches your search.');
  });

  it('fires job-select when a role is chosen with the keyboard, so a page can show its profile', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div>
      <job-directory></job-directory>
      <job-profile></job-profile>
    </div>`);
    const el = await ready(wrapper.querySelector('job-directory')!);
    const profile = wrapper.querySelector('job-profile')!;
    const chosen: JobSelectEvent[] = [];
    wrapper.addEventListener('job-select', (e) => {
      chosen.push(e);
      profile.job = e.detail.id;
    });
    const button = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button.choose')].find((b) => textOf(b) === 'Data Scientist')!;
    button.focus();
    await sendKeys({ press: 'Enter' });
    expect(chosen.map((e) => e.detail.id)).to.deep.equal(['data-scientist']);
    expect(chosen[0]!.detail.entry.title).to.equal('Data Scientist');
    await waitUntil(() => profile.state === 'ready', 'the chosen profile never loaded', SETTLE);
    expect(profile.profile?.title).to.equal('Data Scientist');
  });

  it('links roles through job-href, and a page can cancel the navigation', async () => {
    const el = await ready(await fixture<JobDirectoryElement>(html`<job-directory job-href="#job={id}"></job-directory>`));
    const link = [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('[part="role"] a')].find((a) => textOf(a) === 'QA Engineer')!;
    expect(link.getAttribute('href')).to.equal(new URL('#job=qa-engineer', location.href).href);
    el.addEventListener('job-select', (e) => e.preventDefault(), { once: true });
    link.click();
    await new Promise((resolve) => setTimeout(resolve, 100)); // time for a navigation that must not happen
    expect(location.hash).not.to.equal('#job=qa-engineer');
    link.click();
    await waitUntil(() => location.hash === '#job=qa-engineer', 'the link did not navigate', SETTLE);
    history.replaceState(null, '', location.pathname + location.search);
  });

  it('lists a JSON index given by src, with one request', async () => {
    const key = crypto.randomUUID();
    const body = encodeURIComponent(
      JSON.stringify({
        roles: [
          { id: 'data-analyst', title: 'Data Analyst', summary: 'Turns data into answers.', url: 'https://bootcamp.example/data-analyst' },
          { id: 'ux-designer', title: 'UX Designer', summary: 'Designs how products work for people.' },
        ],
      }),
    );
    const src = `/api/text/${key}?type=application/json&body=${body}`;
    const el = await ready(await fixture<JobDirectoryElement>(html`<job-directory src=${src}></job-directory>`));
    expect(titles(el)).to.deep.equal(['Data Analyst', 'UX Designer']);
    expect(el.shadowRoot!.querySelector('a')!.getAttribute('href')).to.equal('https://bootcamp.example/data-analyst');
    expect(((await (await fetch(`/api/stats/${key}`)).json()) as { requests: number }).requests).to.equal(1);
  });

  it('shows an entry’s tagline, or its summary when it has none', async () => {
    const index = JSON.stringify({
      roles: [
        { id: 'data-analyst', title: 'Data Analyst', tagline: 'Answers questions with data.', summary: 'Data analysts collect and clean data.' },
        { id: 'ux-designer', title: 'UX Designer', summary: 'Designs how products work for people.' },
      ],
    });
    const el = await ready(
      await fixture<JobDirectoryElement>(html`<job-directory><script type="application/json">${index}</script></job-directory>`),
    );
    const entries = [...el.shadowRoot!.querySelectorAll('[part="role"] p')].map(textOf);
    expect(entries).to.deep.equal(['Answers questions with data.', 'Designs how products work for people.']);
  });

  it('lists an inline JSON index too', async () => {
    const index = JSON.stringify({ roles: [{ id: 'ux-designer', title: 'UX Designer', summary: 'Designs how products work for people.' }] });
    const el = await ready(
      await fixture<JobDirectoryElement>(html`<job-directory><script type="application/json">${index}</script></job-directory>`),
    );
    expect(titles(el)).to.deep.equal(['UX Designer']);
    expect(status(el)).to.equal('1 job');
  });

  it('shows an error and fires job-error for an index that is not valid', async () => {
    const key = crypto.randomUUID();
    const src = `/api/text/${key}?type=application/json&body=${encodeURIComponent('{"roles":[{"id":"x"}]}')}`;
    const errors: CustomEvent[] = [];
    await captureWarnings(async () => {
      const el = await fixture<JobDirectoryElement>(html`<job-directory src=${src} @job-error=${(e: CustomEvent) => errors.push(e)}></job-directory>`);
      await ready(el);
      expect(el.state).to.equal('error');
      expect(textOf(el.shadowRoot!)).to.equal('The list of jobs could not be shown. Its data has 2 problems.');
    });
    expect(errors).to.have.length(1);
    expect(errors[0]!.detail.error.issues.map((i: { path: string }) => i.path)).to.deep.equal(['roles[0].title', 'roles[0].summary']);
  });

  it('filters by area and sorts by pay or growth, menus the keyboard reaches after the search field', async () => {
    const el = await ready(await fixture<JobDirectoryElement>(html`<job-directory></job-directory>`));
    const family = el.shadowRoot!.querySelector<HTMLSelectElement>('select[part="family"]')!;
    const sort = el.shadowRoot!.querySelector<HTMLSelectElement>('select[part="sort"]')!;
    el.shadowRoot!.querySelector('input')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(family);
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(sort);
    expect(textOf(el.shadowRoot!.querySelector(`label[for="${family.id}"]`)!)).to.match(/^Area/);
    expect(textOf(el.shadowRoot!.querySelector(`label[for="${sort.id}"]`)!)).to.match(/^Sort by/);
    expect([...family.options].map((o) => o.text)).to.deep.equal([
      'All areas',
      'Software development',
      'Data and AI',
      'Cloud, IT and networks',
      'Security',
      'Design and writing',
      'Product, projects and business',
      'Hardware and electronics',
    ]);
    family.value = 'security';
    family.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(el.family).to.equal('security');
    expect(titles(el)).to.deep.equal(['Information Security Analyst', 'Penetration Tester', 'Security Engineer']);
    expect(status(el)).to.equal('3 of 57 jobs match.');
    family.value = '';
    family.dispatchEvent(new Event('change'));
    sort.value = 'pay';
    sort.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(titles(el)[0]).to.equal('IT Manager');
    expect(textOf(el.shadowRoot!.querySelector('[part="role"]')!)).to.contain('Median salary: $171,200 per year');
    sort.value = 'growth';
    sort.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(titles(el)[0]).to.equal('Data Scientist');
    expect(textOf(el.shadowRoot!.querySelector('[part="role"]')!)).to.contain('Job growth, 2024–2034: +34%');
    await expect(el).to.be.accessible();
  });

  it('opens already searched, filtered and sorted from its attributes', async () => {
    const el = await ready(await fixture<JobDirectoryElement>(html`<job-directory query="analyst" family="data" sort="pay"></job-directory>`));
    // Highest pay first, then the analysts without a salary figure, by best match (the data engineer's
    // tagline names analysts).
    expect(titles(el)).to.deep.equal(['Actuary', 'Statistician', 'Operations Research Analyst', 'Business Intelligence Analyst', 'Data Analyst', 'Data Engineer']);
    expect(el.shadowRoot!.querySelector('input')!.value).to.equal('analyst');
    expect(el.shadowRoot!.querySelector<HTMLSelectElement>('select[part="family"]')!.value).to.equal('data');
    expect(el.shadowRoot!.querySelector<HTMLSelectElement>('select[part="sort"]')!.value).to.equal('pay');
    // An unknown area or order lists everything, by best match.
    el.family = 'astrology';
    el.sort = 'fame' as 'best';
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector<HTMLSelectElement>('select[part="family"]')!.value).to.equal('');
    expect(el.shadowRoot!.querySelector<HTMLSelectElement>('select[part="sort"]')!.value).to.equal('best');
  });

  it('takes its control labels from labels.directoryControls, ignoring entries of the wrong kind', async () => {
    const el = await ready(await fixture<JobDirectoryElement>(html`<job-directory></job-directory>`));
    el.labels = { directoryControls: { sort: 'Order', families: { data: 'Data jobs', security: 42 as unknown as string }, family: {} as string } };
    await el.updateComplete;
    const family = el.shadowRoot!.querySelector<HTMLSelectElement>('select[part="family"]')!;
    expect(textOf(el.shadowRoot!.querySelector(`label[for="sort"]`)!)).to.match(/^Order/);
    expect(textOf(el.shadowRoot!.querySelector(`label[for="family"]`)!)).to.match(/^Area/);
    expect([...family.options].map((o) => o.text)).to.include.members(['Data jobs', 'Security']);
  });

  it('shows no menu an index cannot use: one area, no figures', async () => {
    const index = JSON.stringify({ roles: [{ id: 'ux-designer', title: 'UX Designer', summary: 'Designs how products work for people.', family: 'design' }] });
    const el = await ready(
      await fixture<JobDirectoryElement>(html`<job-directory><script type="application/json">${index}</script></job-directory>`),
    );
    expect(el.shadowRoot!.querySelector('select')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('speaks Spanish on a Spanish page and fits 280 px', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div lang="es" style="width: 280px"><job-directory></job-directory></div>`);
    const el = await ready(wrapper.querySelector('job-directory')!);
    await waitUntil(() => status(el) === '57 empleos', 'no Spanish status', SETTLE);
    expect(textOf(el.shadowRoot!.querySelector('label')!)).to.equal('Buscar empleos');
    expect(textOf(el.shadowRoot!.querySelector('label[for="family"]')!)).to.match(/^Área Todas las áreas/);
    expect(textOf(el.shadowRoot!.querySelector('label[for="sort"]')!)).to.match(/^Ordenar por Mejor coincidencia/);
    const right = el.getBoundingClientRect().right;
    for (const node of el.shadowRoot!.querySelectorAll('*')) expect(node.getBoundingClientRect().right).to.be.at.most(right + 0.5);
    await expect(el).to.be.accessible();
  });
});
