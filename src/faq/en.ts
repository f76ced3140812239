import type { FaqFacts, FaqPhrases } from './facts.js';

/**
 * "a" or "an" by sound, not by letter: an Information Security Analyst, a UX Designer, an SQL
 * Developer, an IT Analyst, a Unix Administrator, an Hour..., a One-person...
 */
export function article(phrase: string): 'a' | 'an' {
  const word = phrase.trim().split(/[\s-]/)[0] ?? '';
  // Initialisms are read letter by letter, also at the start of a word (MLOps: "em-el-ops"): A, E, F,
  // H, I, L, M, N, O, R, S, X begin with a vowel sound.
  if (/^[A-Z]{2,}/.test(word) || /^[A-Z]$/.test(word)) return /^[AEFHILMNORSX]/.test(word) ? 'an' : 'a';
  const lower = word.toLowerCase();
  if (/^(hour|honest|honor|honour|heir)/.test(lower)) return 'an';
  if (/^(uni|use|usa|usu|uti|ure|uro|eu|ewe|one|once|ubiq)/.test(lower)) return 'a';
  return /^[aeiou]/.test(lower) ? 'an' : 'a';
}

const withArticle = (phrase: string, given?: 'a' | 'an') => `${given ?? article(phrase)} ${phrase}`;
/** The role's title with its article: the role's own (`grammar.article`), else by sound. */
const one = (f: Pick<FaqFacts, 'title' | 'article'>) => withArticle(f.title, f.article);
/** The role's title in the plural: the role's own (`grammar.plural`), else by the rules. */
const many = (f: Pick<FaqFacts, 'title' | 'plural'>) => f.plural ?? plural(f.title);
/** A figure's qualifier mid-sentence: "For software developers as a whole" → "for software developers as a whole". */
const noted = (note: string | undefined, before = ', ') => (note ? `${before}${midSentence(note)}` : '');

/**
 * Back-end Developer → Back-end Developers; Analyst → Analysts; Secretary → Secretaries. The head noun
 * is what takes the plural: Head of DevOps → Heads of DevOps, Chief of Staff → Chiefs of Staff, Data
 * Scientist (ML) → Data Scientists (ML); a title ending in an initialism takes a plain "s" (CTOs).
 */
export function plural(title: string): string {
  const tail = /\s*\([^)]*\)$|\s+(?:of|for|in|to)\s.*$/i.exec(title);
  if (tail && tail.index > 0) return `${plural(title.slice(0, tail.index))}${title.slice(tail.index)}`;
  if (/[A-Z]{2,}$/.test(title)) return `${title}s`;
  if (/(s|x|z|ch|sh)$/i.test(title)) return `${title}es`;
  if (/[^aeiou]y$/i.test(title)) return `${title.slice(0, -1)}ies`;
  return `${title}s`;
}

/** "Tech companies" → "tech companies", "E-commerce" → "e-commerce" mid-sentence; "IBM" stays "IBM". */
const midSentence = (s: string) => (/^[A-Z]-?[a-z]/.test(s) ? s[0]!.toLowerCase() + s.slice(1) : s);
/** "US" → "in the US"; "Germany" → "in Germany". */
const inRegion = (region?: string) => (!region ? '' : /^[A-Z]{2,3}$/.test(region) ? ` in the ${region}` : ` in ${region}`);

function growthSentence(f: FaqFacts): string {
  const g = f.growth;
  if (!g) return '';
  const where = `${inRegion(g.region)} from ${g.from} to ${g.to}${noted(g.note, ' (')}${g.note ? ')' : ''}`;
  if (g.percent > 0) return `${g.source} projects ${g.magnitude} growth in jobs${where}`;
  if (g.percent < 0) return `${g.source} projects a ${g.magnitude} decline in jobs${where}`;
  return `${g.source} projects little or no change in the number of jobs${where}`;
}

function openingsSentence(f: FaqFacts): string {
  const o = f.openings;
  if (!o) return '';
  return o.kind === 'total'
    ? `${o.source} counts ${o.count} total openings${noted(o.note, ' (')}${o.note ? ')' : ''}`
    : `about ${o.count} openings are projected each year${o.from ? ` from ${o.from} to ${o.to}` : ''} (${o.source}${noted(o.note, '; ')})`;
}

/** Ends a sentence, capitalizing its first word unless that is a name like "comptia.org". */
const sentence = (s: string) => (/^[a-zà-ÿ]+\s/.test(s) ? `${s[0]!.toUpperCase()}${s.slice(1)}.` : s ? `${s}.` : '');

export const phrases: FaqPhrases = {
  whatDoes: (f) => ({
    question: `What does ${one(f)} do?`,
    answer: [
      f.summary,
      f.employers.length ? `${many(f)} work for ${f.list(f.employers.map(midSentence))}.` : '',
      f.languages.length ? `Common languages include ${f.list(f.languages)}.` : '',
    ]
      .filter(Boolean)
      .join(' '),
  }),
  pay: (f) => {
    const s = f.salary;
    const when = [s.asOf, s.note && midSentence(s.note)].filter(Boolean).join('; ');
    return {
      question: `How much does ${one(f)} make?`,
      answer: `The ${s.kind} salary${inRegion(s.region)} is ${s.amount} per ${s.period}, according to ${s.source}${when ? ` (${when})` : ''}.`,
    };
  },
  sameAs: (f) => ({
    // (Asked of another name that is not part of the title: not "an Animator" of "Animator and Special Effects Artist".)
    question: `Is ${one(f)} the same as ${withArticle(f.aliases.find((a) => !f.title.includes(a)) ?? f.aliases[0]!)}?`,
    answer: `Yes. The job also goes by ${f.list(f.aliases)}.`,
  }),
  demand: (f) => {
    const strong = (f.growth?.percent ?? 0) >= 10;
    const parts = [growthSentence(f), openingsSentence(f)].filter(Boolean);
    return {
      question: `Are ${many(f)} in demand?`,
      answer: `${strong ? 'Yes. ' : ''}${sentence(parts.join(', and '))}`,
    };
  },
  goodJob: (f) => {
    const growth = growthSentence(f);
    return {
      question: `Is ${one(f)} a good job?`,
      answer: `That depends on what you want from work, but the figures help: the ${f.salary.kind} salary${inRegion(f.salary.region)} is ${f.salary.amount} per ${f.salary.period} (${f.salary.source}${noted(f.salary.note, '; ')})${growth ? `, and ${growth}` : ''}.`,
    };
  },
  skills: (f) => {
    const shown = f.skills.slice(0, 8);
    const more = f.skills.length - shown.length;
    return {
      question: `What skills does ${one(f)} need?`,
      answer: `${many(f)} need skills such as ${f.list(shown)}${more > 0 ? `, among ${f.skills.length} in all` : ''}.`,
    };
  },
  tooLate: (f) => {
    const openings = openingsSentence(f);
    return {
      question: `Is it too late to become ${one(f)} at 35?`,
      answer: `No. You can become ${one(f)} at any age: what counts is learning the skills${openings ? `, and ${openings}` : ''}.`,
    };
  },
};
