import { formatCount, formatList, formatMoney, formatAsOf, shownChange } from '../core/format.js';
import type { Role, RoleFaqEntry } from '../schema/types.js';
import type { FaqFacts, FaqPhrases } from './facts.js';

/**
 * An FAQ written from the data, for roles that bring none: each question only when the data can
 * answer it, in the wording of the label language. Loaded as its own chunk, only when needed.
 */
export function generateFaq(role: Role, phrases: FaqPhrases, locale: string, language: string): RoleFaqEntry[] {
  const f = factsOf(role, locale, language);
  const entries = [phrases.whatDoes(f)];
  const { salary } = f;
  if (salary) entries.push(phrases.pay({ ...f, salary }));
  if (f.aliases.length) entries.push(phrases.sameAs(f));
  if (f.growth || f.openings) entries.push(phrases.demand(f));
  if (salary) entries.push(phrases.goodJob({ ...f, salary }));
  if (f.skills.length) entries.push(phrases.skills(f));
  if (f.canStart) entries.push(phrases.tooLate(f));
  return entries;
}

function factsOf(role: Role, locale: string, language: string): FaqFacts {
  const seen = new Set<string>();
  const skills = (role.skills ?? [])
    .map((s) => s.name)
    .filter((name) => {
      const key = name.trim().toLowerCase();
      return !seen.has(key) && !!seen.add(key);
    });
  const { salary, growth, openings } = role;
  return {
    title: role.title,
    plural: role.grammar?.plural,
    article: role.grammar?.article,
    aliases: (role.alsoKnownAs ?? []).filter((alias) => alias.toLowerCase() !== role.title.toLowerCase()),
    summary: role.summary,
    employers: role.employers ?? [],
    languages: role.languages ?? [],
    list: (items) => formatList(items, language),
    skills,
    canStart: skills.length > 0 || !!role.path,
    ...(salary && {
      salary: {
        kind: salary.kind,
        amount: formatMoney(salary.amount, salary.currency, locale),
        period: salary.period,
        region: salary.region,
        source: salary.source.name,
        asOf: salary.asOf && formatAsOf(salary.asOf, locale),
        note: salary.note,
      },
    }),
    ...(growth && {
      growth: {
        percent: shownChange(growth.percent), // (-0.04 → 0: "little or no change", not "a 0% decline")
        magnitude: new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(Math.abs(growth.percent) / 100),
        from: growth.period.from,
        to: growth.period.to,
        region: growth.region,
        source: growth.source.name,
        note: growth.note,
      },
    }),
    ...(openings && {
      openings: {
        kind: openings.kind,
        count: formatCount(openings.count, locale),
        source: openings.source.name,
        from: openings.period?.from,
        to: openings.period?.to,
        note: openings.note,
      },
    }),
  };
}
