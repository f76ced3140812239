/** Every part element: standalone, inside a provider, without its section, accessible in light and dark. */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { seedRole as seed } from './fixtures/roles.js';
import '../src/define.js';
import type { RoleElement } from '../src/core/role-element.js';
import type { Role } from '../src/schema/role.js';
import { captureWarnings, deepQueryAll, deepText, textOf, SETTLE } from './helpers.js';

const newKey = () => crypto.randomUUID();
const requests = async (key: string) => ((await (await fetch(`/api/stats/${key}`)).json()) as { requests: number }).requests;
const ready = (el: RoleElement, what = el.localName) =>
  waitUntil(() => el.state !== 'loading', `${what} never finished loading`, SETTLE).then(() => el.updateComplete);

interface PartCase {
  tag: string;
  heading: string;
  fact: string;
  /** Removes the part's section from a role. */
  strip?: (role: Role) => void;
}

const PARTS: PartCase[] = [
  { tag: 'salary-card', heading: 'Salary', fact: 'Average salary (US) $106,677 per year Source: Salary.com', strip: (r) => delete r.salary },
  {
    tag: 'job-outlook',
    heading: 'Job outlook',
    fact: 'Total openings 64,957 Source: comptia.org',
    strip: (r) => {
      delete r.growth;
      delete r.openings;
    },
  },
  { tag: 'skill-list', heading: 'Skills to learn', fact: 'NoSQL databases Non-relational databases', strip: (r) => delete r.skills },
  { tag: 'job-faq', heading: 'Frequently asked questions', fact: 'Is it too late to become a back-end developer at 35?' },
  { tag: 'job-activities', heading: 'Daily activities', fact: 'Test and fix the application', strip: (r) => delete r.activities },
  { tag: 'job-path', heading: 'How to get the job', fact: 'Practise interviewing', strip: (r) => delete r.path },
  { tag: 'related-jobs', heading: 'Related jobs', fact: 'Full Stack Developer', strip: (r) => delete r.related },
];

/** Puts `el` on the page (inside `wrapper` markup if given) and waits until it has loaded. */
async function place<E extends RoleElement>(el: E, events: string[] = []): Promise<E> {
  for (const type of ['job-load', 'job-error']) el.addEventListener(type, () => events.push(type));
  await fixture(html`<div>${el}</div>`);
  await ready(el);
  return el;
}

function create<K extends keyof HTMLElementTagNameMap>(tag: K, props?: Partial<HTMLElementTagNameMap[K]>): HTMLElementTagNameMap[K];
function create(tag: string, props?: Partial<RoleElement>): RoleElement;
function create(tag: string, props: object = {}): RoleElement {
  return Object.assign(document.createElement(tag) as RoleElement, props);
}

