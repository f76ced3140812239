/**
 * Every string the elements print, in English. Other label sets implement the same `Labels` shape;
 * values the formatters produce (amounts, percents, dates) arrive already localized.
 */
export const en = {
  /** The language of these labels: set as `lang` on the card and used to join lists ("A, B, and C"). */
  lang: 'en',
  loading: 'Loading job profile…',
  errorTitle: 'This job profile could not be shown.',
  errorNoSource: 'No job was named.',
  errorUnknownJob: (id: string) => `There is no bundled job called “${id}”.`,
  errorInvalidData: (count: number) => `Its data has ${count === 1 ? 'a problem' : `${count} problems`}.`,
  errorLoadFailed: 'Its data could not be loaded.',
  alsoKnownAs: 'Also known as',
  about: 'About the job',
  languages: 'Common languages',
  figures: 'Pay and job outlook',
  salary: (kind: 'average' | 'median') => (kind === 'average' ? 'Average salary' : 'Median salary'),
  perPeriod: (amount: string, period: 'year' | 'hour') => `${amount} per ${period}`,
  percentile: (n: number) => `${n}th percentile`,
  growth: 'Projected job growth',
  openings: (kind: 'total' | 'per-year') => (kind === 'total' ? 'Total openings' : 'Openings per year'),
  region: (label: string, region: string) => `${label} (${region})`,
  source: 'Source',
  asOf: (date: string) => `as of ${date}`,
  employers: 'Who hires them',
  activities: 'Daily activities',
  skills: 'Skills to learn',
  path: 'How to get the job',
  related: 'Related jobs',
  faq: 'Frequently asked questions',
};

export type Labels = typeof en;
