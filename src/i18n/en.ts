import type { ErrorKind } from '../core/events.js';

/** What a visitor-facing error line may mention. */
export interface ErrorInfo {
  /** The bundled id asked for. */
  id?: string | undefined;
  status?: number | undefined;
  /** How many validation problems. */
  issues: number;
  offline: boolean;
}

/**
 * Every string the elements print, in English. Other label sets implement the same `Labels` shape;
 * values the formatters produce (amounts, percents, dates) arrive already localized.
 */
export const en = {
  /** The language of these labels: set as `lang` on the card and used to join lists ("A, B, and C"). */
  lang: 'en',
  loading: 'Loading job profile…',
  errorTitle: 'This job profile could not be shown.',
  /** One short line per error kind, for the visitor; the `job-error` event has the details. */
  errors: {
    'no-source': () => 'No job was named.',
    'unknown-job': (e: ErrorInfo) => `There is no bundled job called “${e.id ?? ''}”.`,
    'invalid-src': () => 'Its address is not a web link.',
    network: (e: ErrorInfo) =>
      e.offline ? 'You seem to be offline; it will load when you are back online.' : 'Its data could not be reached.',
    http: (e: ErrorInfo) => `The server that has its data answered with an error (${e.status ?? ''}).`,
    'content-type': () => 'The server did not send JSON.',
    'too-large': () => 'Its data is too large.',
    timeout: () => 'Loading its data took too long.',
    'invalid-json': () => 'Its data is not valid JSON.',
    'invalid-data': (e: ErrorInfo) => `Its data has ${e.issues === 1 ? 'a problem' : `${e.issues} problems`}.`,
    'load-failed': () => 'Its data could not be loaded.',
  } satisfies Record<ErrorKind, (e: ErrorInfo) => string>,
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
