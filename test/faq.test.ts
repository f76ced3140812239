/** The FAQ written from the data when a role has none: which questions, and their wording. */
import { expect } from '@open-wc/testing';
import { seedRole } from './fixtures/roles.js';
import { article, phrases as english, plural } from '../src/faq/en.js';
import { phrases as spanish, phrases as spanishPhrases } from '../src/faq/es.js';
import { formatMoney } from '../src/core/format.js';
import { bundledRole, bundledRoleIds } from '../src/data/bundled.js';
import { generateFaq } from '../src/faq/generate.js';
import type { Role } from '../src/schema/role.js';

const seedWithoutFaq = (): Role => {
  const role = seedRole();
  delete role.faq;
  return role;
};

/** Computer support specialists, with the BLS figures of ../shared/data/role-facts.md: a decline. */
const declining: Role = {
  id: 'computer-support-specialist',
  title: 'Computer Support Specialist',
  summary: 'Computer support specialists help people and organizations with their computers and networks.',
  salary: {
    amount: 61550,
    currency: 'USD',
    period: 'year',
    kind: 'median',
    region: 'US',
    asOf: '2024-05',
    source: { name: 'U.S. Bureau of Labor Statistics' },
  },
  growth: { percent: -3, period: { from: 2024, to: 2034 }, region: 'US', source: { name: 'U.S. Bureau of Labor Statistics' } },
  openings: { count: 50500, kind: 'per-year', period: { from: 2024, to: 2034 }, source: { name: 'U.S. Bureau of Labor Statistics' } },
  skills: [{ name: 'Troubleshooting', description: 'Finding out why something does not work.' }],
};

const noFigures: Role = {
  id: 'front-end-developer',
  title: 'Front-end Developer',
  summary: 'Front-end developers build what people see and use in the browser.',
  skills: [
    { name: 'HTML', description: 'Structure.' },
    { name: 'CSS', description: 'Style.' },
    { name: 'html', description: 'The same skill again, differently written.' },
    { name: 'JavaScript', description: 'Behaviour.' },
  ],
};

/** Intl puts no-break spaces in "106.677 US$" and "3 %"; the expectations use plain ones. */
const plain = (text: string | undefined) => text?.replace(/[\u00a0\u202f]/g, ' ');
const questions = (role: Role) => generateFaq(role, english, 'en-US', 'en').map((f) => f.question);
const answerTo = (role: Role, start: string, p = english, locale = 'en-US', lang = 'en') =>
  generateFaq(role, p, locale, lang).find((f) => f.question.startsWith(start))?.answer;

