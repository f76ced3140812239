/**
 * The salary range graphic (src/parts/range.ts) as the browser draws it, prerendered and live (issue 18):
 * a made-up role with percentiles (fixtures/range-role.js) on /ssr/range (test/server.js), where each
 * element is prerendered by job-widgets/ssr beside the same element left to the script. Measured in
 * the page as laid out (the shapes' boxes) and as painted (screenshots): a chart whose box and median
 * line paint nothing has the right attributes in its markup and is still blank.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { along, RANGE } from './fixtures/range-role.js';
import { SETTLE } from './helpers.js';
import { bestContrast, screenshot, type RGB } from './fixtures/paint.js';

const SVG = 'http://www.w3.org/2000/svg';
const THEMES = ['light', 'dark'] as const;
const ELEMENTS = ['salary-card', 'job-profile'] as const;
type Theme = (typeof THEMES)[number];
type Kind = 'prerendered' | 'live';

/** The themes' colours (src/core/styles.ts): what the card is painted on, its accent and its text. */
const PALETTE: Record<Theme, { surface: RGB; accent: RGB; text: RGB }> = {
  light: { surface: [255, 255, 255], accent: [0x25, 0x63, 0xeb], text: [0x1f, 0x29, 0x37] },
  dark: { surface: [0x11, 0x18, 0x27], accent: [0x60, 0xa5, 0xfa], text: [0xf3, 0xf4, 0xf6] },
};
/** The bar's colour: 35% of the accent over the surface. */
const barColour = (t: Theme): RGB => PALETTE[t].accent.map((a, i) => Math.round(a * 0.35 + PALETTE[t].surface[i]! * 0.65)) as RGB;

interface Page {
  frame: HTMLIFrameElement;
  doc: Document;
  win: Window & typeof globalThis;
}

/** /ssr/range in an iframe at the top left of the viewport (where screenshots see it), scripts not yet added. */
async function openRange(): Promise<Page> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'position: fixed; inset: 0 auto auto 0; width: 760px; height: 560px; border: 0; z-index: 2147483647';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = '/ssr/range';
  document.body.append(frame);
  await loaded;
  return { frame, doc: frame.contentDocument!, win: frame.contentWindow as Window & typeof globalThis };
}

afterEach(() => {
  for (const frame of document.querySelectorAll('iframe')) frame.remove();
});

/** The element of a row: prerendered, or left to the script. */
const elementOf = (doc: Document, element: string, theme: Theme, kind: Kind) =>
  doc.querySelector(`.row[data-element="${element}"][data-theme="${theme}"] [data-kind="${kind}"] > ${element}`)!;

/** The range graphics below `root`, through shadow roots. */
function graphicsIn(root: Element | ShadowRoot): SVGSVGElement[] {
  const found: SVGSVGElement[] = [];
  for (const el of root.querySelectorAll('*')) {
    if (el.localName === 'svg' && el.classList.contains('range')) found.push(el as SVGSVGElement);
    if (el.shadowRoot) found.push(...graphicsIn(el.shadowRoot));
  }
  return found;
}

/** The one range graphic of an element (prerendered: in its declarative shadow root). */
function graphicOf(el: Element): SVGSVGElement {
  expect(el.shadowRoot, `${el.localName} has a shadow root`).to.exist;
  const graphics = graphicsIn(el.shadowRoot!);
  expect(graphics, `range graphics in ${el.localName}`).to.have.length(1);
  return graphics[0]!;
}

interface Geometry {
  svg: DOMRect;
  bar: DOMRect;
  box: DOMRect;
  median: DOMRect;
}

/**
 * The bar, box and median line of `graphic`, checked: SVG graphics elements (of the frame's window),
 * each painted (a fill or stroke, not hidden) over an area, the box and median inside the bar at the
 * percentiles' places within a pixel.
 */
