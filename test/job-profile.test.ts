import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import { backEndDeveloper, seedRole as clone } from './fixtures/roles.js';
import '../src/job-profile/job-profile.js';
import type { JobProfileElement } from '../src/job-profile/job-profile.component.js';
import type { Role } from '../src/schema/role.js';
import { captureWarnings, deepQueryAll, deepText, mount, textOf, SETTLE } from './helpers.js';
import { MARKUP_BY_FIELD } from './fixtures/hostile.js';

const seed = backEndDeveloper as Role;

/** The `<dt>` label and `<dd>` texts of each figure, keyed by label. */
function figures(root: ShadowRoot): Map<string, string[]> {
  return new Map(
    deepQueryAll(root, '[part="figure"]').map((figure) => [
      textOf(figure.querySelector('dt')!),
      [...figure.querySelectorAll('dd')].map(textOf),
    ]),
  );
}

describe('<job-profile>', () => {
  describe('with the bundled back-end-developer role', () => {
    it('shows every figure with its source and period, formatted for en-US', async () => {
      const { root } = await mount<JobProfileElement>(html`<job-profile job="back-end-developer"></job-profile>`);
      expect(Object.fromEntries(figures(root))).to.deep.equal({
        'Average salary (US)': ['$106,677 per year', 'Source: Salary.com'],
        'Projected job growth, 2020–2030 (US)': ['+22%', 'Source: U.S. Bureau of Labor Statistics'],
        'Total openings': ['64,957', 'Source: comptia.org'],
      });
    });

    it('formats figures for another locale (de-DE)', async () => {
      const { root } = await mount<JobProfileElement>(
        html`<job-profile job="back-end-developer" locale="de-DE"></job-profile>`,
      );
      const shown = figures(root);
      expect(shown.get('Average salary (US)')![0]).to.equal('106.677 $ per year');
      expect(shown.get('Projected job growth, 2020–2030 (US)')![0]).to.equal('+22 %');
      expect(shown.get('Total openings')![0]).to.equal('64.957');
      // The labels are English, so lists are joined the English way whatever the number locale.
      expect(textOf(root.querySelector('header')!)).to.contain('Back-end Engineer and SQL Developer');
    });

    it('shows the title, both alternative titles, the summary and the common languages', async () => {
      const { root } = await mount<JobProfileElement>(html`<job-profile job="back-end-developer"></job-profile>`);
      const headings = deepQueryAll(root, 'h2');
      expect(headings).to.have.length(1);
      expect(textOf(headings[0]!)).to.equal('Back-end Developer');
      const text = deepText(root);
      expect(text).to.contain('Also known as: Back-end Engineer and SQL Developer');
      expect(text).to.contain(seed.summary);
      expect(text).to.contain('Common languages: Python, Ruby, Java, .NET, and Node.js');
    });

    it('shows every employer, activity, skill, path step, related role and FAQ question', async () => {
      const { root } = await mount<JobProfileElement>(html`<job-profile job="back-end-developer"></job-profile>`);
      const items = (selector: string) => deepQueryAll(root, selector).map(textOf);
      expect(items('section ul:not(.plain) > li')).to.deep.equal([
        'Tech companies',
        'E-commerce companies',
        'Software startups',
        'Financial institutions',
      ]);
      expect(items('[part="activity"] h4')).to.deep.equal([
        'Build web applications with the team',
        "Write the application's code",
        'Test and fix the application',
      ]);
      const skills = items('[part="skill"] dt');
      expect(skills).to.have.length(18);
      expect(skills).to.include.members(['.NET', 'Python', 'Node.js', 'NoSQL databases', 'Serverless architecture', 'Version control']);
      for (const skill of seed.skills!) expect(deepText(root)).to.contain(skill.description);
      expect(items('section > ol > li > h4')).to.deep.equal(['Learn the required skills', 'Build a portfolio', 'Apply for tech jobs']);
      expect(items('ol ol > li > h5')).to.deep.equal([
        'Prepare your resume, LinkedIn profile and portfolio',
        'Build your network',
        'Find good jobs to apply for',
        'Practise interviewing',
        'Prepare for technical tests',
      ]);
      expect(items('[part="related"] h4')).to.deep.equal(['Full Stack Developer']);
      expect(items('details > summary')).to.deep.equal(seed.faq!.map((f) => f.question));
      expect(items('details > summary')).to.have.length(7);
    });

    it('uses semantic structure: one titled article, sections with sub-headings, a description list of figures', async () => {
      const { root } = await mount<JobProfileElement>(html`<job-profile job="back-end-developer"></job-profile>`);
      expect(deepQueryAll(root, 'article')).to.have.length(1);
      expect(deepQueryAll(root, 'section > h3').map(textOf)).to.deep.equal([
        'About the job',
        'Pay and job outlook',
        'Who hires them',
        'Daily activities',
        'Skills to learn',
        'How to get the job',
        'Related jobs',
        'Frequently asked questions',
      ]);
      expect(deepQueryAll(root, 'dl.figures > div > dt')).to.have.length(3);
      expect(deepQueryAll(root, 'details')).to.have.length(7);
    });

    it('opens an FAQ answer from the keyboard', async () => {
      const { root } = await mount<JobProfileElement>(html`<job-profile job="back-end-developer"></job-profile>`);
      const details = deepQueryAll<HTMLDetailsElement>(root, 'details')[0]!;
      const summary = details.querySelector('summary')!;
      summary.focus();
      expect((summary.getRootNode() as ShadowRoot).activeElement).to.equal(summary);
      expect(details.open).to.be.false;
      summary.click(); // what Enter and Space do on a focused <summary>
      expect(details.open).to.be.true;
    });

    it('is accessible (axe)', async () => {
      const { el } = await mount<JobProfileElement>(html`<job-profile job="back-end-developer"></job-profile>`);
      deepQueryAll<HTMLDetailsElement>(el, 'details').forEach((d) => (d.open = true));
      await expect(el).to.be.accessible();
    });
  });

  describe('headings', () => {
    it('starts at heading-level and nests sub-headings below it', async () => {
      const { root } = await mount<JobProfileElement>(
        html`<job-profile job="back-end-developer" heading-level="4"></job-profile>`,
      );
      expect(deepQueryAll(root, 'h4').map(textOf)).to.deep.equal(['Back-end Developer']);
      expect(deepQueryAll(root, 'h5').length).to.be.greaterThan(5);
      expect(deepQueryAll(root, 'h2, h3')).to.have.length(0);
    });

    for (const value of ['0', '9', 'two', '2.5', '']) {
      it(`falls back to level 2 for heading-level="${value}"`, async () => {
        const { root } = await mount<JobProfileElement>(
          html`<job-profile job="back-end-developer" heading-level=${value}></job-profile>`,
        );
        expect(textOf(root.querySelector('h2')!)).to.equal('Back-end Developer');
      });
    }
  });

  describe('locale', () => {
    it('follows the nearest lang attribute when it has no locale', async () => {
      const { root } = await mount<JobProfileElement>(
        html`<div lang="de-DE"><section><job-profile job="back-end-developer"></job-profile></section></div>`,
      );
      expect(figures(root).get('Total openings')![0]).to.equal('64.957');
    });

    it('prefers its locale attribute to the lang around it', async () => {
      const { root } = await mount<JobProfileElement>(
        html`<div lang="de-DE"><job-profile job="back-end-developer" locale="en-US"></job-profile></div>`,
      );
      expect(figures(root).get('Total openings')![0]).to.equal('64,957');
    });

    it('falls back to en-US for an invalid locale, without throwing', async () => {
      const { root } = await mount<JobProfileElement>(
        html`<job-profile job="back-end-developer" locale="not a locale!"></job-profile>`,
      );
      expect(figures(root).get('Total openings')![0]).to.equal('64,957');
    });
  });

  describe('states and events', () => {
    it('goes from loading to ready and fires job-load once with the data', async () => {
      const states: (string | null)[] = [];
      const el = document.createElement('job-profile');
      new MutationObserver(() => states.push(el.getAttribute('state'))).observe(el, { attributeFilter: ['state'] });
      const loads: CustomEvent[] = [];
      el.addEventListener('job-load', (e) => loads.push(e));
      el.job = 'back-end-developer';
      await fixture(html`<div>${el}</div>`);
      await waitUntil(() => el.state === 'ready', 'never became ready', SETTLE);
      await el.updateComplete;
      expect(states).to.deep.equal(['loading', 'ready']);
      expect(loads).to.have.length(1);
      expect(loads[0]!.detail.data.id).to.equal('back-end-developer');
      expect(loads[0]!.bubbles && loads[0]!.composed).to.be.true;
      expect(el.profile?.title).to.equal('Back-end Developer');
    });

    it('takes no space while loading (a guessed height would move the page twice), unless the page reserves it', async () => {
      const heightWhileLoading = async (style: string) => {
        const heights: number[] = [];
        const el = document.createElement('job-profile');
        new MutationObserver(() => {
          if (el.getAttribute('state') === 'loading') heights.push(el.getBoundingClientRect().height);
        }).observe(el, { attributeFilter: ['state'] });
        el.job = 'back-end-developer';
        el.setAttribute('style', style);
        await fixture(html`<div>${el}</div>`);
        await waitUntil(() => el.state === 'ready', 'never became ready', SETTLE);
        expect(heights).to.have.length(1);
        return heights[0];
      };
      expect(await heightWhileLoading('')).to.equal(0);
      expect(await heightWhileLoading('--job-widget-loading-block-size: 30rem')).to.equal(480);
    });

    it('ends in the error state for an unknown job, naming it and the known ones', async () => {
      let result: Awaited<ReturnType<typeof mount<JobProfileElement>>> | undefined;
      const warnings = await captureWarnings(async () => {
        result = await mount<JobProfileElement>(html`<job-profile job="back-end-develper"></job-profile>`);
      });
      const { el, root, events } = result!;
      expect(el.state).to.equal('error');
      expect(el.getAttribute('state')).to.equal('error');
      expect(events.map((e) => e.type)).to.deep.equal(['job-error']);
      const { error } = (events[0] as CustomEvent).detail;
      expect(error.kind).to.equal('unknown-job');
      expect(error.message).to.match(/^Unknown job "back-end-develper"\. Known jobs: actuary, ai-engineer, .*, back-end-developer, .*, web-developer\.$/);
      expect(error.issues).to.deep.equal([]);
      expect(textOf(root)).to.equal('This job profile could not be shown. There is no bundled job called “back-end-develper”.');
      expect(root.querySelector('[role="alert"]')).to.exist;
      expect(warnings).to.have.length(1);
      expect(String(warnings[0]![0])).to.contain('back-end-develper');
    });

    it('ends in the error state when no job is given', async () => {
      const warnings = await captureWarnings(async () => {
        const { el, root, events } = await mount<JobProfileElement>(html`<job-profile></job-profile>`);
        expect(el.state).to.equal('error');
        expect(events).to.have.length(1);
        expect((events[0] as CustomEvent).detail.error.kind).to.equal('no-source');
        expect(textOf(root)).to.equal('This job profile could not be shown. No job was named.');
        await expect(el).to.be.accessible();
      });
      expect(warnings).to.have.length(1);
    });

    it('lists every validation problem in job-error and the console, and a short line in the card', async () => {
      const broken = clone() as unknown as Record<string, Record<string, unknown>>;
      broken.salary!.amount = '106k';
      delete broken.openings!.source;
      const warnings = await captureWarnings(async () => {
        const { el, root, events } = await mount<JobProfileElement>(html`<job-profile .data=${broken}></job-profile>`);
        expect(el.state).to.equal('error');
        expect(events).to.have.length(1);
        expect((events[0] as CustomEvent).detail.error).to.deep.equal({
          kind: 'invalid-data',
          message: 'Invalid role data: 2 problems.',
          issues: [
            { path: 'salary.amount', message: 'expected a number, got "106k"' },
            { path: 'openings.source', message: 'is missing (expected an object)' },
          ],
        });
        expect(textOf(root)).to.equal('This job profile could not be shown. Its data has 2 problems.');
      });
      expect(warnings).to.have.length(1);
      expect(String(warnings[0]![0])).to.contain('salary.amount: expected a number, got "106k"');
      expect(String(warnings[0]![0])).to.contain('openings.source: is missing');
    });

    it('fires one event per load when the job changes, and ignores a result that arrives too late', async () => {
      const { el, events } = await mount<JobProfileElement>(html`<job-profile job="back-end-developer"></job-profile>`);
      expect(events.map((e) => e.type)).to.deep.equal(['job-load']);
      await captureWarnings(async () => {
        el.data = clone();
        el.job = 'nope'; // loses to `data`
        await waitUntil(() => events.length === 2, 'timed out waiting for events.length === 2', SETTLE);
        el.data = undefined; // falls back to `job`, which is unknown
        await waitUntil(() => events.length === 3, 'timed out waiting for events.length === 3', SETTLE);
        el.job = 'back-end-developer';
        el.data = { ...clone(), title: 'Superseded' };
        el.data = { ...clone(), title: 'Newest' };
        await waitUntil(() => events.length === 4, 'timed out waiting for events.length === 4', SETTLE);
        await el.updateComplete;
      });
      expect(events.map((e) => e.type)).to.deep.equal(['job-load', 'job-load', 'job-error', 'job-load']);
      expect((events[3] as CustomEvent).detail.data.title).to.equal('Newest');
      expect(textOf(el.shadowRoot!.querySelector('h2')!)).to.equal('Newest');
    });
  });

  describe('untrusted data', () => {
    it('shows markup in strings as text and runs none of it', async () => {
      const w = window as unknown as { pwned?: number };
      delete w.pwned;
      const hostile = clone();
      hostile.title = MARKUP_BY_FIELD.title;
      hostile.summary = MARKUP_BY_FIELD.summary;
      hostile.skills![0]!.name = MARKUP_BY_FIELD.skillName;
      hostile.faq![0]!.answer = MARKUP_BY_FIELD.faqAnswer;
      const { root } = await mount<JobProfileElement>(html`<job-profile .data=${hostile}></job-profile>`);
      expect(textOf(root.querySelector('h2')!)).to.equal(MARKUP_BY_FIELD.title);
      expect(deepText(root)).to.contain(MARKUP_BY_FIELD.summary);
      expect(deepText(root)).to.contain(MARKUP_BY_FIELD.faqAnswer);
      expect(deepQueryAll(root, 'img, script, svg')).to.deep.equal([]);
      expect(deepQueryAll(root, 'a')).to.have.length(0);
      await new Promise((resolve) => requestAnimationFrame(resolve));
      expect(w.pwned).to.be.undefined;
    });

    it('links only to the parsed http(s) URL', async () => {
      const data = clone();
      data.skills![0]!.url = ' HTTPS://Example.COM/dotnet ';
      data.salary!.source.url = 'https://www.salary.com/';
      const { root } = await mount<JobProfileElement>(html`<job-profile .data=${data}></job-profile>`);
      const links = deepQueryAll(root, 'a').map((a) => [textOf(a), a.getAttribute('href')]);
      expect(links).to.deep.equal([
        ['Salary.com', 'https://www.salary.com/'],
        ['.NET', 'https://example.com/dotnet'],
      ]);
    });

    it('leaves out absent sections entirely, with no empty headings', async () => {
      const { root } = await mount<JobProfileElement>(
        html`<job-profile .data=${{ id: 'minimal', title: 'Minimal Role', summary: 'Only the basics.' }}></job-profile>`,
      );
      expect(deepQueryAll(root, 'h2, h3, h4').map(textOf)).to.deep.equal(['Minimal Role', 'About the job', 'Frequently asked questions']);
      expect(deepQueryAll(root, 'dl, ul, ol')).to.have.length(0);
      // The FAQ is written from the data: what the job is, and nothing the data cannot answer.
      expect(deepQueryAll(root, 'summary').map(textOf)).to.deep.equal(['What does a Minimal Role do?']);
    });
  });

  describe('layout', () => {
    it('fits a 280 px column without overflowing', async () => {
      const { el } = await mount<JobProfileElement>(
        html`<div style="width: 280px"><job-profile job="back-end-developer"></job-profile></div>`,
      );
      const card = el.shadowRoot!.querySelector('article')!;
      expect(el.getBoundingClientRect().width).to.equal(280);
      expect(card.scrollWidth).to.be.at.most(card.clientWidth);
      for (const node of deepQueryAll(el, '*')) {
        expect(node.getBoundingClientRect().right, node.localName).to.be.at.most(el.getBoundingClientRect().right + 0.5);
      }
    });

    it("inherits the host page's font and text colour", async () => {
      const { el } = await mount<JobProfileElement>(
        html`<div style="font-family: Georgia, serif; color: rgb(10, 20, 30)"><job-profile job="back-end-developer"></job-profile></div>`,
      );
      const body = getComputedStyle(deepQueryAll(el, 'section p')[0]!);
      expect(body.fontFamily).to.contain('Georgia');
      expect(body.color).to.equal('rgb(10, 20, 30)');
    });
  });
});