describe('generated FAQ', () => {
  it('asks the seed page’s questions of the seed role, answered from its data', () => {
    const role = seedWithoutFaq();
    expect(questions(role)).to.deep.equal([
      'What does a Back-end Developer do?',
      'How much does a Back-end Developer make?',
      'Is a Back-end Developer the same as a Back-end Engineer?',
      'Are Back-end Developers in demand?',
      'Is a Back-end Developer a good job?',
      'What skills does a Back-end Developer need?',
      'Is it too late to become a Back-end Developer at 35?',
    ]);
    expect(answerTo(role, 'What does')).to.equal(
      `${role.summary} Back-end Developers work for tech companies, e-commerce companies, software startups, and financial institutions. Common languages include Python, Ruby, Java, .NET, and Node.js.`,
    );
    expect(answerTo(role, 'How much')).to.equal('The average salary in the US is $106,677 per year, according to Salary.com.');
    expect(answerTo(role, 'Is a Back-end Developer the same')).to.equal('Yes. The job also goes by Back-end Engineer and SQL Developer.');
    expect(answerTo(role, 'Are ')).to.equal(
      'Yes. U.S. Bureau of Labor Statistics projects 22% growth in jobs in the US from 2020 to 2030, and comptia.org counts 64,957 total openings.',
    );
    expect(answerTo(role, 'What skills')).to.equal(
      'Back-end Developers need skills such as .NET, Python, Ruby, Java, Node.js, SQL, NoSQL databases, and Server architecture, among 18 in all.',
    );
    expect(answerTo(role, 'Is it too late')).to.equal(
      'No. You can become a Back-end Developer at any age: what counts is learning the skills, and comptia.org counts 64,957 total openings.',
    );
  });

  it('words a negative growth figure as a decline, never as demand', () => {
    const demand = answerTo(declining, 'Are ')!;
    expect(demand).to.equal(
      'U.S. Bureau of Labor Statistics projects a 3% decline in jobs in the US from 2024 to 2034, and about 50,500 openings are projected each year from 2024 to 2034 (U.S. Bureau of Labor Statistics).',
    );
    expect(demand).not.to.match(/\byes\b|high demand|grow/i);
    const good = answerTo(declining, 'Is a Computer Support Specialist a good job?')!;
    expect(good).to.contain('a 3% decline in jobs');
    expect(good).not.to.match(/great|growth/i);
    expect(answerTo(declining, 'How much')).to.equal(
      'The median salary in the US is $61,550 per year, according to U.S. Bureau of Labor Statistics (May 2024).',
    );
  });

  it('chooses "a" or "an" by sound', () => {
    expect(questions({ ...declining, title: 'Information Security Analyst' })[0]).to.equal('What does an Information Security Analyst do?');
    const cases: [string, 'a' | 'an'][] = [
      ['Information Security Analyst', 'an'],
      ['Back-end Developer', 'a'],
      ['UX Designer', 'a'],
      ['IT Analyst', 'an'],
      ['SQL Developer', 'an'],
      ['HR Specialist', 'an'],
      ['QA Engineer', 'a'],
      ['Engineer', 'an'],
      ['Unix Administrator', 'a'],
      ['User Researcher', 'a'],
      ['Hourly Tutor', 'an'],
      ['Online Tutor', 'an'],
      ['One-person Studio Owner', 'a'],
      ['European Sales Engineer', 'a'],
    ];
    expect(cases.map(([title]) => [title, article(title)])).to.deep.equal(cases);
  });

  it('makes plurals', () => {
    expect(['Analyst', 'Business Analyst', 'Secretary', 'Data Wiz', 'Coach', 'Attorney'].map(plural)).to.deep.equal([
      'Analysts',
      'Business Analysts',
      'Secretaries',
      'Data Wizes',
      'Coaches',
      'Attorneys',
    ]);
  });

  it('makes plurals of awkward titles: the head noun takes it', () => {
    const cases: [string, string][] = [
      ['Head of DevOps', 'Heads of DevOps'],
      ['Chief of Staff', 'Chiefs of Staff'],
      ['Data Scientist (ML)', 'Data Scientists (ML)'],
      ['MLOps Engineer', 'MLOps Engineers'],
      ['Director of Engineering (EMEA)', 'Directors of Engineering (EMEA)'],
      ['Engineer for Hire', 'Engineers for Hire'],
      ['VP of Sales', 'VPs of Sales'],
      ['CTO', 'CTOs'],
    ];
    expect(cases.map(([title]) => [title, plural(title)])).to.deep.equal(cases);
  });

  it('writes a plural for every bundled title that is the title and an ending', async () => {
    const { bundledIndex } = await import('../src/data/bundled.js');
    const index = (await bundledIndex()) as { roles: { title: string }[] };
    for (const { title } of index.roles) {
      const p = plural(title);
      expect(p.startsWith(title.replace(/\s*\(.*$/, '').replace(/y$/, '')), `${title} → ${p}`).to.equal(true);
      expect(p, title).to.match(/(s|es|ies)(\s\(.*\))?$|s of .+$|s for .+$|s in .+$|s to .+$/);
    }
  });

  it('asks only what a role without figures can answer, and names each skill once', () => {
    expect(questions(noFigures)).to.deep.equal([
      'What does a Front-end Developer do?',
      'What skills does a Front-end Developer need?',
      'Is it too late to become a Front-end Developer at 35?',
    ]);
    expect(answerTo(noFigures, 'What skills')).to.equal('Front-end Developers need skills such as HTML, CSS, and JavaScript.');
    expect(answerTo(noFigures, 'Is it too late')).to.equal(
      'No. You can become a Front-end Developer at any age: what counts is learning the skills.',
    );
  });

  it('asks only "what does it do" of a role with nothing else', () => {
    expect(questions({ id: 'x', title: 'Archivist', summary: 'Keeps records.' })).to.deep.equal(['What does an Archivist do?']);
  });

  it('writes the whole FAQ of awkward custom titles', () => {
    const role = (title: string): Role => ({ ...noFigures, id: 'x', title, skills: [{ name: 'Kubernetes', description: 'Containers.' }] });
    // Each question with its answer (the first answer without the summary it starts with).
    const faq = (title: string) => generateFaq(role(title), english, 'en-US', 'en').map((f, i) => `${f.question} ${i ? f.answer : f.answer.slice(noFigures.summary.length + 1)}`);
    expect(faq('Head of DevOps')[1]).to.equal('What skills does a Head of DevOps need? Heads of DevOps need skills such as Kubernetes.');
    expect(faq('Chief of Staff')[2]).to.equal('Is it too late to become a Chief of Staff at 35? No. You can become a Chief of Staff at any age: what counts is learning the skills.');
    expect(faq('Chief of Staff')[1]).to.equal('What skills does a Chief of Staff need? Chiefs of Staff need skills such as Kubernetes.');
    expect(faq('Data Scientist (ML)')[1]).to.equal('What skills does a Data Scientist (ML) need? Data Scientists (ML) need skills such as Kubernetes.');
    expect(faq('MLOps Engineer')[0]).to.match(/^What does an MLOps Engineer do\?/);
    expect(faq('MLOps Engineer')[1]).to.equal('What skills does an MLOps Engineer need? MLOps Engineers need skills such as Kubernetes.');
  });

  it('takes the plural and the article from the role where it gives them (grammar)', () => {
    const role: Role = {
      ...declining,
      title: 'Animator and Special Effects Artist',
      alsoKnownAs: ['Animator', 'VFX Artist'],
      grammar: { plural: 'Animators and Special Effects Artists', article: 'an' },
    };
    const faq = generateFaq(role, english, 'en-US', 'en');
    expect(faq.map((f) => f.question)).to.include.members([
      'What does an Animator and Special Effects Artist do?',
      'Are Animators and Special Effects Artists in demand?',
      // Another name that is part of the title is not asked about: "the same as an Animator?" would be odd.
      'Is an Animator and Special Effects Artist the same as a VFX Artist?',
    ]);
    expect(faq.find((f) => f.question.startsWith('What skills'))!.answer).to.match(/^Animators and Special Effects Artists need skills/);
    expect(generateFaq({ ...role, title: 'Hour Planner', grammar: { article: 'a' } }, english, 'en-US', 'en')[0]!.question).to.equal('What does a Hour Planner do?');
  });

  it('says a figure’s qualifier with the figure ("for … as one group")', () => {
    const note = 'For software developers, quality assurance analysts and testers as one group';
    const role: Role = { ...declining, salary: { ...declining.salary!, note: 'For computer support specialists as a whole' }, growth: { ...declining.growth!, note }, openings: { ...declining.openings!, note } };
    const faq = generateFaq(role, english, 'en-US', 'en');
    const answer = (start: string) => faq.find((f) => f.question.startsWith(start))!.answer;
    expect(answer('How much')).to.equal('The median salary in the US is $61,550 per year, according to U.S. Bureau of Labor Statistics (May 2024; for computer support specialists as a whole).');
    expect(answer('Are ')).to.equal(
      `U.S. Bureau of Labor Statistics projects a 3% decline in jobs in the US from 2024 to 2034 (for software developers, quality assurance analysts and testers as one group), and about 50,500 openings are projected each year from 2024 to 2034 (U.S. Bureau of Labor Statistics; for software developers, quality assurance analysts and testers as one group).`,
    );
    expect(answer('Is a Computer')).to.contain('(U.S. Bureau of Labor Statistics; for computer support specialists as a whole)');
    const spanish = generateFaq(role, spanishPhrases, 'es-ES', 'es');
    // Growth in "demand" and "good job", openings in "demand" and "too late".
    expect(spanish.filter((f) => f.answer.includes(note)).map((f) => f.question.slice(0, 12))).to.deep.equal(['¿Hay demanda', '¿Es un buen ', '¿Es demasiad']);
    expect(spanish.find((f) => f.question.startsWith('¿Cuánto'))!.answer).to.contain('(For computer support specialists as a whole)');
  });

  it('writes a sound FAQ for every bundled role, in English and Spanish, every figure with its source and qualifier', async () => {
    const ids = bundledRoleIds();
    expect(ids.length).to.be.at.least(40);
    for (const id of ids) {
      const role = (await bundledRole(id)) as Role;
      const generated = { ...role };
      delete generated.faq;
      for (const [p, locale, lang] of [[english, 'en-US', 'en'], [spanishPhrases, 'es-ES', 'es']] as const) {
        const faq = generateFaq(generated, p, locale, lang);
        const text = faq.map((f) => `${f.question} ${f.answer}`).join(' ');
        expect(text, id).not.to.match(/undefined|NaN|null|\s,|\s\.(\s|$)|\s{2}|\(\)|\.\./);
        for (const f of faq) {
          expect(f.question, id).to.match(/\?$/);
          expect(f.answer, `${id}: ${f.question}`).to.match(/[.]$/);
        }
        for (const figure of [role.salary, role.growth, role.openings]) {
          if (!figure) continue;
          expect(text, `${id}: a figure's source`).to.contain(figure.source.name);
          if (figure.note) expect(text, `${id}: a figure's qualifier`).to.contain(lang === 'en' ? figure.note.slice(1) : figure.note);
        }
        if (role.salary) expect(plain(text), id).to.contain(plain(formatMoney(role.salary.amount, role.salary.currency, locale)));
        if (lang !== 'en') continue;
        expect(faq[0]!.question, id).to.equal(`What does ${role.grammar?.article ?? article(role.title)} ${role.title} do?`);
        const demand = faq.find((f) => f.question.endsWith(' in demand?'));
        if (demand) expect(demand.question, id).to.equal(`Are ${role.grammar?.plural ?? plural(role.title)} in demand?`);
        // A title of two jobs joined by "and" needs the role's own plural; one job of two things does not.
        if (/ and .* (Artist|Designer|Developer|Engineer)$/.test(role.title) && !role.title.startsWith('Network')) expect(role.grammar?.plural, id).to.be.a('string');
      }
    }
  });

  describe('in Spanish', () => {
    it('asks the same questions without gendered articles, with Spanish numbers', () => {
      const faq = generateFaq(seedWithoutFaq(), spanish, 'es-ES', 'es');
      expect(faq.map((f) => f.question)).to.deep.equal([
        '¿Qué hace quien trabaja como Back-end Developer?',
        '¿Cuánto se gana como Back-end Developer?',
        '¿Es lo mismo Back-end Developer que Back-end Engineer?',
        '¿Hay demanda para el puesto de Back-end Developer?',
        '¿Es un buen trabajo el de Back-end Developer?',
        '¿Qué habilidades se necesitan para trabajar como Back-end Developer?',
        '¿Es demasiado tarde para trabajar como Back-end Developer a los 35?',
      ]);
      expect(plain(faq[1]!.answer)).to.equal('El salario medio (US) es de 106.677 US$ al año, según Salary.com.');
      expect(faq[2]!.answer).to.equal('Sí. El puesto también se conoce como Back-end Engineer y SQL Developer.');
      expect(plain(faq[3]!.answer)).to.equal(
        'Sí. U.S. Bureau of Labor Statistics prevé un crecimiento del empleo del 22 % (US) entre 2020 y 2030, y comptia.org contabiliza 64.957 vacantes en total.',
      );
    });

    it('words a decline as a decline', () => {
      const demand = plain(answerTo(declining, '¿Hay demanda', spanish, 'es-ES', 'es'))!;
      expect(demand).to.equal(
        'U.S. Bureau of Labor Statistics prevé una caída del empleo del 3 % (US) entre 2024 y 2034, y se prevén unas 50.500 vacantes al año entre 2024 y 2034 (U.S. Bureau of Labor Statistics).',
      );
      expect(demand).not.to.match(/^Sí/);
    });
  });
});