function geometryOf(graphic: SVGSVGElement, what: string): Geometry {
  const win = graphic.ownerDocument.defaultView as Window & typeof globalThis;
  const [bar, box, median] = ['.whisker', '.box', '.median'].map((s) => graphic.querySelector(s));
  for (const [name, shape] of [['bar', bar], ['box', box], ['median', median]] as const) {
    expect(shape, `${what}: the ${name}`).to.exist;
    expect(shape!.namespaceURI, `${what}: the ${name}'s namespace`).to.equal(SVG);
    expect(shape instanceof win.SVGGraphicsElement, `${what}: the ${name} is an SVG graphics element`).to.be.true;
    const style = win.getComputedStyle(shape!);
    expect([style.display, style.visibility], `${what}: the ${name} is shown`).to.deep.equal(['inline', 'visible']);
    expect(Number(style.opacity), `${what}: the ${name}'s opacity`).to.equal(1);
  }
  const paint = (shape: Element, property: 'fill' | 'stroke') => win.getComputedStyle(shape)[property];
  expect(paint(bar!, 'fill'), `${what}: the bar's fill`).not.to.equal('none');
  expect(paint(box!, 'fill'), `${what}: the box's fill`).not.to.equal('none');
  expect(paint(median!, 'stroke'), `${what}: the median's stroke`).not.to.equal('none');
  expect(parseFloat(win.getComputedStyle(median!).strokeWidth), `${what}: the median's stroke width`).to.be.above(0);

  const g: Geometry = { svg: graphic.getBoundingClientRect(), bar: bar!.getBoundingClientRect(), box: box!.getBoundingClientRect(), median: median!.getBoundingClientRect() };
  expect(g.bar.width * g.bar.height, `${what}: the bar's area`).to.be.above(0);
  expect(g.box.width * g.box.height, `${what}: the box's area`).to.be.above(0);
  expect(g.median.height, `${what}: the median's length`).to.be.above(0);
  const x = (amount: number) => g.bar.left + along(amount) * g.bar.width;
  expect(g.box.left, `${what}: the box's left edge (25th percentile)`).to.be.closeTo(x(RANGE.p25), 1);
  expect(g.box.right, `${what}: the box's right edge (75th percentile)`).to.be.closeTo(x(RANGE.p75), 1);
  expect(middle(g.median), `${what}: the median line`).to.be.closeTo(x(RANGE.median), 1);
  for (const [name, r] of [['box', g.box], ['median', g.median]] as const) {
    expect(r.left, `${what}: the ${name} starts inside the bar`).to.be.at.least(g.bar.left - 0.5);
    expect(r.right, `${what}: the ${name} ends inside the bar`).to.be.at.most(g.bar.right + 0.5);
  }
  // Across, the box and the line are centred on the bar, and the bar's 4 units of 12 are a third of the chart.
  expect(middle(g.box, 'y'), `${what}: the box centred on the bar`).to.be.closeTo(middle(g.bar, 'y'), 0.5);
  expect(g.bar.height, `${what}: the bar's thickness`).to.be.closeTo(g.svg.height / 3, 0.5);
  return g;
}

const middle = (r: DOMRect, axis: 'x' | 'y' = 'x') => (axis === 'x' ? r.left + r.width / 2 : r.top + r.height / 2);

/** The geometry relative to the bar: each edge as a fraction of the bar's width from its left end; heights as they are. */
const relative = (g: Geometry) => {
  const f = (x: number) => (x - g.bar.left) / g.bar.width;
  return { boxLeft: f(g.box.left), boxRight: f(g.box.right), median: f(middle(g.median)), barHeight: g.bar.height, boxHeight: g.box.height, medianHeight: g.median.height };
};