describe('<job-profile variant="compact">', () => {
  /** The compact profile of `job` in a column `width` px wide, theme `theme`. */
  async function compact(job: string, width = 375, theme = 'light') {
    const { el, root } = await mount<JobProfileElement>(
      html`<div style="width: ${width}px"><job-profile job=${job} variant="compact" theme=${theme}></job-profile></div>`,
    );
    return { el, root, disclosures: [...root.querySelectorAll<HTMLDetailsElement>('details')] };
  }

  // The tallest bundled roles when compact (long summaries, notes on every figure), measured at 375 px.
  for (const job of ['software-engineer', 'business-systems-analyst', 'devops-engineer']) {
    it(`is at most 1,000 px tall at 375 px, closed (${job})`, async () => {
      const { el, disclosures } = await compact(job);
      expect(disclosures.length).to.be.greaterThan(3);
      expect(disclosures.every((d) => !d.open)).to.equal(true);
      expect(el.getBoundingClientRect().height).to.be.at.most(1000);
    });
  }

  it('shows the title, the tagline, the figures with their sources and the top skills; the rest, the summary too, is closed', async () => {
    const { root } = await compact('back-end-developer');
    const visible = (e: Element) => e.checkVisibility();
    expect(textOf(root.querySelector('h2')!)).to.equal('Back-end Developer');
    expect(textOf(root.querySelector('header p')!)).to.equal(seed.tagline);
    const about = root.querySelector('details')!;
    expect(textOf(about.querySelector('summary')!)).to.equal('About the job');
    expect(textOf(about.querySelector(':scope > p')!)).to.equal(seed.summary);
    expect(Object.fromEntries(figures(root))).to.deep.equal({
      'Average salary (US)': ['$106,677 per year', 'Source: Salary.com'],
      'Projected job growth, 2020–2030 (US)': ['+22%', 'Source: U.S. Bureau of Labor Statistics'],
      'Total openings': ['64,957', 'Source: comptia.org'],
    });
    expect(deepQueryAll(root, '[part="figure"]').every(visible)).to.equal(true);
    expect(deepQueryAll(root, '[part="skill"]').filter(visible).map(textOf)).to.deep.equal(['.NET', 'Python', 'Ruby']);
    expect([...root.querySelectorAll('details > summary')].map(textOf)).to.deep.equal([
      'About the job',
      'Daily activities',
      'How to get the job',
      'Related jobs',
      'Frequently asked questions',
    ]);
    expect(deepQueryAll(root, '[part="activity"]').some(visible)).to.equal(false);
  });

  it('keeps the heading outline: sections are h3 in their summaries, their parts do not repeat them', async () => {
    const { root, disclosures } = await compact('back-end-developer');
    for (const d of disclosures) d.open = true;
    await new Promise((resolve) => requestAnimationFrame(resolve));
    const shown = deepQueryAll(root, 'h1, h2, h3, h4, h5, h6').filter((h) => h.checkVisibility());
    const outline = shown.map((h) => `${h.localName} ${textOf(h)}`);
    expect(outline[0]).to.equal('h2 Back-end Developer');
    expect(outline.filter((h) => h === 'h3 Daily activities')).to.have.length(1);
    expect(outline.filter((h) => h === 'h3 Frequently asked questions')).to.have.length(1);
    const activity = outline.indexOf('h3 Daily activities');
    expect(outline[activity + 1]).to.match(/^h4 /);
  });

  it('opens a section in place with a click and with Enter or Space, from the keyboard', async () => {
    const { el, disclosures } = await compact('back-end-developer');
    const activities = disclosures.find((d) => textOf(d.querySelector('summary')!) === 'Daily activities')!;
    const summary = activities.querySelector('summary')!;
    const part = activities.querySelector('job-activities')!;
    const before = el.getBoundingClientRect().height;
    expect(part.checkVisibility()).to.equal(false);
    summary.scrollIntoView();
    const r = summary.getBoundingClientRect();
    let toggled = new Promise((resolve) => activities.addEventListener('toggle', resolve, { once: true }));
    await sendMouse({ type: 'click', position: [Math.round(r.left + 20), Math.round(r.top + r.height / 2)] });
    await toggled;
    expect(activities.open).to.equal(true);
    expect(part.getBoundingClientRect().height).to.be.greaterThan(50);
    expect(el.getBoundingClientRect().height).to.be.greaterThan(before);
    expect(summary.getBoundingClientRect().top).to.be.closeTo(r.top, 1); // in place: the summary does not move
    toggled = new Promise((resolve) => activities.addEventListener('toggle', resolve, { once: true }));
    summary.focus();
    await sendKeys({ press: 'Enter' });
    await toggled;
    expect(activities.open).to.equal(false);
    toggled = new Promise((resolve) => activities.addEventListener('toggle', resolve, { once: true }));
    await sendKeys({ type: ' ' });
    await toggled;
    expect(activities.open).to.equal(true);
  });

  for (const theme of ['light', 'dark']) {
    it(`is accessible (axe), closed and open, ${theme}`, async () => {
      const { el, disclosures } = await compact('back-end-developer', 375, theme);
      await expect(el).to.be.accessible();
      for (const d of disclosures) d.open = true;
      await expect(el).to.be.accessible();
    });
  }

  it('is the whole profile for any other variant', async () => {
    const { root } = await mount<JobProfileElement>(html`<job-profile job="back-end-developer" variant="small"></job-profile>`);
    expect(root.querySelector('details')).to.be.null;
  });
});

describe('README: the compact profile recipe', () => {
  it('renders as written: a compact profile with disclosures', async () => {
    const readme = await (await fetch('/README.md')).text();
    const snippet = /```html\n(<job-profile [^\n]*variant="compact"[^\n]*)\n```/.exec(readme)![1]!;
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 375px"></div>`);
    const loaded = new Promise((resolve) => wrapper.addEventListener('job-load', resolve, { once: true }));
    wrapper.insertAdjacentHTML('beforeend', snippet); // the README's own markup, from this repository
    await loaded;
    const el = wrapper.querySelector<JobProfileElement>('job-profile')!;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('details').length).to.be.greaterThan(3);
    expect(el.getBoundingClientRect().height).to.be.at.most(1000);
  });
});
