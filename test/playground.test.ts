/**
 * The playground's "Copy the embed snippet" (demo/playground.html), served with data/ as JSON as the
 * demo server serves it (/as-served/ of test/server.js). For a role whose text would end a script
 * element or swallow the page after it (`</script>`, `<!--<script>`), the snippet holds exactly one
 * JSON script with the same data, and what follows it stays: parsed by DOMParser, and written into a
 * page where the element renders it. The snippet's script tag loads this version from the CDN, or the
 * URL typed into the page's script-URL field (here the test server's dist/, so the card can render).
 */
import { SETTLE } from './helpers.js';
import { expect, waitUntil } from '@open-wc/testing';
import { backEndDeveloper as backEnd } from './fixtures/roles.js';

type Win = Window & typeof globalThis;

/**
 * A valid role with text that HTML would take for markup (a comment opener then a script tag, after
 * which a script element's first `</script>` no longer ends it), and the characters other escapers
 * touch. (No `-->` after it: that would end the swallowing.)
 */
const HOSTILE = {
  ...backEnd,
  title: 'Dev <!--<script> </script> x',
  summary: 'A CDATA end ]]> at R&D &amp; co, a line\u2028and a paragraph\u2029separator, </SCRIPT >.',
};

const { name, version } = await (await fetch('/package.json')).json();
const CDN_SCRIPT = `https://cdn.jsdelivr.net/npm/${name}@${version}/dist/job-widgets.js`;
const LOCAL_SCRIPT = new URL('/dist/job-widgets.js', location.href).href;

afterEach(() => {
  for (const frame of document.querySelectorAll('iframe')) frame.remove();
  localStorage.removeItem('job-widgets:script-url'); // the field's remembered value
});

/** A frame with `src` or `srcdoc`, once loaded. */
async function frame(attribute: 'src' | 'srcdoc', value: string) {
  const el = document.createElement('iframe');
  el.style.cssText = 'width: 1024px; height: 800px; border: 0';
  const loaded = new Promise((resolve) => el.addEventListener('load', resolve, { once: true }));
  el[attribute] = value;
  document.body.append(el);
  await loaded;
  return { doc: el.contentDocument!, win: el.contentWindow as Win };
}

/** The snippet the playground copies for `json` (the clipboard replaced by a recorder), loading the script from `script` if given. */
async function copiedSnippet(json: string, script?: string) {
  const { doc, win } = await frame('src', '/as-served/demo/playground.html');
  await waitUntil(() => doc.documentElement.hasAttribute('data-playground-ready'), 'the playground did not start', SETTLE);
  const copied: string[] = [];
  Object.defineProperty(win.navigator, 'clipboard', { configurable: true, value: { writeText: async (text: string) => void copied.push(text) } });
  if (script !== undefined) {
    const field = doc.getElementById('script-url') as HTMLInputElement;
    field.value = script;
    field.dispatchEvent(new win.Event('input', { bubbles: true }));
  }
  const textarea = doc.getElementById('json') as HTMLTextAreaElement;
  textarea.value = json;
  textarea.dispatchEvent(new win.Event('input', { bubbles: true }));
  (doc.getElementById('copy') as HTMLButtonElement).click();
  await waitUntil(() => copied.length === 1, 'nothing copied');
  return copied[0];
}

/** A host page with the snippet between two paragraphs. */
const hostPage = (snippet: string) => `<!doctype html><html lang="en"><head><meta charset="utf-8"></head><body><p id="before">before</p>\n${snippet}<p id="after">after</p></body></html>`;

/** One JSON script inside the element, with the data; the paragraph after the snippet is the body's. */
function expectIntact(doc: Document) {
  const json = doc.querySelectorAll('script[type="application/json"]');
  expect(json.length).to.equal(1);
  expect(doc.querySelectorAll('script').length).to.equal(2); // and the module script
  expect(json[0].parentElement!.localName).to.equal('job-profile');
  expect(doc.getElementById('after')?.parentElement, 'the paragraph after the snippet').to.equal(doc.body);
  expect(JSON.parse(json[0].textContent!)).to.deep.equal(HOSTILE);
}

describe('the playground\'s embed snippet', () => {
  it('keeps hostile JSON inside its script: parsed as HTML, one script with the same data, the page after it intact', async () => {
    const snippet = await copiedSnippet(JSON.stringify(HOSTILE, null, 2));
    expect(snippet.split('\n')[0]).to.equal(`<script type="module" src="${CDN_SCRIPT}"></script>`); // this version, from the CDN
    expectIntact(new DOMParser().parseFromString(hostPage(snippet), 'text/html'));
  });

  it('written into a page, renders the hostile text as text and leaves the rest of the page', async () => {
    const snippet = await copiedSnippet(JSON.stringify(HOSTILE), LOCAL_SCRIPT);
    expect(snippet.split('\n')[0]).to.equal(`<script type="module" src="${LOCAL_SCRIPT}"></script>`);
    const { doc } = await frame('srcdoc', hostPage(snippet));
    expectIntact(doc);
    const profile = doc.querySelector('job-profile')!;
    await waitUntil(() => profile.getAttribute('state') === 'ready', `state ${profile.getAttribute('state')}`, SETTLE);
    expect(profile.shadowRoot!.textContent).to.include(HOSTILE.title);
  });
});