for (const part of PARTS) {
  describe(`<${part.tag}>`, () => {
    it('renders its section from a bundled role, standalone', async () => {
      const events: string[] = [];
      const el = await place(create(part.tag, { job: 'back-end-developer' }), events);
      expect(el.state).to.equal('ready');
      // Standing alone, it names its role in its heading (read as "Back-end Developer: Skills to learn").
      expect(textOf(el.shadowRoot!.querySelector('h2')!)).to.equal(`Back-end Developer: ${part.heading}`);
      expect(textOf(el.shadowRoot!.querySelector('h2 [part="role-title"]')!)).to.equal('Back-end Developer');
      expect(deepText(el)).to.contain(part.fact);
      expect(events).to.deep.equal(['job-load']);
      expect(el.shadowRoot!.querySelector('[part="card"]')).to.exist;
    });

    it('renders inside a provider in the page’s layout, with one request in all and no events of its own', async () => {
      const key = newKey();
      const events: string[] = [];
      const wrapper = await fixture<HTMLElement>(html`<job-profile src="/api/role/${key}">
        <div class="host-grid"></div>
      </job-profile>`);
      const el = create(part.tag);
      for (const type of ['job-load', 'job-error']) el.addEventListener(type, () => events.push(type));
      wrapper.querySelector('.host-grid')!.append(el);
      await ready(el);
      expect(el.state).to.equal('ready');
      expect(deepText(el)).to.contain(part.fact);
      expect(wrapper.shadowRoot!.querySelector('article')).to.be.null; // the page's layout, not the whole profile
      expect(deepText(wrapper)).to.contain(part.heading);
      // Inside a profile the role is the profile's to name: the part's heading does not repeat it.
      expect(el.shadowRoot!.querySelector('[part="role-title"]')).to.be.null;
      expect(textOf(el.shadowRoot!.querySelector('h2')!)).to.equal(part.heading);
      expect(await requests(key)).to.equal(1);
      expect(events).to.deep.equal([]);
    });

    if (part.strip) {
      it('renders nothing, and says so with [empty], for a role without its section', async () => {
        const role = seed();
        part.strip!(role);
        const el = await place(create(part.tag, { data: role }));
        expect(el.state).to.equal('ready');
        expect(el.hasAttribute('empty')).to.be.true;
        expect(el.shadowRoot!.children).to.have.length(0);
        expect(el.getBoundingClientRect().height).to.equal(0);
      });
    }

    it('fits a 280 px column', async () => {
      const el = create(part.tag, { job: 'back-end-developer' });
      await fixture(html`<div style="width: 280px">${el}</div>`);
      await ready(el);
      const right = el.getBoundingClientRect().right;
      expect(el.getBoundingClientRect().width).to.equal(280);
      for (const node of deepQueryAll(el, '*')) expect(node.getBoundingClientRect().right, node.localName).to.be.at.most(right + 0.5);
    });

    for (const theme of ['light', 'dark'] as const) {
      it(`is accessible (axe) in the ${theme} theme`, async () => {
        const el = await place(create(part.tag, { job: 'back-end-developer', theme }));
        deepQueryAll<HTMLDetailsElement>(el, 'details').forEach((d) => (d.open = true));
        await expect(el).to.be.accessible();
      });
    }
  });
}