/** Puts the script on the page and waits for every element's first `job-load` (the takeover), then two frames. */
async function addScript({ doc, win }: Page): Promise<void> {
  const elements = [...doc.querySelectorAll(ELEMENTS.join(','))];
  const loaded = new Set<EventTarget>();
  doc.addEventListener('job-load', (e) => loaded.add(e.target!), true);
  const script = doc.createElement('script');
  script.type = 'module';
  script.src = '/dist/job-widgets.js';
  doc.head.append(script);
  await waitUntil(() => elements.every((el) => loaded.has(el)), 'not every element fired job-load', SETTLE);
  await Promise.all(elements.map((el) => (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete));
  await new Promise((resolve) => win.requestAnimationFrame(() => win.requestAnimationFrame(resolve)));
}

/** The rectangles of `g` from the top left of `host`, to the quarter pixel. */
const rects = (g: Geometry, host: Element) => {
  const origin = host.getBoundingClientRect();
  return Object.fromEntries(Object.entries(g).map(([k, r]) => [k, [r.left - origin.left, r.top - origin.top, r.width, r.height].map((n: number) => Math.round(n * 4) / 4)]));
};

describe('salary range graphic, prerendered and live', () => {
  it('draws the bar, box and median line as SVG where the percentiles put them, alike before and after the takeover and live', async () => {
    const page = await openRange();
    expect(page.win.customElements.get('salary-card'), 'no script yet').to.be.undefined;
    const cases = ELEMENTS.flatMap((element) => THEMES.map((theme) => ({ element, theme, what: `<${element}> ${theme}` })));
    // (Where in its element: the elements left to the script are empty until it runs, so rows move down.)
    const before = new Map(
      cases.map((c) => {
        const el = elementOf(page.doc, c.element, c.theme, 'prerendered');
        return [c.what, { rects: rects(geometryOf(graphicOf(el), `${c.what} prerendered`), el), size: [el.clientWidth, el.clientHeight] }];
      }),
    );

    await addScript(page);
    for (const c of cases) {
      const prerendered = elementOf(page.doc, c.element, c.theme, 'prerendered');
      expect(prerendered.matches(':defined'), `${c.what}: taken over`).to.be.true;
      const after = geometryOf(graphicOf(prerendered), `${c.what} taken over`);
      const live = geometryOf(graphicOf(elementOf(page.doc, c.element, c.theme, 'live')), `${c.what} live`);
      // Taken over, the chart is where it was in its element, to the quarter pixel, and the element as large.
      expect(rects(after, prerendered), `${c.what}: prerendered, then taken over`).to.deep.equal(before.get(c.what)!.rects);
      expect([prerendered.clientWidth, prerendered.clientHeight], `${c.what}: the element's size`).to.deep.equal(before.get(c.what)!.size);
      // The live element in a column as wide draws the same chart: relative to the bar, within a pixel.
      expect(live.bar.width, `${c.what}: the bars' widths`).to.be.closeTo(after.bar.width, 0.5);
      const [a, b] = [relative(after), relative(live)];
      for (const key of Object.keys(a) as (keyof typeof a)[]) {
        const tolerance = key.endsWith('Height') ? 0.5 : 1 / after.bar.width;
        expect(b[key], `${c.what}: ${key}, live vs prerendered`).to.be.closeTo(a[key], tolerance);
      }
    }
  });
});

/** The painted pixels of `rect` (of the frame at the viewport's top left). */
const screenshotIn = (frame: HTMLIFrameElement, rect: DOMRect) => screenshot(rect, frame.getBoundingClientRect());

const near = (data: Uint8ClampedArray, i: number, colour: RGB, tolerance = 40) => colour.every((c, k) => Math.abs(data[i + k]! - c) <= tolerance);

/** How many pixels of the columns [x0, x1) and rows [y0, y1) of `image` are near each colour. */
function count(image: ImageData, [x0, x1]: [number, number], [y0, y1]: [number, number], colours: Record<string, RGB>): Record<string, number> & { all: number } {
  const counts: Record<string, number> & { all: number } = { all: 0 };
  for (const name of Object.keys(colours)) counts[name] = 0;
  for (let y = Math.max(0, Math.round(y0)); y < Math.min(image.height, Math.round(y1)); y++) {
    for (let x = Math.max(0, Math.round(x0)); x < Math.min(image.width, Math.round(x1)); x++) {
      const i = (y * image.width + x) * 4;
      counts.all++;
      for (const [name, colour] of Object.entries(colours)) if (near(image.data, i, colour)) counts[name]!++;
    }
  }
  return counts;
}

/**
 * Checks the painted chart of `graphic`: across the bar's thickness, the box's stretch (less the median's
 * neighbourhood) is the box's colour, the stretches outside it the bar's, and a column at the median
 * has the median's colour over the whole height of the box.
 */
async function checkPainted(frame: HTMLIFrameElement, graphic: SVGSVGElement, theme: Theme, what: string): Promise<void> {
  graphic.scrollIntoView({ block: 'center' });
  await new Promise((resolve) => graphic.ownerDocument.defaultView!.requestAnimationFrame(resolve));
  const svg = graphic.getBoundingClientRect();
  const image = await screenshotIn(frame, svg);
  const left = svg.left - Math.floor(svg.left);
  const top = svg.top - Math.floor(svg.top);
  const barStart = left + svg.width * 0.02;
  const barWidth = svg.width * 0.96;
  const x = (amount: number) => barStart + along(amount) * barWidth;
  const colours = { box: PALETTE[theme].accent, bar: barColour(theme), median: PALETTE[theme].text };
  // Rows well inside the bar's thickness (4 to 8 of 12 units) and columns a pixel or two inside each shape.
  const rows: [number, number] = [top + (svg.height * 4.5) / 12, top + (svg.height * 7.5) / 12];
  const m = x(RANGE.median);
  const inBox = [count(image, [x(RANGE.p25) + 2, m - 5], rows, colours), count(image, [m + 5, x(RANGE.p75) - 2], rows, colours)];
  for (const c of inBox) {
    expect(c.all, `${what}: pixels counted in the box`).to.be.above(20);
    expect(c.box / c.all, `${what}: share of the box's colour in the box (${JSON.stringify(c)})`).to.be.above(0.95);
  }
  const outside = [count(image, [barStart + 4, x(RANGE.p25) - 2], rows, colours), count(image, [x(RANGE.p75) + 2, barStart + barWidth - 4], rows, colours)];
  for (const c of outside) expect(c.bar / c.all, `${what}: share of the bar's colour beside the box (${JSON.stringify(c)})`).to.be.above(0.95);
  // The median line: in the box's rows (2 to 10 of 12 units), some pixel of each row near x is the median's colour.
  const boxRows: [number, number] = [top + (svg.height * 2.5) / 12, top + (svg.height * 9.5) / 12];
  for (let y = Math.round(boxRows[0]); y < Math.round(boxRows[1]); y++) {
    const c = count(image, [m - 2, m + 3], [y, y + 1], colours);
    expect(c.median, `${what}: the median line's colour in row ${y} of the screenshot (${JSON.stringify(c)})`).to.be.at.least(1);
  }
  // It stands out from the box (WCAG 1.4.11, 3:1 for the parts of a graphic): in each of the box's rows,
  // some pixel at the median contrasts at least 3:1 with the box's colour beside it.
  for (let y = Math.round(boxRows[0]); y < Math.round(boxRows[1]); y++) {
    expect(bestContrast(image, [m - 3, m + 4], y, colours.box), `${what}: the median's contrast with the box in row ${y}`).to.be.at.least(3);
  }
  // A line a pixel or two wide, whatever the chart's width (the graphic is stretched to it sideways: a
  // stroke that scaled with it would be a bar 5 px wide in a 360 px card, 13 in a 900 px one).
  const row = Math.round(middle(new DOMRect(0, rows[0], 0, rows[1] - rows[0]), 'y'));
  const wide = count(image, [m - 12, m + 12], [row, row + 1], colours);
  expect(wide.median, `${what}: the median line's width in pixels (${svg.width.toFixed(0)} px chart)`).to.be.at.most(3);
}

describe('salary range graphic, as painted', () => {
  for (const theme of THEMES) {
    it(`paints the box and the median line over the bar, prerendered, taken over and live (${theme} theme)`, async () => {
      const page = await openRange();
      for (const element of ELEMENTS) {
        await checkPainted(page.frame, graphicOf(elementOf(page.doc, element, theme, 'prerendered')), theme, `<${element}> prerendered`);
      }
      await addScript(page);
      for (const element of ELEMENTS) {
        for (const kind of ['prerendered', 'live'] as const) {
          await checkPainted(page.frame, graphicOf(elementOf(page.doc, element, theme, kind)), theme, `<${element}> ${kind === 'live' ? kind : 'taken over'}`);
        }
      }
    });
  }
});
