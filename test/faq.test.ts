/** The FAQ written from the data when a role has none: which questions, and their wording. */
import { expect } from '@open-wc/testing';
import { seedRole } from './fixtures/roles.js';
import { article, phrases as english, plural } from '../src/faq/en.js';
import { phrases as spanish } from '../src/faq/es.js';
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
