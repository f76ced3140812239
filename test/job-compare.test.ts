/** <job-compare>: two to four roles side by side. */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/define.js';
import type { JobCompareElement } from '../src/job-compare/job-compare.component.js';
import type { JobErrorEvent, JobLoadEvent } from '../src/core/events.js';
import { COMPARE_MAX, COMPARE_MIN } from '../src/schema/role.js';
import { parseRoleComparison } from '../src/schema/validate.js';
import type { Role, RoleComparison } from '../src/schema/types.js';
import { captureWarnings, mount, textOf, SETTLE } from './helpers.js';
import { dataScientist, seedRole } from './fixtures/roles.js';
import { RANGE, rangeRole } from './fixtures/range-role.js';
import { slowCdn } from './fixtures/cdn.js';
import { bestContrast, contrast, pixel, screenshot, type RGB } from './fixtures/paint.js';

type Compare = JobCompareElement;
const compare = (template: ReturnType<typeof html>) => mount<Compare>(template).then((m) => m.el);

const rows = (el: Compare) => [...el.shadowRoot!.querySelectorAll('tbody tr')];
/** The row whose header starts with `name`. */
const row = (el: Compare, name: string) => rows(el).find((tr) => textOf(tr.querySelector('th')!).startsWith(name))!;
/** The cells of a row, as text, without the stacked layout's role names. */
const cells = (tr: Element) =>
  [...tr.querySelectorAll('td')].map((td) => {
    const copy = td.cloneNode(true) as Element;
    copy.querySelector('.who')?.remove();
    return textOf(copy);
  });
const notes = (el: Compare) => [...el.shadowRoot!.querySelectorAll('[part="notes"] li')].map(textOf);
const columns = (el: Compare) => [...el.shadowRoot!.querySelectorAll('thead th[scope="col"]')].map(textOf);

/** A small role of the test's own (never a bundled one's figures). */
const made = (id: string, title: string, extra: Partial<Role> = {}): Role => ({ id, title, summary: `${title} does things.`, ...extra });

