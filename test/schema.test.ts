import { expect } from '@open-wc/testing';
import { backEndDeveloper, seedRole } from './fixtures/roles.js';
import { parseRole, parseRoleIndex, type ValidationIssue } from '../src/schema/validate.js';
import { broken } from './broken-documents.js';
import { DISGUISED_LINKS } from './fixtures/hostile.js';

// Test documents are built by editing a copy of the bundled role, so `any` is the honest type here.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Doc = any;
const seed = (): Doc => seedRole();
const issuesOf = (doc: unknown): ValidationIssue[] => {
  const result = parseRole(doc);
  return result.ok ? [] : result.issues;
};
/** A document whose only link is `url`, so the test sees what validation makes of that link. */
const withLink = (url: unknown): Doc => {
  const doc = seed();
  doc.skills[0].url = url;
  return doc;
};

describe('role schema', () => {
  it('accepts the bundled back-end-developer role', () => {
    expect(issuesOf(backEndDeveloper)).to.deep.equal([]);
  });

  it('accepts a role with only the required fields, every figure section absent', () => {
    const result = parseRole({ id: 'x', title: 'X', summary: 'Does x.' });
    expect(result.ok).to.be.true;
  });

  it('accepts a one-line tagline of up to 100 characters, and a role without one', () => {
    expect(issuesOf({ ...seed(), tagline: 'x'.repeat(100) })).to.deep.equal([]);
    const doc = seed();
    delete doc.tagline;
    expect(issuesOf(doc)).to.deep.equal([]);
  });

  for (const [what, edit, expected] of broken) {
    it(`rejects ${what}, naming the path`, () => {
      const doc = seed();
      edit(doc);
      expect(issuesOf(doc)).to.have.deep.members(expected);
    });
  }

  it('rejects a document that is not an object', () => {
    expect(issuesOf(null)).to.deep.equal([{ path: '', message: 'expected an object, got null' }]);
    expect(issuesOf([])).to.deep.equal([{ path: '', message: 'expected an object, got a list' }]);
    expect(issuesOf('{"id":"x"}')).to.deep.equal([{ path: '', message: 'expected an object, got "{\\"id\\":\\"x\\"}"' }]);
  });
});

describe('text in role data', () => {
  // What must still pass: whitespace controls XML allows, other scripts, emoji (surrogate pairs),
  // combining marks on a letter, bidi controls inside real text.
  const fine: [string, (doc: Doc) => unknown][] = [
    ['tabs and line breaks in a summary', (d) => (d.summary = 'Builds servers.\n\tAnd APIs.\r\nAnd more.')],
    ['an emoji in a title', (d) => (d.title = 'Back-end Developer 🚀')],
    ['Arabic with an embedding in a source name', (d) => (d.salary.source.name = '\u202bمكتب العمل\u202c')],
    ['a decomposed accent in a title', (d) => (d.title = 'Dise\u0301n\u0303ador')],
    ['a zero-width joiner inside an emoji sequence', (d) => (d.employers = ['👩\u200d💻 studios'])],
  ];
  for (const [what, edit] of fine) {
    it(`accepts ${what}`, () => {
      const doc = seed();
      edit(doc);
      expect(issuesOf(doc)).to.deep.equal([]);
    });
  }

  it('refuses a control character in every text field, naming the field and the character', () => {
    const doc = seed();
    doc.path.steps[0].steps = [{ title: 'Learn\u001b[31m', text: 'x' }];
    doc.related[0].summary = 'A\u0008B';
    expect(issuesOf(doc)).to.have.deep.members([
      { path: 'path.steps[0].steps[0].title', message: 'contains a control character (U+001B) at position 6' },
      { path: 'related[0].summary', message: 'contains a control character (U+0008) at position 2' },
    ]);
  });

  it('counts the position in characters, an emoji being one', () => {
    const doc = seed();
    doc.title = '🚀🚀\u0003';
    expect(issuesOf(doc)).to.deep.equal([{ path: 'title', message: 'contains a control character (U+0003) at position 3' }]);
  });
});

describe('links in role data', () => {
  for (const url of DISGUISED_LINKS) {
    it(`rejects ${JSON.stringify(url).slice(0, 60)}`, () => {
      const issues = issuesOf(withLink(url));
      expect(issues).to.have.length(1);
      expect(issues[0]!.path).to.equal('skills[0].url');
    });
  }

  const good: [string, string][] = [
    ['https://example.com', 'https://example.com/'],
    ['http://example.com/path?q=1#part', 'http://example.com/path?q=1#part'],
    ['https://www.bls.gov/ooh/computer-and-information-technology/home.htm', 'https://www.bls.gov/ooh/computer-and-information-technology/home.htm'],
    ['HTTPS://EXAMPLE.COM/Path', 'https://example.com/Path'],
    ['  https://example.com/padded  ', 'https://example.com/padded'],
    ['https://example.com:8443/x', 'https://example.com:8443/x'],
    ['https://例え.jp/', 'https://xn--r8jz45g.jp/'],
    ['https://example.com/a b', 'https://example.com/a%20b'],
    ['https://example.com/"><script>', 'https://example.com/%22%3E%3Cscript%3E'],
  ];
  for (const [url, href] of good) {
    it(`accepts ${url.trim()} as ${href}`, () => {
      const result = parseRole(withLink(url));
      expect(result.ok, JSON.stringify(result)).to.be.true;
      if (result.ok) expect(result.data.skills![0]!.url).to.equal(href);
    });
  }
});

describe('role index schema: the directory fields', () => {
  const entry = { id: 'data-analyst', title: 'Data Analyst', summary: 'Turns data into answers.' };
  const problems = (doc: unknown) => {
    const result = parseRoleIndex(doc);
    return result.ok ? [] : result.issues.map((i) => `${i.path}: ${i.message}`);
  };

  it('takes a family, growth, skills and search terms', () => {
    const doc = {
      roles: [{ ...entry, family: 'data', growth: { percent: -3, period: { from: 2024, to: 2034 } }, skills: ['SQL'] }],
      searchTerms: [{ skill: 'SQL', terms: ['Sequel'] }],
    };
    expect(problems(doc)).to.deep.equal([]);
  });

  it('names the problem in a family outside the set, a growth without its period, or search terms of the wrong shape', () => {
    expect(problems({ roles: [{ ...entry, family: 'astrology' }] })).to.have.length(1).and.satisfy((p: string[]) => p[0]!.startsWith('roles[0].family: '));
    expect(problems({ roles: [{ ...entry, growth: { percent: 5 } }] })[0]).to.match(/^roles\[0\]\.growth\.period: /);
    expect(problems({ roles: [entry], searchTerms: { SQL: ['Sequel'] } })[0]).to.match(/^searchTerms: /);
    expect(problems({ roles: [entry], searchTerms: [{ skill: 'SQL', terms: [] }] })[0]).to.match(/^searchTerms\[0\]\.terms: /);
  });

  it('takes a role family in a role document, and refuses one outside the set', () => {
    const doc = seed();
    doc.family = 'data';
    expect(issuesOf(doc)).to.deep.equal([]);
    doc.family = 'Data';
    expect(issuesOf(doc).map((i) => i.path)).to.deep.equal(['family']);
  });
});
