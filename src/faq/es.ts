import type { FaqFacts, FaqPhrases } from './facts.js';

// Spanish wording that needs no grammatical gender: "quien trabaja como…", "el puesto de…".

const enRegion = (region?: string) => (region ? ` (${region})` : '');
/** A figure's qualifier, as the data writes it, in brackets. */
const nota = (note?: string) => (note ? ` (${note})` : '');

function growthSentence(f: FaqFacts): string {
  const g = f.growth;
  if (!g) return '';
  const when = `${enRegion(g.region)} entre ${g.from} y ${g.to}${nota(g.note)}`;
  if (g.percent > 0) return `${g.source} prevé un crecimiento del empleo del ${g.magnitude}${when}`;
  if (g.percent < 0) return `${g.source} prevé una caída del empleo del ${g.magnitude}${when}`;
  return `${g.source} prevé poco o ningún cambio en el número de empleos${when}`;
}

function openingsSentence(f: FaqFacts): string {
  const o = f.openings;
  if (!o) return '';
  return o.kind === 'total'
    ? `${o.source} contabiliza ${o.count} vacantes en total${nota(o.note)}`
    : `se prevén unas ${o.count} vacantes al año${o.from ? ` entre ${o.from} y ${o.to}` : ''} (${o.source})${nota(o.note)}`;
}

/** Ends a sentence, capitalizing its first word unless that is a name like "comptia.org". */
const sentence = (s: string) => (/^[a-zà-ÿ]+\s/.test(s) ? `${s[0]!.toUpperCase()}${s.slice(1)}.` : s ? `${s}.` : '');
const period = (p: 'year' | 'hour') => (p === 'year' ? 'al año' : 'por hora');
const kind = (k: 'average' | 'median') => (k === 'average' ? 'medio' : 'mediano');

export const phrases: FaqPhrases = {
  whatDoes: (f) => ({
    question: `¿Qué hace quien trabaja como ${f.title}?`,
    answer: [
      f.summary,
      f.employers.length ? `Trabaja en ${f.list(f.employers)}.` : '',
      f.languages.length ? `Lenguajes habituales: ${f.list(f.languages)}.` : '',
    ]
      .filter(Boolean)
      .join(' '),
  }),
  pay: ({ title, salary: s }) => ({
    question: `¿Cuánto se gana como ${title}?`,
    answer: `El salario ${kind(s.kind)}${enRegion(s.region)} es de ${s.amount} ${period(s.period)}, según ${s.source}${s.asOf ? ` (${s.asOf})` : ''}${nota(s.note)}.`,
  }),
  sameAs: (f) => ({
    question: `¿Es lo mismo ${f.title} que ${f.aliases.find((a) => !f.title.includes(a)) ?? f.aliases[0]}?`,
    answer: `Sí. El puesto también se conoce como ${f.list(f.aliases)}.`,
  }),
  demand: (f) => {
    const strong = (f.growth?.percent ?? 0) >= 10;
    return {
      question: `¿Hay demanda para el puesto de ${f.title}?`,
      answer: `${strong ? 'Sí. ' : ''}${sentence([growthSentence(f), openingsSentence(f)].filter(Boolean).join(', y '))}`,
    };
  },
  goodJob: (f) => {
    const growth = growthSentence(f);
    return {
      question: `¿Es un buen trabajo el de ${f.title}?`,
      answer: `Depende de lo que busques, pero las cifras ayudan: el salario ${kind(f.salary.kind)}${enRegion(f.salary.region)} es de ${f.salary.amount} ${period(f.salary.period)} (${f.salary.source})${nota(f.salary.note)}${growth ? `, y ${growth}` : ''}.`,
    };
  },
  skills: (f) => {
    const shown = f.skills.slice(0, 8);
    const more = f.skills.length - shown.length;
    return {
      question: `¿Qué habilidades se necesitan para trabajar como ${f.title}?`,
      answer: `Habilidades como ${f.list(shown)}${more > 0 ? `, entre ${f.skills.length} en total` : ''}.`,
    };
  },
  tooLate: (f) => {
    const openings = openingsSentence(f);
    return {
      question: `¿Es demasiado tarde para trabajar como ${f.title} a los 35?`,
      answer: `No. Se puede empezar a cualquier edad: lo que cuenta es aprender las habilidades${openings ? `, y ${openings}` : ''}.`,
    };
  },
};