describe('composition', () => {
  it('feeds every part from one provider with one request', async () => {
    const key = newKey();
    const wrapper = await fixture<HTMLElement>(html`<job-profile src="/api/role/${key}">
      <div>${PARTS.map((p) => create(p.tag))}</div>
    </job-profile>`);
    const parts = [...wrapper.querySelectorAll<RoleElement>(PARTS.map((p) => p.tag).join(','))];
    await Promise.all(parts.map((p) => ready(p)));
    expect(parts.map((p) => p.state)).to.deep.equal(PARTS.map(() => 'ready'));
    expect(await requests(key)).to.equal(1);
  });

  it('lets a part with its own source inside a provider use that source', async () => {
    const key = newKey();
    const own = { ...seed(), salary: { ...seed().salary!, amount: 50000 } };
    const wrapper = await fixture<HTMLElement>(html`<job-profile src="/api/role/${key}">
      <salary-card .data=${own}></salary-card>
      <job-outlook></job-outlook>
    </job-profile>`);
    const [card, outlook] = [wrapper.querySelector<RoleElement>('salary-card')!, wrapper.querySelector<RoleElement>('job-outlook')!];
    await ready(card);
    await ready(outlook);
    expect(deepText(card)).to.contain('$50,000 per year');
    expect(deepText(outlook)).to.contain('64,957');
    expect(await requests(key)).to.equal(1);
  });

  it('lets go of the provider’s role when a part is moved out of it', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div>
      <job-profile job="back-end-developer"><skill-list></skill-list></job-profile>
      <section></section>
    </div>`);
    const list = wrapper.querySelector<RoleElement>('skill-list')!;
    await ready(list);
    expect(list.state).to.equal('ready');
    await captureWarnings(async () => {
      wrapper.querySelector('section')!.append(list); // now standalone, with no source of its own
      await waitUntil(() => list.state === 'error', 'the moved part kept the provider’s role', SETTLE);
    });
    expect(deepText(list)).to.equal('This job profile could not be shown. No job was named.');
    wrapper.querySelector('job-profile')!.append(list); // and back into the provider
    await waitUntil(() => list.state === 'ready', 'the part did not take the provider’s role again', SETTLE);
  });

  it('shows the provider’s error in its parts', async () => {
    const wrapper = await fixture<HTMLElement>(html`<job-profile job="no-such-role"><skill-list></skill-list></job-profile>`);
    const list = wrapper.querySelector<RoleElement>('skill-list')!;
    await ready(list);
    expect(list.state).to.equal('error');
    expect(deepText(list)).to.equal('This job profile could not be shown. There is no bundled job called “no-such-role”.');
  });

  it('passes heading levels, locale and link template down to the parts it is made of', async () => {
    const el = await place(create('job-profile', { job: 'back-end-developer', headingLevel: 3, locale: 'de-DE' }));
    el.setAttribute('job-href', '/careers/{id}');
    await el.updateComplete;
    expect(deepQueryAll(el, 'h4').map(textOf)).to.include.members(['Pay and job outlook', 'Skills to learn', 'Related jobs']);
    expect(deepText(el)).to.contain('106.677 $ per year');
    const link = deepQueryAll<HTMLAnchorElement>(el, '[part="related"] a')[0]!;
    expect(link.href).to.equal(new URL('/careers/full-stack-developer', location.href).href);
  });
});

describe('<salary-card> details', () => {
  const withRange = (): Role => ({
    ...seed(),
    salary: {
      amount: 100000,
      currency: 'USD',
      period: 'year',
      kind: 'median',
      region: 'US',
      asOf: '2024-05',
      percentiles: { p10: 60000, p25: 80000, p75: 130000, p90: 160000 },
      source: { name: 'Example Survey', url: 'https://example.com/survey' },
    },
  });

  it('draws the percentile range with a text equivalent, median marked', async () => {
    const el = await place(create('salary-card', { data: withRange() }));
    const graphic = el.shadowRoot!.querySelector('svg[role="img"]')!;
    expect(graphic.getAttribute('aria-label')).to.equal(
      'Salary range: $60,000 (10th percentile) to $160,000 (90th percentile), median $100,000.',
    );
    const median = graphic.querySelector('line.median')!;
    expect(Number(median.getAttribute('x1'))).to.equal(2 + (40000 / 100000) * 96);
    expect(deepText(el)).to.contain('10th percentile: $60,000 25th percentile: $80,000 75th percentile: $130,000 90th percentile: $160,000');
    expect(deepText(el)).to.contain('Source: Example Survey, as of May 2024');
    await expect(el).to.be.accessible();
  });

  it('paints the range as SVG: the box and the median line inside the bar, where the percentiles put them', async () => {
    const el = await place(create('salary-card', { data: withRange() }));
    const graphic = el.shadowRoot!.querySelector<SVGSVGElement>('svg.range')!;
    const [whisker, box, median] = ['.whisker', '.box', '.median'].map((s) => graphic.querySelector(s)!);
    // Created in the SVG namespace (an html`` fragment would make unknown HTML elements, which paint nothing).
    expect([whisker, box, median].map((n) => n instanceof SVGGraphicsElement)).to.deep.equal([true, true, true]);
    const bar = graphic.getBoundingClientRect();
    const [w, b, m] = [whisker, box, median].map((n) => n.getBoundingClientRect());
    for (const r of [w, b]) expect(r.width * r.height, 'a painted area').to.be.above(0);
    expect(m.height).to.be.above(0);
    // 2–98 of the bar's width spans the 10th to the 90th percentile (60,000 to 160,000).
    const x = (amount: number) => bar.left + ((2 + ((amount - 60000) / 100000) * 96) / 100) * bar.width;
    expect(b.left).to.be.closeTo(x(80000), 1);
    expect(b.right).to.be.closeTo(x(130000), 1);
    expect((m.left + m.right) / 2).to.be.closeTo(x(100000), 1);
    for (const r of [b, m]) {
      expect(r.left).to.be.at.least(w.left - 0.5);
      expect(r.right).to.be.at.most(w.right + 0.5);
    }
  });

  it('shows growth and openings too when asked', async () => {
    const el = await place(create('salary-card', { job: 'back-end-developer', include: 'growth openings' }));
    expect(textOf(el.shadowRoot!.querySelector('h2')!)).to.equal('Back-end Developer: Pay and job outlook');
    expect(el.shadowRoot!.querySelectorAll('[part="figure"]')).to.have.length(3);
  });

  it('has a badge that is a phrase of the sentence: the amount and period, the source as a small note', async () => {
    const el = create('salary-card', { job: 'back-end-developer', variant: 'badge' });
    const paragraph = await fixture<HTMLParagraphElement>(html`<p style="width: 60rem">Back-end developers earn ${el} on average.</p>`);
    await ready(el);
    // What a sighted reader sees; assistive technology also hears what kind of figure it is, and "Source".
    expect(el.shadowRoot!.querySelector('.badge')!.textContent!.replace(/\s+/g, ' ')).to.contain('$106,677 a year (');
    expect(deepText(el)).to.equal('Average salary (US): $106,677 a year (Source: Salary.com)');
    for (const hidden of el.shadowRoot!.querySelectorAll('.vh')) expect(hidden.getBoundingClientRect().width).to.be.at.most(1);
    expect(el.shadowRoot!.querySelector('h2')).to.be.null;
    expect(getComputedStyle(el).display).to.equal('inline');
    expect(getComputedStyle(el).fontFamily).to.equal(getComputedStyle(paragraph).fontFamily);
    expect(getComputedStyle(el).lineHeight).to.equal(getComputedStyle(paragraph).lineHeight);
    await expect(paragraph).to.be.accessible();
  });

  for (const width of [280, 375, 1280]) {
    it(`never breaks the sentence at ${width} px: no box taller than a line, the amount never split`, async () => {
      const el = create('salary-card', { job: 'back-end-developer', variant: 'badge' });
      const paragraph = await fixture<HTMLParagraphElement>(
        html`<p style="width: ${width}px; font: 18px/1.6 Georgia, serif; margin: 0">Back-end developers earn ${el} on average, according to the source.</p>`,
      );
      await ready(el);
      const lineHeight = parseFloat(getComputedStyle(paragraph).lineHeight);
      const rects = [...el.getClientRects()].filter((r) => r.width > 0);
      expect(rects.length).to.be.greaterThan(0);
      for (const rect of rects) expect(rect.height).to.be.at.most(lineHeight);
      // Line boxes: the paragraph is as tall as its lines, no more (nothing in the badge pushes a line apart).
      const lines = Math.round(paragraph.getBoundingClientRect().height / lineHeight);
      expect(paragraph.getBoundingClientRect().height).to.be.closeTo(lines * lineHeight, 1);
      // The same sentence with plain text of the same words has the same number of lines or at most one more.
      const plain = await fixture<HTMLParagraphElement>(
        html`<p style="width: ${width}px; font: 18px/1.6 Georgia, serif; margin: 0">Back-end developers earn $106,677 a year (Salary.com) on average, according to the source.</p>`,
      );
      expect(lines - Math.round(plain.getBoundingClientRect().height / lineHeight)).to.be.at.most(1);
      const amountLines = new Set([...el.shadowRoot!.querySelector('.nowrap')!.getClientRects()].map((r) => Math.round(r.top)));
      expect(amountLines.size).to.equal(1); // "$106,677 a year" on one line
    });
  }
});

describe('figures', () => {
  it('set the amount apart from its smaller period, and never wrap the amount in a 240 px card', async () => {
    for (const job of ['back-end-developer', 'software-developer']) {
      const el = create('salary-card', { job, locale: 'es-ES' });
      await fixture(html`<div style="width: 240px">${el}</div>`);
      await ready(el);
      const amount = el.shadowRoot!.querySelector('.value .amount')!;
      const per = el.shadowRoot!.querySelector('.value .per')!;
      expect(new Set([...amount.getClientRects()].map((r) => Math.round(r.top))).size, job).to.equal(1);
      expect(parseFloat(getComputedStyle(per).fontSize)).to.be.below(parseFloat(getComputedStyle(amount).fontSize) * 0.7);
      expect(amount.getBoundingClientRect().right).to.be.at.most(el.getBoundingClientRect().right);
    }
  });
});

describe('<job-outlook> details', () => {
  it('reads a decline as a decline', async () => {
    const role = { ...seed(), growth: { percent: -3, period: { from: 2024, to: 2034 }, region: 'US', source: { name: 'U.S. Bureau of Labor Statistics' } } };
    const el = await place(create('job-outlook', { data: role }));
    const label = textOf(el.shadowRoot!.querySelector('[part="figure"] dt')!);
    expect(label).to.match(/^Projected decline in jobs, 2024\s?–\s?2034 \(US\)$/);
    expect(textOf(el.shadowRoot!.querySelector('[part="figure-value"]')!)).to.equal('-3%');
  });

  // A change that rounds to 0% is not called a decline (or growth), and never prints "-0%".
  const changes: [number, string, string, string][] = [
    [-0.04, 'en-US', 'Projected change in jobs', 'Little or no change'],
    [0.04, 'en-US', 'Projected change in jobs', 'Little or no change'],
    [-0.04, 'es-ES', 'Cambio previsto del empleo', 'Poco o ningún cambio'],
    [0, 'en-US', 'Projected change in jobs', '0%'],
    [-0.05, 'en-US', 'Projected decline in jobs', '-0.1%'],
  ];
  for (const [percent, locale, label, value] of changes) {
    it(`reads a change of ${percent}% (${locale}) as "${label}: ${value}"`, async () => {
      const role = { ...seed(), growth: { percent, period: { from: 2024, to: 2034 }, source: { name: 'BLS' } } };
      const el = await place(create('job-outlook', { data: role, locale }));
      expect(textOf(el.shadowRoot!.querySelector('[part="figure"] dt')!)).to.match(new RegExp(`^${label}, 2024\\s?–\\s?2034$`));
      expect(textOf(el.shadowRoot!.querySelector('[part="figure-value"]')!)).to.equal(value);
    });
  }

  it('says "little or no change" in a job card and the generated FAQ, never "decline 0%"', async () => {
    const role = { ...seed(), growth: { percent: -0.04, period: { from: 2024, to: 2034 }, source: { name: 'BLS' } } };
    delete role.faq;
    const card = await place(create('job-card', { data: role }));
    const faq = await place(create('job-faq', { data: role }));
    expect(deepText(card)).to.contain('Job change, 2024–2034 Little or no change');
    expect(deepText(faq)).to.contain('BLS projects little or no change in the number of jobs from 2024 to 2034');
    for (const text of [deepText(card), deepText(faq)]) expect(text).not.to.match(/decline|-0|−0/);
  });
});

describe('dates in other calendars’ locales', () => {
  // The data's dates are Gregorian, like the periods beside them; the locale keeps its digits and words.
  const cases: [string, RegExp, RegExp][] = [
    ['th-TH', /พฤษภาคม 2024/, /2567/],
    ['fa-IR', /۲۰۲۴/, /۱۴۰۳|اردیبهشت/],
    ['ja-JP-u-ca-japanese', /2024年5月/, /令和|平成/],
    ['ar-SA-u-ca-islamic', /٢٠٢٤|2024/, /١٤٤٥|١٤٤٦|1445|1446|هـ/],
  ];
  for (const [locale, shows, never] of cases) {
    it(`writes "as of May 2024" in the Gregorian calendar for ${locale}`, async () => {
      const role = seed();
      role.salary!.asOf = '2024-05';
      const el = await place(create('salary-card', { data: role, locale, include: 'growth' }));
      const source = textOf(el.shadowRoot!.querySelector('[part="source"]')!);
      expect(source).to.match(shows);
      expect(source).not.to.match(never);
    });
  }

  it('writes a year alone in the Gregorian calendar (th-TH)', async () => {
    const role = seed();
    role.salary!.asOf = '2024';
    const el = await place(create('salary-card', { data: role, locale: 'th-TH' }));
    expect(textOf(el.shadowRoot!.querySelector('[part="source"]')!)).to.match(/as of 2024$/);
  });
});

describe('<skill-list> details', () => {
  it('shows the first `limit` skills and a disclosure, operable from the keyboard, for the rest', async () => {
    const el = await place(create('skill-list', { job: 'back-end-developer', limit: 5 }));
    const visible = () => [...el.shadowRoot!.querySelectorAll('[part="skill"]')].filter((s) => s.checkVisibility()).length;
    const summary = el.shadowRoot!.querySelector<HTMLElement>('details > summary[part="toggle"]')!;
    const details = summary.parentElement as HTMLDetailsElement;
    expect(visible()).to.equal(5);
    expect(details.open).to.equal(false);
    expect(summary.innerText.trim()).to.equal('Show all 18 skills');
    summary.focus();
    const opened = new Promise((resolve) => details.addEventListener('toggle', resolve, { once: true }));
    await sendKeys({ press: 'Enter' });
    await opened;
    expect(visible()).to.equal(18);
    expect(summary.innerText.trim()).to.equal('Show fewer skills');
    expect(el.shadowRoot!.activeElement).to.equal(summary);
    const closed = new Promise((resolve) => details.addEventListener('toggle', resolve, { once: true }));
    await sendKeys({ type: ' ' });
    await closed;
    expect(visible()).to.equal(5);
    await expect(el).to.be.accessible();
  });

  it('has no button when the limit is not reached, and ignores a bad limit', async () => {
    for (const limit of ['40', 'many', '-2']) {
      const el = create('skill-list', { job: 'back-end-developer' });
      el.setAttribute('limit', limit);
      await place(el);
      expect(el.shadowRoot!.querySelectorAll('[part="skill"]')).to.have.length(18);
      expect(el.shadowRoot!.querySelector('details, button')).to.be.null;
    }
  });

  it('has a compact chip variant with the names only', async () => {
    const el = await place(create('skill-list', { job: 'back-end-developer', variant: 'chips' }));
    const chips = [...el.shadowRoot!.querySelectorAll('ul.chips > li')].map(textOf);
    expect(chips).to.have.length(18);
    expect(chips[0]).to.equal('.NET');
    expect(deepText(el)).not.to.contain('open-source framework');
  });
});

describe('<related-jobs> details', () => {
  it('links bundled roles through the job-href template, and only to http(s)', async () => {
    const role = seed();
    role.related!.push({ title: 'Elsewhere', url: 'https://example.com/elsewhere' }, { id: 'data-analyst', title: 'Data Analyst' });
    const el = create('related-jobs', { data: role });
    el.setAttribute('job-href', 'https://jobs.example/roles/{id}?ref=widget');
    await place(el);
    const links = () => [...el.shadowRoot!.querySelectorAll('a')].map((a) => [textOf(a), a.getAttribute('href')]);
    expect(links()).to.deep.equal([
      ['Full Stack Developer', 'https://jobs.example/roles/full-stack-developer?ref=widget'],
      ['Elsewhere', 'https://example.com/elsewhere'],
      ['Data Analyst', 'https://jobs.example/roles/data-analyst?ref=widget'],
    ]);
    el.setAttribute('job-href', 'javascript:alert("{id}")');
    await el.updateComplete;
    expect(links()).to.deep.equal([['Elsewhere', 'https://example.com/elsewhere']]);
  });
});

describe('<job-faq> details', () => {
  it('prefers the FAQ in the data, and writes one when there is none', async () => {
    const withFaq = await place(create('job-faq', { job: 'back-end-developer' }));
    expect(textOf(withFaq.shadowRoot!.querySelector('summary')!)).to.equal('What does a back-end developer do?');
    const role = seed();
    delete role.faq;
    const generated = await place(create('job-faq', { data: role }));
    expect([...generated.shadowRoot!.querySelectorAll('summary')].map(textOf)).to.have.length(7);
    expect(textOf(generated.shadowRoot!.querySelector('summary')!)).to.equal('What does a Back-end Developer do?');
  });

  it('opens and closes answers from the keyboard', async () => {
    const el = await place(create('job-faq', { job: 'back-end-developer' }));
    const details = el.shadowRoot!.querySelector('details')!;
    details.querySelector('summary')!.focus();
    await sendKeys({ press: 'Enter' });
    expect(details.open).to.be.true;
    await sendKeys({ type: ' ' });
    expect(details.open).to.be.false;
  });
});

/** Emulates a colour scheme where the browser can (Chromium); elsewhere reports false. */
async function emulateScheme(colorScheme: 'light' | 'dark'): Promise<boolean> {
  try {
    await emulateMedia({ colorScheme });
    return true;
  } catch {
    return false; // Firefox under puppeteer has no media emulation
  }
}

describe('themes', () => {
  afterEach(() => emulateScheme('light'));

  it('draws its own colours with theme="light" and theme="dark", and inherits the page’s without', async () => {
    const colours = async (theme?: 'light' | 'dark') => {
      const el = await place(create('salary-card', { job: 'back-end-developer', ...(theme && { theme }) }));
      const card = getComputedStyle(el.shadowRoot!.querySelector('.card')!);
      return [card.backgroundColor, card.color];
    };
    expect(await colours('light')).to.deep.equal(['rgb(255, 255, 255)', 'rgb(31, 41, 55)']);
    expect(await colours('dark')).to.deep.equal(['rgb(17, 24, 39)', 'rgb(243, 244, 246)']);
    const [background, color] = await colours();
    expect(background).to.equal('rgba(0, 0, 0, 0)');
    expect(color).to.equal(getComputedStyle(document.body).color);
  });

  it('follows prefers-color-scheme with theme="auto"', async () => {
    const el = await place(create('job-outlook', { job: 'back-end-developer', theme: 'auto' }));
    const background = () => getComputedStyle(el.shadowRoot!.querySelector('.card')!).backgroundColor;
    const expected = () => (matchMedia('(prefers-color-scheme: dark)').matches ? 'rgb(17, 24, 39)' : 'rgb(255, 255, 255)');
    expect(background()).to.equal(expected()); // whatever the browser prefers now
    if (await emulateScheme('dark')) {
      expect(background()).to.equal('rgb(17, 24, 39)');
      await emulateScheme('light');
      expect(background()).to.equal('rgb(255, 255, 255)');
    }
  });

  it('passes a provider’s theme to the parts inside it', async () => {
    const wrapper = await fixture<HTMLElement>(html`<job-profile job="back-end-developer" theme="dark"><skill-list></skill-list></job-profile>`);
    const list = wrapper.querySelector<RoleElement>('skill-list')!;
    await ready(list);
    expect(getComputedStyle(list.shadowRoot!.querySelector('.card')!).backgroundColor).to.equal('rgb(17, 24, 39)');
    await expect(list).to.be.accessible();
  });

  it('is accessible as a whole profile in the dark theme', async () => {
    const el = await place(create('job-profile', { job: 'back-end-developer', theme: 'dark' }));
    deepQueryAll<HTMLDetailsElement>(el, 'details').forEach((d) => (d.open = true));
    await expect(el).to.be.accessible();
  });
});

describe('localization', () => {
  it('uses Spanish labels, numbers and a Spanish FAQ on a Spanish page', async () => {
    const role = seed();
    delete role.faq;
    const wrapper = await fixture<HTMLElement>(html`<div lang="es-ES"><job-profile .data=${role}></job-profile></div>`);
    const el = wrapper.querySelector<RoleElement>('job-profile')!;
    await ready(el);
    const text = deepText(el).replace(/[\u00a0\u202f]/g, ' ');
    expect(text).to.contain('También conocido como: Back-end Engineer y SQL Developer');
    expect(text).to.contain('Salario medio (US) 106.677 US$ al año Fuente: Salary.com');
    expect(text).to.contain('Crecimiento previsto del empleo, 2020–2030 (US) +22 %');
    expect(text).to.contain('Habilidades que aprender');
    expect(text).to.contain('¿Cuánto se gana como Back-end Developer?');
    expect(deepQueryAll(el, 'article')[0]!.getAttribute('lang')).to.equal('es');
  });

  it('switches label set when the locale changes', async () => {
    const el = await place(create('job-outlook', { job: 'back-end-developer' }));
    expect(textOf(el.shadowRoot!.querySelector('h2')!)).to.equal('Back-end Developer: Job outlook');
    el.locale = 'es-MX';
    await waitUntil(() => textOf(el.shadowRoot!.querySelector('h2')!) === 'Back-end Developer: Perspectivas de empleo', 'no Spanish heading', SETTLE);
    el.locale = 'en-GB';
    await el.updateComplete;
    expect(textOf(el.shadowRoot!.querySelector('h2')!)).to.equal('Back-end Developer: Job outlook');
  });

  it('lets the labels property override any label', async () => {
    const el = await place(create('skill-list', { job: 'back-end-developer', limit: 3, labels: { skills: 'What to learn', showAll: (n: number) => `All ${n}` } }));
    expect(textOf(el.shadowRoot!.querySelector('h2')!)).to.equal('Back-end Developer: What to learn');
    expect(el.shadowRoot!.querySelector<HTMLElement>('summary')!.innerText.trim()).to.equal('All 18');
  });

  it('mirrors on a right-to-left page', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div dir="rtl" style="width: 400px"><job-outlook job="back-end-developer"></job-outlook></div>`);
    const el = wrapper.querySelector<RoleElement>('job-outlook')!;
    await ready(el);
    const card = el.shadowRoot!.querySelector('.card')!;
    const heading = el.shadowRoot!.querySelector('h2')!;
    expect(getComputedStyle(card).direction).to.equal('rtl');
    // The heading starts at the right-hand edge of the card.
    expect(card.getBoundingClientRect().right - heading.getBoundingClientRect().right).to.be.below(20);
  });
});
