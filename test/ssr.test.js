// The server renderer as a static site generator calls it (job-widgets/ssr, after the build), and the
// `job-widgets render` command. The browser side of the snippets is in test/prerendered.test.ts.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { ELEMENTS, RenderError, renderElement } from '../tools/dist/ssr.js';
import { readRole } from './fixtures/read-role.js';
import { sampleRole } from './fixtures/sample-role.js';
import { SCRIPT_BREAKOUT, SCRIPT_LINK_TEMPLATES, SCRIPT_URL } from './fixtures/hostile.js';

const seed = readRole('back-end-developer');
const cli = new URL('../tools/dist/cli.js', import.meta.url).pathname;
const run = (...args) => spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8' });

/** The text of a snippet without its tags, styles and inline data, entities decoded. */
const textOf = (snippet) =>
  snippet
    .replace(/<style>.*?<\/style>|<script[^>]*>.*?<\/script>/gs, ' ')
    .replace(/<!--.*?-->|<\?lit\$\d+\$>/gs, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\u2060/g, '')
    .replace(/\s+/g, ' ');

describe('renderElement (job-widgets/ssr)', () => {
  for (const element of ELEMENTS) {
    it(`renders <${element}> with a declarative shadow root holding its styles and content`, async () => {
      const role = sampleRole(element);
      const html = await renderElement({ element, role });
      // The opening tag alone on its first line: Markdown then keeps the whole snippet as one HTML block.
      assert.match(html, new RegExp(`^<${element} [^>]*state="ready"[^>]*>\n<template shadowroot="open" shadowrootmode="open"><style><!--`));
      assert.ok(html.endsWith(`</${element}>`), 'the snippet ends with its closing tag');
      assert.doesNotMatch(html, /^<!--|-->$/, 'the markers of the outer template are gone');
      assert.ok(textOf(html).length > 40, 'the card has content');
    });
  }

  it('renders the whole profile with every part inside, each with its own shadow root', async () => {
    const html = await renderElement({ role: 'back-end-developer' });
    const text = textOf(html);
    for (const fact of ['Back-end Developer', seed.summary, '$106,677 per year', '+22%', '64,957', 'Source: Salary.com', seed.faq[6].answer]) {
      assert.ok(text.includes(fact), `missing: ${fact}`);
    }
    assert.equal(html.match(/shadowrootmode="open"/g).length, 7, 'the profile and its six parts');
    assert.match(html, /^<job-profile job="back-end-developer" lang="en-US" state="ready">/);
  });

  it('carries a bundled role by its id, and a document as inline JSON the element reads', async () => {
    const bundled = await renderElement({ element: 'skill-list', role: 'back-end-developer' });
    assert.doesNotMatch(bundled, /application\/json/);
    const own = { ...seed, id: 'my-role', title: 'My Role' };
    const html = await renderElement({ element: 'skill-list', role: own });
    assert.doesNotMatch(html, /<skill-list[^>]* job=/);
    const json = /<script type="application\/json">(.*)<\/script><\/skill-list>$/s.exec(html)?.[1];
    assert.ok(json, 'the inline JSON is the last child');
    assert.equal(JSON.parse(json).title, 'My Role');
  });

  it('keeps hostile text as text: nothing in the data can close the inline script or add markup', async () => {
    const attack = SCRIPT_BREAKOUT;
    const html = await renderElement({ element: 'job-profile', role: { ...seed, title: attack, summary: `<!-- ${attack}` } });
    assert.equal(html.match(/<script/g).length, 1, 'one script element: the inline JSON');
    assert.doesNotMatch(html, /<img/);
    assert.doesNotMatch(html, /<\/script>(?!<\/job-profile>$)/, 'only the inline JSON closes a script');
    const json = /<script type="application\/json">(.*)<\/script><\/job-profile>$/s.exec(html)[1];
    assert.equal(JSON.parse(json).title, attack, 'the element reads the same text back');
    assert.ok(textOf(html).includes(attack));
  });

  it('passes the attributes on and renders in the language asked for', async () => {
    const html = await renderElement({
      element: 'salary-card',
      role: 'data-scientist',
      attributes: { theme: 'dark', lang: 'es', 'heading-level': 3, include: 'growth openings' },
    });
    assert.match(html, /^<salary-card job="data-scientist" theme="dark" lang="es" heading-level="3" include="growth openings" state="ready"/);
    assert.match(html, /<h3 part="heading title">/); // the card's own heading (parts `heading` and `title`)
    assert.ok(textOf(html).includes('112.590'), 'Spanish number format');
    assert.match(textOf(html), /Salario mediano/);
  });

  it('writes the FAQ of a role without one, in the same render', async () => {
    const html = await renderElement({ element: 'job-faq', role: 'data-scientist', attributes: { lang: 'es' } });
    assert.match(textOf(html), /¿Qué hace quien trabaja como Data Scientist\?/);
  });

  it('keeps a relative job-href as written, for the page it lands in to resolve; refuses other schemes', async () => {
    const link = async (template) =>
      /<a href="([^"]*)">(?:<!--[^>]*-->)*Full Stack Developer/.exec(
        await renderElement({ element: 'related-jobs', role: 'back-end-developer', attributes: { 'job-href': template } }),
      )?.[1];
    assert.equal(await link('/careers/{id}'), '/careers/full-stack-developer');
    assert.equal(await link('careers/{id}'), 'careers/full-stack-developer');
    assert.equal(await link('#{id}'), '#full-stack-developer');
    assert.equal(await link('?job={id}'), '?job=full-stack-developer');
    assert.equal(await link('/.//evil.example/{id}'), '/.//evil.example/full-stack-developer'); // a path, as in the browser
    assert.equal(await link('https://jobs.example/{id}'), 'https://jobs.example/full-stack-developer');
    for (const hostile of SCRIPT_LINK_TEMPLATES) {
      assert.equal(await link(hostile), undefined, hostile);
    }
  });

  it('keeps attribute values byte for byte, so the live card links where the prerendered one does', async () => {
    const decode = (v) => v.replace(/&#10;/g, '\n').replace(/&#13;/g, '\r').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
    for (const template of ['/a  b/{id}', ' /jobs/{id}?q=a   b ', '/x\t\ty/{id}', '/l\n  m/{id}#"  &  \'']) {
      const html = await renderElement({ element: 'job-card', role: 'back-end-developer', attributes: { 'job-href': template, include: 'growth  openings' } });
      const open = /^<job-card[^>]*>/.exec(html)[0];
      assert.equal(decode(/ job-href="([^"]*)"/.exec(open)[1]), template, 'the attribute the live element reads');
      assert.equal(decode(/ include="([^"]*)"/.exec(open)[1]), 'growth  openings');
      // The live element resolves its job-href against the page; the prerendered link, in the page, does too.
      const base = 'https://site.example/blog/post.html';
      const live = new URL(template.replaceAll('{id}', 'back-end-developer'), base).href;
      const prerendered = decode(/<a part="link" href="([^"]*)">/.exec(html)[1]);
      assert.equal(new URL(prerendered, base).href, live, JSON.stringify(template));
    }
  });

  it('renders the same HTML for the same input, every time', async () => {
    const once = await renderElement({ element: 'skill-list', role: 'back-end-developer', attributes: { limit: 3 } });
    assert.equal(await renderElement({ element: 'skill-list', role: 'back-end-developer', attributes: { limit: 3 } }), once);
  });

  it('links dist/styles/<tag>.css instead of inline styles when asked (strict CSP pages)', async () => {
    const html = await renderElement({ role: 'back-end-developer', stylesheets: 'https://cdn.example/job-widgets/dist/styles' });
    assert.doesNotMatch(html, /<style>/);
    assert.match(html, /<link rel="stylesheet" href="https:\/\/cdn\.example\/job-widgets\/dist\/styles\/job-profile\.css">/);
    assert.match(html, /<link rel="stylesheet" href="https:\/\/cdn\.example\/job-widgets\/dist\/styles\/salary-card\.css">/);
    const css = readFileSync(new URL('../dist/styles/salary-card.css', import.meta.url), 'utf8');
    const inline = await renderElement({ element: 'salary-card', role: 'back-end-developer' });
    assert.ok(inline.includes(`<style><!--${css}--></style>`), 'the file holds exactly the inline styles');
  });

  it('rejects a bad role with every problem by path, an unknown id, element or attribute', async () => {
    await assert.rejects(renderElement({ role: { ...seed, salary: { ...seed.salary, amount: '106k' }, id: 'Bad Id' } }), (error) => {
      assert.ok(error instanceof RenderError);
      assert.equal(error.kind, 'invalid-data');
      assert.deepEqual(
        error.issues.map((i) => i.path),
        ['id', 'salary.amount'],
      );
      return true;
    });
    await assert.rejects(renderElement({ role: 'data-wizard' }), { kind: 'unknown-job' });
    await assert.rejects(renderElement({ element: 'job-wizard', role: 'data-scientist' }), { kind: 'usage' });
    await assert.rejects(renderElement({ role: 'data-scientist', attributes: { onclick: 'x' } }), { kind: 'usage' });
    // A language the browser would skip (falling back to the page's) would make the live card differ.
    await assert.rejects(renderElement({ role: 'data-scientist', attributes: { lang: 'en_US' } }), { kind: 'usage' });
    await assert.rejects(renderElement({ role: 'data-scientist', attributes: { locale: '' } }), { kind: 'usage' });
    await assert.rejects(renderElement({ role: 'data-scientist', stylesheets: 'javascript:alert(1)//' }), { kind: 'usage' });
    await assert.rejects(renderElement({ role: 'data-scientist', stylesheets: 'data:x' }), { kind: 'usage' });
    await assert.rejects(renderElement({ role: { ...seed, skills: [{ name: 'x', url: SCRIPT_URL }] } }), { kind: 'invalid-data' });
  });
});

