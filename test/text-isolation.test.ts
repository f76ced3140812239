/**
 * Data text that could reach outside its box (issue 15): a right-to-left override in a source name, a
 * title nobody can see, combining marks stacked a hundred high. Measured in the page as laid out and as
 * painted (screenshots), not by reading our CSS.
 */
import { expect, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { seedRole as seed } from './fixtures/roles.js';
import '../src/define.js';
import type { JobErrorEvent } from '../src/core/events.js';
import type { RoleElement } from '../src/core/role-element.js';
import type { Role } from '../src/schema/role.js';
import { mount } from './helpers.js';
import { ACUTE, RLE, RLI, RLO, ZWJ, ZWSP } from './fixtures/hostile.js';

// The first element to validate data loads the validator's chunk: load it before the clock of `mount` runs.
before(() => import('../src/schema/validate.js'));

const withSource = (name: string): Role => {
  const role = seed();
  role.salary!.source = { name };
  return role;
};
const MARKS = '\u0301\u0308\u0300\u0302'.repeat(30).slice(0, 118);

/** The text nodes of `root` (a shadow root too), in document order. */
function textNodes(root: Node): Text[] {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const found: Text[] = [];
  while (walker.nextNode()) found.push(walker.currentNode as Text);
  return found;
}

/** Where `text[start, end)` is drawn. */
function rectOf(text: Text, start = 0, end = text.length): DOMRect {
  const range = document.createRange();
  range.setStart(text, start);
  range.setEnd(text, end);
  return range.getBoundingClientRect();
}

/** The left edge of each word of `text`, in reading order. */
function wordLefts(text: Text): number[] {
  return [...text.data.matchAll(/\S+/g)].map((m) => rectOf(text, m.index, m.index + m[0].length).left);
}

/** How many pixels of the page's rectangle are not (near) `background`, as painted. */
async function inkIn(box: { x: number; y: number; width: number; height: number }, background = [255, 255, 255]): Promise<number> {
  const clip = { x: Math.round(box.x), y: Math.round(box.y), width: Math.round(box.width), height: Math.round(box.height) };
  expect(clip.width > 0 && clip.height > 0 && clip.y >= 0, JSON.stringify(clip)).to.be.true;
  const png = await executeServerCommand<string, typeof clip>('screenshot', clip);
  const bitmap = await createImageBitmap(await (await fetch(`data:image/png;base64,${png}`)).blob());
  const canvas = document.createElement('canvas');
  [canvas.width, canvas.height] = [bitmap.width, bitmap.height];
  const context = canvas.getContext('2d')!;
  context.drawImage(bitmap, 0, 0);
  const { data } = context.getImageData(0, 0, bitmap.width, bitmap.height);
  let ink = 0;
  for (let i = 0; i < data.length; i += 4) {
    if ([0, 1, 2].some((c) => Math.abs(data[i + c]! - background[c]!) > 48)) ink++;
  }
  return ink;
}

describe('bidi controls in data', () => {
  // The badge is a phrase of the host's paragraph; one line, wide enough for all of it.
  const paragraph = (role: Role) =>
    mount<RoleElement>(html`<p style="white-space: nowrap; font: 16px/1.5 sans-serif; margin: 0">
      Developers earn <salary-card variant="badge" .data=${role}></salary-card> after which the host's own words follow.
    </p>`);

  for (const [what, name] of [
    ['a right-to-left override', `${RLO}Salary.com`],
    ['a right-to-left isolate left open', `${RLI}Salary.com`],
    ['a right-to-left embedding', `${RLE}مكتب`],
  ]) {
    it(`keeps the host's words after a badge in order when its source name has ${what}`, async () => {
      const { el } = await paragraph(withSource(name!));
      expect(el.state).to.equal('ready');
      const after = el.nextSibling as Text;
      const lefts = wordLefts(after);
      expect(lefts.length).to.equal(7);
      expect(lefts, 'the words after the badge, left to right').to.deep.equal([...lefts].sort((a, b) => a - b));
      expect(lefts[0]).to.be.at.least(el.getBoundingClientRect().right - 1);
      // Inside the badge too: the closing parenthesis stays after the name.
      const texts = textNodes(el.shadowRoot!);
      const nameNode = texts.find((t) => t.data === name)!;
      const close = texts.find((t) => t.data.startsWith(')'))!;
      expect(rectOf(close, 0, 1).left).to.be.at.least(rectOf(nameNode).right - 1);
    });
  }

  it('keeps a card’s words after a source name in order (its date follows the name)', async () => {
    const role = withSource(`${RLO}Salary.com`);
    role.salary!.asOf = '2024-05';
    const { el } = await mount<RoleElement>(html`<salary-card style="inline-size: 40rem" .data=${role}></salary-card>`);
    const source = el.shadowRoot!.querySelector('[part="source"]')!;
    const texts = textNodes(source);
    const nameNode = texts.find((t) => t.data.includes('Salary.com'))!;
    const date = texts.find((t) => t.data.includes('May 2024'))!;
    const at = date.data.indexOf('May');
    expect(rectOf(date, at, at + 3).left).to.be.at.least(rectOf(nameNode).right - 1);
  });
});

describe('invisible text in data', () => {
  for (const [what, edit, path] of [
    ['a title of zero-width spaces', (r: Role) => (r.title = ZWSP.repeat(2)), 'title'],
    ['a source name of a joiner and combining marks', (r: Role) => (r.salary!.source.name = `${ZWJ}${ACUTE}${ACUTE}`), 'salary.source.name'],
  ] as const) {
    it(`refuses ${what}, saying where`, async () => {
      const role = seed();
      edit(role);
      const { el, events } = await mount<RoleElement>(html`<salary-card .data=${role}></salary-card>`);
      expect(el.state).to.equal('error');
      const { error } = (events[0] as JobErrorEvent).detail;
      expect(error.issues).to.deep.equal([{ path, message: 'must contain a visible character (not only spaces, invisible characters or marks)' }]);
    });
  }
});

describe('stacked combining marks in data', () => {
  it('paint inside the card: nothing above it on the page, nothing over its top border', async () => {
    const { el } = await mount<RoleElement>(html`<div style="background: #fff; font: 16px/1.5 sans-serif; padding: 200px 20px 20px; inline-size: 30rem">
      <salary-card theme="light" .data=${withSource(`S${MARKS}`)}></salary-card>
    </div>`);
    const card = el.shadowRoot!.querySelector('[part="card"]')!.getBoundingClientRect();
    const name = rectOf(textNodes(el.shadowRoot!).find((t) => t.data.startsWith('S\u0301'))!, 0, 1);
    const x = name.left - 8;
    const width = name.width + 16;
    expect(await inkIn({ x, y: card.top - 180, width, height: 179 }), 'ink above the card').to.equal(0);
    // The accent border (0.25rem of #2563eb) above the name: only the accent colour.
    expect(await inkIn({ x, y: card.top + 1, width, height: 2 }, [0x25, 0x63, 0xeb]), 'ink on the border').to.equal(0);
  });

  it('paint inside the badge’s line: the host’s line above stays clear', async () => {
    const { el } = await mount<RoleElement>(html`<p style="background: #fff; color: #000; font: 16px/1.5 sans-serif; margin: 0; padding-block-start: 120px; white-space: nowrap">
      Top<br />Developers earn <salary-card variant="badge" .data=${withSource(`S${MARKS}`)}></salary-card> a year.
    </p>`);
    const name = rectOf(textNodes(el.shadowRoot!).find((t) => t.data.startsWith('S\u0301'))!, 0, 1);
    const first = el.parentElement!.firstChild as Text;
    const top = rectOf(first, first.data.indexOf('Top'), first.data.indexOf('Top') + 3);
    // The name is to the right of "Top": the rectangle above it, up to the middle of the line above, must be clear.
    expect(name.left).to.be.greaterThan(top.right + 8);
    const middleOfTop = (top.top + top.bottom) / 2;
    expect(await inkIn({ x: name.left - 4, y: middleOfTop - 100, width: name.width + 8, height: 100 })).to.equal(0);
  });
});