describe('<job-compare>', () => {
  it('shows pay, growth and openings of each role with its source and date, in a table with headers', async () => {
    const el = await compare(html`<job-compare job="data-scientist database-architect"></job-compare>`);
    expect(el.state).to.equal('ready');
    expect(textOf(el.shadowRoot!.querySelector('h2')!)).to.equal('Compare: Data Scientist and Database Architect');
    expect(el.shadowRoot!.querySelector('caption')).to.exist;
    expect(columns(el)).to.deep.equal(['Data Scientist', 'Database Architect']);
    expect([...el.shadowRoot!.querySelectorAll('tbody th')].every((th) => th.getAttribute('scope') === 'row')).to.be.true;
    const [pay1, pay2] = cells(row(el, 'Median salary'));
    expect(pay1).to.equal('$112,590 per year Median salary (US) Source: U.S. Bureau of Labor Statistics, May 2024');
    expect(pay2).to.equal('$135,980 per year Median salary (US) Source: U.S. Bureau of Labor Statistics, May 2024');
    expect(textOf(row(el, 'Median salary').querySelector('th')!)).to.equal('Median salary Scale: $0 to $140,000 per year');
    expect(cells(row(el, 'Projected change'))).to.deep.equal([
      '+34% Projected job growth, 2024–2034 (US) Source: U.S. Bureau of Labor Statistics',
      '+9% Projected job growth, 2024–2034 (US) Source: U.S. Bureau of Labor Statistics',
    ]);
    expect(cells(row(el, 'Job openings'))).to.deep.equal([
      '23,400 Openings per year, 2024–2034 (US) Source: U.S. Bureau of Labor Statistics',
      '4,000 Openings per year, 2024–2034 (US) Source: U.S. Bureau of Labor Statistics',
    ]);
    const links = [...row(el, 'Median salary').querySelectorAll<HTMLAnchorElement>('a[part="source"], [part="source"] a')];
    expect(links.map((a) => a.href)).to.deep.equal(['https://www.bls.gov/ooh/math/home.htm', 'https://www.bls.gov/ooh/computer-and-information-technology/home.htm']);
    // Same dates, same source, same region: no note.
    expect(el.shadowRoot!.querySelector('[part="notes"]')).to.equal(null);
  });

  it("says where a figure is a wider group's (its note), beside the figure", async () => {
    const el = await compare(html`<job-compare job="devops-engineer data-scientist"></job-compare>`);
    const group = 'For software developers, quality assurance analysts and testers as one group';
    const [growth, other] = cells(row(el, 'Projected change'));
    expect(growth).to.contain(`(US) ${group} Source: U.S. Bureau of Labor Statistics`);
    expect(other).not.to.contain('For ');
    expect(cells(row(el, 'Job openings'))[0]).to.contain(group);
    expect(cells(row(el, 'Median salary'))[0]).to.contain('For software developers as a whole');
  });

  it('lists the skills they share once, and under each role the skills only it lists', async () => {
    const el = await compare(html`<job-compare job="data-scientist database-architect"></job-compare>`);
    const shared = row(el, 'Skills they share');
    expect(shared.querySelectorAll('td')).to.have.length(1);
    expect(shared.querySelector('td')!.colSpan).to.equal(2);
    expect([...shared.querySelectorAll('li')].map(textOf)).to.deep.equal(['SQL', 'Cloud platforms', 'Communication', 'Problem solving']);
    const [own1, own2] = [...row(el, 'Skills only').querySelectorAll('td')].map((td) => [...td.querySelectorAll('li')].map(textOf));
    expect(own1).to.deep.equal(['Python', 'Statistics', 'Machine learning', 'Data cleaning', 'Data visualization', 'Spreadsheets', 'Algorithms and data structures', 'Git']);
    expect(own2).to.deep.equal(['Database design', 'NoSQL databases', 'Data warehousing', 'Data security', 'Backup and recovery', 'Performance tuning', 'System design']);
  });

  it('with three or four roles, also lists the skills some of them share, each with the roles that list it', async () => {
    const skill = (name: string) => ({ name, description: `${name}.` });
    const data = {
      roles: [
        made('a', 'Alpha', { skills: [skill('SQL'), skill('Python'), skill('Go')] }),
        made('b', 'Beta', { skills: [skill('sql'), skill('python'), skill('Rust')] }),
        made('c', 'Gamma', { skills: [skill('SQL'), skill('Go'), skill('Excel')] }),
      ],
    };
    const el = await compare(html`<job-compare .data=${data}></job-compare>`);
    const cell = row(el, 'Skills they share').querySelector('td')!;
    expect([...cell.querySelectorAll('.what')].map(textOf)).to.deep.equal(['All of them:', 'Some of them:']);
    expect([...cell.querySelectorAll('ul')].map((ul) => [...ul.querySelectorAll('li')].map(textOf))).to.deep.equal([
      ['SQL'],
      ['Python (Alpha and Beta)', 'Go (Alpha and Gamma)'],
    ]);
    expect(cells(row(el, 'Skills only'))).to.deep.equal(['None of its own', 'Rust', 'Excel']);
    // Two roles: what they share is what both list; no "some".
    const two = await compare(html`<job-compare .data=${{ roles: data.roles.slice(0, 2) }}></job-compare>`);
    const twoCell = row(two, 'Skills they share').querySelector('td')!;
    expect([...twoCell.querySelectorAll('li')].map(textOf)).to.deep.equal(['SQL', 'Python']);
    expect(twoCell.querySelector('.what')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  for (const ids of [
    ['data-scientist', 'database-architect'],
    ['data-scientist', 'database-architect', 'statistician'],
    ['data-scientist', 'database-architect', 'statistician', 'actuary'],
  ]) {
    it(`compares ${ids.length} roles: a column each, and job-load with the ${ids.length} roles`, async () => {
      const { el, events } = await mount<Compare>(html`<job-compare job=${ids.join(' ')}></job-compare>`);
      expect(events.map((e) => e.type)).to.deep.equal(['job-load']);
      expect(((events[0] as JobLoadEvent).detail.data as unknown as RoleComparison).roles.map((r) => r.id)).to.deep.equal(ids);
      expect(columns(el)).to.have.length(ids.length);
      for (const tr of rows(el)) {
        const shared = textOf(tr.querySelector('th')!) === 'Skills they share';
        expect(tr.querySelectorAll('td').length).to.equal(shared ? 1 : ids.length);
      }
      await expect(el).to.be.accessible();
    });
  }

  for (const [what, job] of [
    ['one role', 'data-scientist'],
    ['five roles', 'data-scientist database-architect statistician actuary animator'],
    ['one role named twice', 'data-scientist data-scientist'],
  ]) {
    it(`shows an error, and fires job-error, for ${what}`, async () => {
      let mounted: Awaited<ReturnType<typeof mount<Compare>>> | undefined;
      await captureWarnings(async () => {
        mounted = await mount<Compare>(html`<job-compare job=${job}></job-compare>`);
      });
      const { el, events } = mounted!;
      expect(el.state).to.equal('error');
      expect(events.map((e) => e.type)).to.deep.equal(['job-error']);
      const error = (events[0] as JobErrorEvent).detail.error;
      expect(error.kind).to.equal('invalid-data');
      expect(error.issues.map((i) => i.path)).to.deep.equal(['roles']);
      expect(textOf(el.shadowRoot!.querySelector('[part="error"][role="alert"]')!)).to.equal('This comparison could not be shown. A comparison needs two to four jobs.');
      expect(el.shadowRoot!.querySelector('table')).to.equal(null);
    });
  }

  it('refuses a document with one role or five, like `job` (and holds the same bounds)', async () => {
    expect([COMPARE_MIN, COMPARE_MAX]).to.deep.equal([2, 4]);
    const role = structuredClone(dataScientist) as Role;
    expect(parseRoleComparison({ roles: [role, role] }).ok).to.be.true;
    for (const n of [0, 1, 5]) {
      const result = parseRoleComparison({ roles: Array.from({ length: n }, () => role) });
      expect(result.ok, `${n} roles`).to.be.false;
      if (!result.ok) expect(result.issues.map((i) => i.path)).to.deep.equal(['roles']);
    }
    let mounted: Awaited<ReturnType<typeof mount<Compare>>> | undefined;
    await captureWarnings(async () => {
      mounted = await mount<Compare>(html`<job-compare .data=${{ roles: [role] }}></job-compare>`);
    });
    expect(textOf(mounted!.el.shadowRoot!.querySelector('[part="error"]')!)).to.equal('This comparison could not be shown. A comparison needs two to four jobs.');
  });

  it('notes figures from different years, periods and sources', async () => {
    const el = await compare(html`<job-compare job="software-developer data-scientist"></job-compare>`);
    expect(notes(el)).to.deep.equal(['Figures are from different years: May 2023 and May 2024.', 'Projections cover different periods: 2023–2033 and 2024–2034.']);
    const mixed = await compare(html`<job-compare job="back-end-developer data-scientist"></job-compare>`);
    expect(notes(mixed)).to.deep.equal([
      'Projections cover different periods: 2020–2030 and 2024–2034.',
      'Pay: the figures come from different sources, Salary.com and U.S. Bureau of Labor Statistics.',
      'Job openings: the figures come from different sources, comptia.org and U.S. Bureau of Labor Statistics.',
      'Pay is the median for some jobs and the average for others.',
    ]);
    expect(textOf(row(mixed, 'Pay').querySelector('th')!)).to.match(/^Pay Scale: \$0 to/);
  });

  /** The themes' accents (src/core/styles.ts), the colour of a range's box. */
  const ACCENT: [string, RGB][] = [
    ['light', [0x25, 0x63, 0xeb]],
    ['dark', [0x60, 0xa5, 0xfa]],
  ];
  for (const [theme, accent] of ACCENT) {
    it(`paints the pay marker over a range's box so that it stands out from the box, 3:1 (${theme} theme)`, async () => {
      const ranged = rangeRole(seedRole()) as Role;
      const el = await compare(html`<job-compare theme=${theme} .data=${{ roles: [ranged, structuredClone(dataScientist)] }}></job-compare>`);
      const graphic = row(el, 'Median salary').querySelector('svg')!;
      graphic.scrollIntoView({ block: 'center' });
      await new Promise((resolve) => requestAnimationFrame(resolve));
      const box = graphic.getBoundingClientRect();
      const image = await screenshot(box);
      const along = (units: number) => (units / 100) * box.width + (box.left - Math.floor(box.left));
      const down = (units: number) => (units / 12) * box.height + (box.top - Math.floor(box.top));
      const mark = along(Number(graphic.querySelector('.mark')!.getAttribute('x1')));
      const boxStart = Number(graphic.querySelector('.box')!.getAttribute('x'));
      // (The box is painted where the test reads it: the accent, just inside its start.)
      expect(contrast(pixel(image, along(boxStart + 1), down(6)), accent), 'the box is the accent').to.be.below(1.1);
      for (let y = Math.ceil(down(2)); y < Math.floor(down(10)); y++) {
        expect(bestContrast(image, [mark - 4, mark + 5], y, accent), `row ${y}: the marker against the box`).to.be.at.least(3);
      }
    });
  }

  it('says in words that a role has no figures', async () => {
    const el = await compare(html`<job-compare job="ai-engineer data-scientist"></job-compare>`);
    expect(cells(row(el, 'Median salary'))[0]).to.equal('No pay figure');
    expect(cells(row(el, 'Projected change'))[0]).to.equal('No growth figure');
    expect(cells(row(el, 'Job openings'))[0]).to.equal('No openings figure');
    expect(notes(el)).to.deep.equal(['AI Engineer has no sourced figures.']);
    const noSkills = await compare(html`<job-compare .data=${{ roles: [made('a-one', 'Role One'), structuredClone(dataScientist)] }}></job-compare>`);
    expect(cells(row(noSkills, 'Skills only'))[0]).to.equal('No skills listed');
    expect(cells(row(noSkills, 'Skills they share'))[0]).to.equal('None in common');
  });

  it('draws pay on one scale: a range where there are percentiles, a marker otherwise', async () => {
    const ranged = rangeRole(seedRole()) as Role;
    const el = await compare(html`<job-compare .data=${{ roles: [ranged, structuredClone(dataScientist)] }}></job-compare>`);
    const [first, second] = [...row(el, 'Median salary').querySelectorAll('svg')];
    const x = (svg: SVGElement, selector: string, attr = 'x') => Number(svg.querySelector(selector)!.getAttribute(attr));
    // One scale, from 0 to the highest 90th percentile (160,000, rounded up: already round), at 2–98 of the graphic.
    const pos = (amount: number) => 2 + (amount / 160_000) * 96;
    expect(x(first!, '.whisker')).to.be.closeTo(pos(RANGE.p10), 0.01);
    expect(x(first!, '.box')).to.be.closeTo(pos(RANGE.p25), 0.01);
    expect(x(first!, '.mark', 'x1')).to.be.closeTo(pos(RANGE.median), 0.01);
    expect(second!.querySelector('.whisker')).to.equal(null);
    expect(x(second!, '.mark', 'x1')).to.be.closeTo(pos(112_590), 0.01);
    // (A marker comes with a light bar from 0, so that markers compare at a glance; a range has none.)
    expect(x(second!, '.upto', 'width')).to.be.closeTo(pos(112_590) - 2, 0.01);
    expect(first!.querySelector('.upto')).to.equal(null);
    expect(cells(row(el, 'Median salary'))[0]).to.contain('10th percentile–90th percentile: $60,000 – $160,000');
  });

  it('draws growth on one scale, a decline left of zero', async () => {
    const el = await compare(html`<job-compare job="computer-programmer data-scientist"></job-compare>`);
    const [decline, growth] = [...row(el, 'Projected change').querySelectorAll('svg')].map((svg) => {
      const bar = svg.querySelector('.bar')!;
      return { x: Number(bar.getAttribute('x')), width: Number(bar.getAttribute('width')), zero: Number(svg.querySelector('.zero')!.getAttribute('x1')), decline: bar.classList.contains('decline') };
    });
    // -6 to +34 on 2–98: zero at 2 + 6/40 × 96.
    expect(decline!.zero).to.be.closeTo(16.4, 0.01);
    expect(decline!.decline).to.be.true;
    expect(decline!.x + decline!.width).to.be.closeTo(decline!.zero, 0.01);
    expect(growth!.x).to.be.closeTo(growth!.zero, 0.01);
    expect(growth!.x + growth!.width).to.be.closeTo(98, 0.01);
    expect(cells(row(el, 'Projected change'))[0]).to.match(/^-6% Projected decline in jobs, 2024–2034/);
  });

  for (const theme of ['light', 'dark']) {
    it(`is accessible in the ${theme} theme`, async () => {
      const el = await compare(html`<job-compare theme=${theme} job="computer-programmer data-scientist ai-engineer"></job-compare>`);
      expect(getComputedStyle(el.shadowRoot!.querySelector('.card')!).backgroundColor).to.equal(theme === 'dark' ? 'rgb(17, 24, 39)' : 'rgb(255, 255, 255)');
      await expect(el).to.be.accessible();
    });
  }

  for (const width of [280, 375, 1280]) {
    it(`fits ${width} px without overflowing sideways${width <= 375 ? ', stacked by fact' : ', as a table'}`, async () => {
      const box = await fixture<HTMLElement>(html`<div style="inline-size: ${width}px; font: 16px/1.5 Georgia, serif">
        <job-compare job="computer-support-specialist database-architect information-security-analyst"></job-compare>
      </div>`);
      const el = box.querySelector<Compare>('job-compare')!;
      await waitUntil(() => el.state === 'ready', 'the comparison never loaded', SETTLE);
      await el.updateComplete;
      const card = el.shadowRoot!.querySelector('.card')!;
      expect(card.scrollWidth, 'card scroll width').to.be.at.most(card.clientWidth);
      expect(el.getBoundingClientRect().width).to.be.at.most(width);
      for (const node of el.shadowRoot!.querySelectorAll('td, th, table')) {
        expect(node.getBoundingClientRect().right, node.textContent!.slice(0, 40)).to.be.at.most(el.getBoundingClientRect().right + 0.5);
      }
      const pay = row(el, 'Median salary');
      const tops = [...pay.querySelectorAll('td')].map((td) => Math.round(td.getBoundingClientRect().top));
      const who = pay.querySelector('.who')!;
      if (width <= 375) {
        // Each fact a block: its name, then the roles' values one below the other, each under the role's name.
        expect(tops[0]).to.be.above(pay.querySelector('th')!.getBoundingClientRect().bottom - 1);
        expect(tops[1]).to.be.above(tops[0]!);
        expect(tops[2]).to.be.above(tops[1]!);
        expect(getComputedStyle(who).display).to.equal('block');
        expect(textOf(who)).to.equal('Computer Support Specialist');
        // The facts come one after another: pay, then growth.
        expect(row(el, 'Projected change').getBoundingClientRect().top).to.be.at.least(pay.getBoundingClientRect().bottom - 1);
      } else {
        expect(new Set(tops).size).to.equal(1);
        expect(getComputedStyle(who).display).to.equal('none');
      }
    });
  }

  it('can be gone through with the keyboard: every link of its sources', async () => {
    const before = await fixture<HTMLButtonElement>(html`<button>before</button>`);
    const el = await compare(html`<job-compare job="data-scientist database-architect"></job-compare>`);
    const links = [...el.shadowRoot!.querySelectorAll('a')];
    expect(links.length).to.equal(6);
    before.focus();
    const reached: Element[] = [];
    for (let i = 0; i < links.length; i++) {
      await sendKeys({ press: 'Tab' });
      reached.push(el.shadowRoot!.activeElement!);
    }
    expect(reached).to.deep.equal(links);
    for (const link of links) expect(getComputedStyle(link).outlineStyle === 'none' && getComputedStyle(link).display === 'none').to.be.false;
  });

  it('speaks Spanish, with numbers and dates formatted for it', async () => {
    const el = await compare(html`<job-compare lang="es" job="software-developer computer-programmer"></job-compare>`);
    expect(textOf(el.shadowRoot!.querySelector('h2')!)).to.equal('Comparación: Software Developer y Computer Programmer');
    expect(notes(el)).to.include('Las cifras son de fechas distintas: mayo de 2023 y mayo de 2024.');
    expect(cells(row(el, 'Salario mediano'))[0]).to.match(/^132\.270\s?US\$ al año Salario mediano \(US\) Fuente: U\.S\. Bureau of Labor Statistics, mayo de 2023$/);
    expect(cells(row(el, 'Cambio previsto'))[1]).to.match(/^-6\s?% Caída prevista del empleo/);
    expect(textOf(row(el, 'Habilidades en común').querySelector('th')!)).to.equal('Habilidades en común');
    const overridden = await compare(html`<job-compare lang="es" .labels=${{ compare: { shared: 'Lo que comparten', pay: 42 } }} job="back-end-developer data-scientist"></job-compare>`);
    expect(row(overridden, 'Lo que comparten')).to.exist;
    expect(row(overridden, 'Salario')).to.exist; // (a label of the wrong kind is ignored)
  });

  it('lays out right to left, and mirrors its graphics', async () => {
    const el = await compare(html`<job-compare dir="rtl" job="computer-programmer data-scientist"></job-compare>`);
    const pay = row(el, 'Median salary');
    const th = pay.querySelector('th')!.getBoundingClientRect();
    const [first, second] = [...pay.querySelectorAll('td')].map((td) => td.getBoundingClientRect());
    expect(th.left).to.be.above(first!.left);
    expect(first!.left).to.be.above(second!.left);
    expect(getComputedStyle(pay.querySelector('svg')!).transform).to.equal('matrix(-1, 0, 0, 1, 0, 0)');
  });

  it('shows an error for an unknown bundled id, naming it', async () => {
    let mounted: Awaited<ReturnType<typeof mount<Compare>>> | undefined;
    await captureWarnings(async () => {
      mounted = await mount<Compare>(html`<job-compare job="data-scientist no-such-job"></job-compare>`);
    });
    const { el, events } = mounted!;
    expect((events[0] as JobErrorEvent).detail.error).to.include({ kind: 'unknown-job', id: 'no-such-job' });
    expect(textOf(el.shadowRoot!.querySelector('[part="error"]')!)).to.equal('This comparison could not be shown. There is no bundled job called “no-such-job”.');
  });

  it('loads a comparison document from src, and reports invalid JSON there', async () => {
    const key = crypto.randomUUID();
    const { el, events } = await mount<Compare>(html`<job-compare src=${`/api/compare/${key}?ids=statistician,actuary`}></job-compare>`);
    expect(events.map((e) => e.type)).to.deep.equal(['job-load']);
    expect(columns(el)).to.deep.equal(['Statistician', 'Actuary']);
    let broken: Awaited<ReturnType<typeof mount<Compare>>> | undefined;
    await captureWarnings(async () => {
      broken = await mount<Compare>(html`<job-compare src=${`/api/text/${key}?type=application/json&body={"roles":[`}></job-compare>`);
    });
    expect((broken!.events[0] as JobErrorEvent).detail.error.kind).to.equal('invalid-json');
    expect(textOf(broken!.el.shadowRoot!.querySelector('[part="error"]')!)).to.equal('This comparison could not be shown. Its data is not valid JSON.');
  });

  it('reads inline JSON, and names every problem of an invalid document by its path', async () => {
    const doc = { roles: [made('role-one', 'Role One', { growth: { percent: 5, period: { from: 2024, to: 2034 }, source: { name: 'Test data' } } }), made('role-two', 'Role Two')] };
    const el = await compare(html`<job-compare><script type="application/json">${JSON.stringify(doc)}</script></job-compare>`);
    expect(columns(el)).to.deep.equal(['Role One', 'Role Two']);
    let broken: Awaited<ReturnType<typeof mount<Compare>>> | undefined;
    await captureWarnings(async () => {
      broken = await mount<Compare>(html`<job-compare .data=${{ roles: [made('role-one', 'Role One'), { ...made('role-two', ''), salary: 'much' }] }}></job-compare>`);
    });
    const error = (broken!.events[0] as JobErrorEvent).detail.error;
    expect(error.kind).to.equal('invalid-data');
    expect(error.issues.map((i) => i.path)).to.deep.equal(['roles[1].title', 'roles[1].salary']);
    expect(textOf(broken!.el.shadowRoot!.querySelector('[part="error"]')!)).to.equal('This comparison could not be shown. Its data has 2 problems.');
  });

  it('waits with loading="lazy" until it nears the viewport', async () => {
    const box = await fixture<HTMLElement>(html`<div>
      <div style="block-size: 5000px"></div>
      <job-compare loading="lazy" job="data-scientist database-architect"></job-compare>
    </div>`);
    const el = box.querySelector<Compare>('job-compare')!;
    await el.updateComplete;
    expect(el.state).to.equal('loading');
    expect(el.getBoundingClientRect().height).to.be.above(100); // (it keeps room while it waits)
    const loaded = new Promise((resolve) => el.addEventListener('job-load', resolve, { once: true }));
    el.scrollIntoView();
    await loaded;
    expect(el.state).to.equal('ready');
  });
});

describe("<job-compare> in the README's recipe", () => {
  it('runs as written: the html block with <job-compare> shows the two roles', async () => {
    const readme = await (await fetch('/README.md')).text();
    const blocks = [...readme.matchAll(/```html\n([\s\S]*?)```/g)].map((m) => m[1]!).filter((block) => block.includes('<job-compare'));
    expect(blocks).to.have.length.at.least(1);
    for (const block of blocks) {
      const box = document.createElement('div');
      box.innerHTML = block; // (the README's own text, a test fixture)
      document.body.append(box);
      try {
        const el = box.querySelector<Compare>('job-compare')!;
        await waitUntil(() => el.state !== 'loading', 'the README comparison never loaded', SETTLE);
        await el.updateComplete;
        expect(el.state).to.equal('ready');
        expect(columns(el)).to.have.length(el.getAttribute('job')!.split(' ').length);
      } finally {
        box.remove();
      }
    }
  });
});

describe('<job-compare> in the built script (dist/job-widgets.js)', () => {
  it('requests each bundled role once, all at once, with its view (one wave after the main module)', async () => {
    // Every chunk answers 250 ms late, at URLs of this test's own: one request after another would show.
    const main = `${slowCdn(crypto.randomUUID())}job-widgets.js`;
    const frame = document.createElement('iframe');
    frame.srcdoc = `<!doctype html><html lang="en"><body><job-compare job="data-scientist database-architect statistician"></job-compare><script type="module" src="${main}"></script></body></html>`;
    const loaded = new Promise<Window>((resolve) => frame.addEventListener('load', () => resolve(frame.contentWindow!), { once: true }));
    document.body.append(frame);
    try {
      const win = await loaded;
      const el = win.document.querySelector('job-compare')!;
      if (el.getAttribute('state') !== 'ready') await new Promise((resolve) => el.addEventListener('job-load', resolve, { once: true }));
      const entries = win.performance.getEntriesByType('resource') as PerformanceResourceTiming[];
      const name = (e: PerformanceResourceTiming) => new URL(e.name).pathname.replace(/^.*\//, '').replace(/-[\w-]{8}\.js$/, '');
      const first = entries.find((e) => new URL(e.name).pathname === main)!;
      const after = entries.filter((e) => e !== first);
      const roles = after.filter((e) => /\/roles\//.test(e.name)).map(name).sort();
      expect(roles).to.deep.equal(['data-scientist', 'database-architect', 'statistician']);
      // All started before any of them answered: in parallel, with the view chunk.
      const firstAnswer = Math.min(...after.map((e) => e.responseEnd));
      for (const e of after) expect(e.startTime, name(e)).to.be.below(firstAnswer);
      expect(after.map(name)).to.include('job-compare.view');
      expect(after.map(name).filter((n) => n.startsWith('validate'))).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });
});