describe('renderElement: <job-compare>', () => {
  const ids = 'data-scientist database-architect';
  const [ds, da] = [readRole('data-scientist'), readRole('database-architect')];

  it('renders two bundled roles side by side, carried by their ids, with a fallback of every figure', async () => {
    const html = await renderElement({ element: 'job-compare', role: ' Data-Scientist,database-architect ' });
    assert.match(html, /^<job-compare job="data-scientist database-architect" lang="en-US" state="ready">\n<template shadowroot="open" shadowrootmode="open">/);
    assert.doesNotMatch(html, /application\/json/, 'bundled roles are requested by id');
    const text = textOf(html);
    for (const fact of ['Compare: Data Scientist and Database Architect', '$112,590', '$135,980', '+34%', '+9%', '23,400', '4,000', 'Source: U.S. Bureau of Labor Statistics']) {
      assert.ok(text.includes(fact), `missing: ${fact}`);
    }
    assert.match(html, /<table part="table">/);
    assert.equal((html.match(/<th scope="col">/g) ?? []).length, 2);
    const fallback = /<ul data-job-fallback>(.*?)<\/ul><\/job-compare>$/s.exec(html)?.[1];
    assert.ok(fallback, 'the fallback is the last child');
    const items = fallback.split('</li>').filter(Boolean);
    assert.equal(items.length, 2);
    assert.match(items[0], /^<li><strong>Data Scientist<\/strong>: Median salary \(US\): \$112,590 per year \(Source: <a href="https:\/\/www\.bls\.gov\/ooh\/math\/home\.htm">/);
    assert.match(items[1], /Database Architect.*\+9%.*4,000/);
  });

  it('renders the same comparison from ids, an array and a comparison document; documents go inline', async () => {
    const byIds = await renderElement({ element: 'job-compare', role: ids });
    assert.equal(await renderElement({ element: 'job-compare', role: ['data-scientist', 'database-architect'] }), byIds);
    const own = { ...ds, id: 'my-role', title: 'My Role' };
    for (const role of [[own, 'database-architect'], { roles: [own, da] }]) {
      const html = await renderElement({ element: 'job-compare', role });
      assert.doesNotMatch(html, /<job-compare[^>]* job=/);
      const json = JSON.parse(/<script type="application\/json">(.*)<\/script><\/job-compare>$/s.exec(html)[1]);
      assert.deepEqual(json.roles.map((r) => r.title), ['My Role', 'Database Architect']);
      assert.ok(textOf(html).includes('Compare: My Role and Database Architect'));
    }
  });

  it('notes figures of different years, and renders Spanish', async () => {
    const older = { ...da, id: 'older', salary: { ...da.salary, asOf: '2020-05' } };
    const html = await renderElement({ element: 'job-compare', role: [ds, older], attributes: { lang: 'es' } });
    assert.match(textOf(html), /112\.590/);
    assert.match(html, /<ul part="notes" class="notes">/);
  });

  it("says in the fallback where a figure is a wider group's", async () => {
    const html = await renderElement({ element: 'job-compare', role: 'software-developer data-scientist' });
    const fallback = /<ul data-job-fallback>(.*?)<\/ul>/s.exec(html)[1];
    assert.match(fallback, /\+17% \(For software developers, quality assurance analysts and testers as one group; Source: /);
    assert.match(await renderElement({ element: 'job-outlook', role: 'qa-engineer' }), /data-job-fallback>.*\(For software developers, quality assurance analysts and testers as one group; Source: /s);
  });

  it('refuses fewer than two or more than four roles, unknown ids and bad documents', async () => {
    for (const role of ['data-scientist', 'data-scientist data-scientist', [], 'a b c d e', undefined]) {
      await assert.rejects(renderElement({ element: 'job-compare', role }), { kind: 'usage' }, JSON.stringify(role));
    }
    await assert.rejects(renderElement({ element: 'job-compare', role: 'data-scientist data-wizard' }), { kind: 'unknown-job' });
    await assert.rejects(renderElement({ element: 'job-compare', role: { roles: [ds] } }), (error) => {
      assert.equal(error.kind, 'invalid-data');
      assert.deepEqual(error.issues.map((i) => i.path), ['roles']);
      return true;
    });
    await assert.rejects(renderElement({ element: 'job-compare', role: [ds, { ...da, salary: { ...da.salary, amount: 'x' } }] }), { kind: 'invalid-data' });
  });

  it('job-widgets render takes two to four ids or role files, or one comparison file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'job-widgets-'));
    const file = join(dir, 'mine.json');
    writeFileSync(file, JSON.stringify({ ...ds, id: 'mine', title: 'Mine' }));
    const both = join(dir, 'both.json');
    writeFileSync(both, JSON.stringify({ roles: [{ ...ds, id: 'mine', title: 'Mine' }, da] }));
    const byIds = run('render', 'data-scientist', 'database-architect', '--element', 'job-compare');
    assert.equal(byIds.status, 0, byIds.stderr);
    assert.match(byIds.stdout, /^<job-compare job="data-scientist database-architect" lang="en-US" state="ready">/);
    const byFiles = run('render', file, 'database-architect', '--element', 'job-compare');
    assert.equal(byFiles.status, 0, byFiles.stderr);
    assert.equal(run('render', both, '--element', 'job-compare').stdout, byFiles.stdout);
    for (const args of [['data-scientist'], ['a', 'b', 'c', 'd', 'e'], []]) {
      const result = run('render', ...args, '--element', 'job-compare');
      assert.equal(result.status, 2, args.join(' '));
      assert.match(result.stderr, /two to four|2 to 4/);
    }
    const unknown = run('render', 'data-scientist', 'data-wizard', '--element', 'job-compare');
    assert.equal(unknown.status, 1);
    assert.match(unknown.stderr, /Unknown job "data-wizard"/);
  });
});

describe('job-widgets render', () => {
  it('prints the same snippet as the API, for an id and for a file', async () => {
    const byId = run('render', 'back-end-developer', '--element', 'salary-card', '--variant=badge');
    assert.equal(byId.status, 0, byId.stderr);
    assert.equal(byId.stdout.trim(), await renderElement({ element: 'salary-card', role: 'back-end-developer', attributes: { variant: 'badge' } }));
    const dir = mkdtempSync(join(tmpdir(), 'job-widgets-'));
    const file = join(dir, 'mine.json');
    writeFileSync(file, JSON.stringify({ ...seed, id: 'mine', title: 'Mine' }));
    const byFile = run('render', file, '--theme', 'dark', '--lang', 'es');
    assert.equal(byFile.status, 0, byFile.stderr);
    assert.match(byFile.stdout, /^<job-profile theme="dark" lang="es" state="ready">/);
    assert.match(byFile.stdout, /"title":"Mine"/);
  });

  it('renders the directory of the bundled roles without a role argument', () => {
    const { status, stdout } = run('render', '--element', 'job-directory');
    assert.equal(status, 0);
    assert.match(textOf(stdout), /57 jobs/);
  });

  it('exits 1 with path-aware messages for a bad role file, an unknown id or element', () => {
    const dir = mkdtempSync(join(tmpdir(), 'job-widgets-'));
    const file = join(dir, 'bad.json');
    writeFileSync(file, JSON.stringify({ ...seed, salary: { ...seed.salary, amount: '106k' } }));
    const bad = run('render', file);
    assert.equal(bad.status, 1);
    assert.equal(bad.stdout, '');
    assert.match(bad.stderr, /bad\.json: salary\.amount: expected a number, got "106k"/);
    writeFileSync(file, '{ "id": ');
    assert.match(run('render', file).stderr, /bad\.json: invalid JSON: .*line 1/);
    assert.equal(run('render', 'data-wizard').status, 1);
    const element = run('render', 'back-end-developer', '--element', 'job-wizard');
    assert.equal(element.status, 1);
    assert.match(element.stderr, /Unknown element "job-wizard"/);
  });

  it('reads a bundled id as an id even where a folder has its name', () => {
    const dir = mkdtempSync(join(tmpdir(), 'job-widgets-'));
    mkdirSync(join(dir, 'back-end-developer'));
    const { status, stdout } = spawnSync(process.execPath, [cli, 'render', 'back-end-developer'], { encoding: 'utf8', cwd: dir });
    assert.equal(status, 0);
    assert.match(stdout, /^<job-profile job="back-end-developer"/);
  });

  it('exits 2 on a usage error: no role, an unknown option, an option without a value', () => {
    assert.equal(run('render').status, 2);
    assert.equal(run('render', 'back-end-developer', '--colour', 'red').status, 2);
    assert.equal(run('render', 'back-end-developer', '--theme').status, 2);
    assert.equal(run('render', 'back-end-developer', 'data-scientist').status, 2);
    const bad = run('render', 'back-end-developer', '--stylesheets', 'data:x');
    assert.equal(bad.status, 2);
    assert.match(bad.stderr, /Invalid stylesheets "data:x"/);
  });
});
