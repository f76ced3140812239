import type { ErrorKind } from '../core/events.js';
import { importChunk } from '../core/chunk.js';
import type { FaqPhrases } from '../faq/facts.js';
import type { RoleFamily } from '../schema/types.js';
import { wordingChunks } from '../faq/writer.js';

/** What a visitor-facing error line may mention. */
export interface ErrorInfo {
  /** The bundled id asked for. */
  id?: string | undefined;
  status?: number | undefined;
  /** How many validation problems. */
  issues: number;
  offline: boolean;
}

/** The labels of `<job-directory>`'s area filter and sort order (English: in the directory's chunk). */
export interface DirectoryLabels {
  directory: string;
  search: string;
  matches: (shown: number, total: number) => string;
  family: string;
  anyFamily: string;
  families: Record<RoleFamily, string>;
  sort: string;
  sorts: { best: string; pay: string; growth: string };
  /** Said before the skills that made a role match the search. */
  matchedSkills: string;
}

/** The labels of `<job-compare>` (English: in the compare element's chunk; a label set may carry its own: `compare`). */
export interface CompareLabels {
  /** The heading: the jobs compared, already joined ("A and B"). */
  heading: (titles: string) => string;
  /** The table's caption (for assistive technology). */
  caption: string;
  pay: string;
  growth: string;
  openings: string;
  shared: string;
  /** With three or four jobs: before the skills every one lists, and those only some list (each with the jobs that do). */
  sharedByAll: string;
  sharedBySome: string;
  only: string;
  /** The shared scale of the pay graphics, under the row's name. */
  scale: (low: string, high: string) => string;
  noPay: string;
  noGrowth: string;
  noOpenings: string;
  noShared: string;
  noOnly: string;
  noSkills: string;
  /** The notes when the figures compared are not alike (lists already joined). */
  differentDates: (dates: string) => string;
  differentPeriods: (periods: string) => string;
  /** Of one fact (a row's name: pay, growth, openings). */
  differentSources: (fact: string, sources: string) => string;
  differentRegions: (regions: string) => string;
  differentKinds: string;
  differentCurrencies: (currencies: string) => string;
  noFigures: (title: string) => string;
  error: string;
  /** The error line when fewer than two or more than four jobs are given. */
  count: string;
}

/** Every string the elements print. */
export interface Labels {
  /** The language of the set: set as `lang` on each card and used to join lists ("A, B, and C"). */
  lang: string;
  loading: string;
  errorTitle: string;
  /** Said under the title when the visitor is offline (kept here: offline, the error lines' chunk cannot load). */
  offline: string;
  /**
   * One short line per error kind, for the visitor; the `job-error` event has the details. (English
   * has them in a chunk of their own, `en-errors.ts`, loaded only when an error is shown.)
   */
  errors?: Partial<Record<ErrorKind, (e: ErrorInfo) => string>>;
  alsoKnownAs: string;
  about: string;
  languages: string;
  salaryHeading: string;
  outlookHeading: string;
  figures: string;
  salary: (kind: 'average' | 'median') => string;
  /** What follows an amount in a card: "per year". */
  period: (period: 'year' | 'hour') => string;
  /** What follows an amount inside a sentence (the badge): "a year". */
  phrasePeriod: (period: 'year' | 'hour') => string;
  /** "10th percentile" (English comes with the chunks that show percentiles: the range graphic's and the comparison's). */
  percentile?: (n: number) => string;
  /** The text equivalent of the salary range graphic (English comes with the graphic's chunk, src/parts/range.ts). */
  range?: (low: string, high: string, median?: string) => string;
  /** The growth label follows the sign: growth reads as growth, a decline as a decline. */
  growth: (percent: number) => string;
  openings: (kind: 'total' | 'per-year') => string;
  /** The growth figure's short label in `<job-card>` (a decline still reads as a decline). */
  growthShort: (percent: number) => string;
  /** The growth figure when a change rounds to 0% but is not 0 (-0.04%). */
  littleChange: string;
  /**
   * What a card (and its image) says where the role has no salary, or no growth figure: words, not a
   * dash. (English has them in `en-card.ts`, which loads with the card's view, not with every page.)
   */
  noSalary?: string;
  noGrowth?: string;
  /** The count of skills a card does not list. */
  moreSkills?: (count: number) => string;
  /** The label of a card's list of skills. */
  topSkills?: string;
  /** The text of a card's link to the whole profile. */
  profileLink?: string;
  region: (label: string, region: string) => string;
  source: string;
  asOf: (date: string) => string;
  employers: string;
  activities: string;
  skills: string;
  showAll: (count: number) => string;
  showFewer: string;
  path: string;
  related: string;
  faq: string;
  /** The generated FAQ's wording, loaded only when a role has no FAQ of its own. */
  faqPhrases: () => Promise<FaqPhrases>;
  /** The directory's heading, search field and live count (English ones come with the directory's chunk). */
  directory?: string;
  search?: string;
  /** The live count of search results. */
  matches?: (shown: number, total: number) => string;
  directoryError: string;
  /** The directory's filter and sort labels, any of them; English ones come with the directory's chunk. */
  directoryControls?: { [K in keyof DirectoryLabels]?: DirectoryLabels[K] extends object ? Partial<DirectoryLabels[K]> : DirectoryLabels[K] };
  /** `<job-compare>`'s labels, any of them; English ones come with the compare element's chunk. */
  compare?: Partial<CompareLabels>;
}

/**
 * Every string the elements print, in English: the one place to translate. Other label sets (es.ts)
 * have the same shape, and the `labels` property overrides any entry. Values the formatters produce
 * (amounts, percents, dates, lists) arrive already localized.
 */
export const en: Labels = {
  /** The language of these labels: set as `lang` on each card and used to join lists ("A, B, and C"). */
  lang: 'en',
  loading: 'Loading job profile…',
  errorTitle: 'This job profile could not be shown.',
  offline: 'You seem to be offline; it will load when you are back online.',

  alsoKnownAs: 'Also known as',
  about: 'About the job',
  languages: 'Common languages',
  salaryHeading: 'Salary',
  outlookHeading: 'Job outlook',
  figures: 'Pay and job outlook',
  salary: (kind: 'average' | 'median') => (kind === 'average' ? 'Average salary' : 'Median salary'),
  period: (period: 'year' | 'hour') => `per ${period}`,
  phrasePeriod: (period: 'year' | 'hour') => (period === 'year' ? 'a year' : 'an hour'),
  /** Growth reads as growth, a decline as a decline. */
  growth: (percent: number) => (percent > 0 ? 'Projected job growth' : percent < 0 ? 'Projected decline in jobs' : 'Projected change in jobs'),
  openings: (kind: 'total' | 'per-year') => (kind === 'total' ? 'Total openings' : 'Openings per year'),
  growthShort: (percent: number) => (percent > 0 ? 'Job growth' : percent < 0 ? 'Job decline' : 'Job change'),
  littleChange: 'Little or no change',
  region: (label: string, region: string) => `${label} (${region})`,
  source: 'Source',
  asOf: (date: string) => `as of ${date}`,
  employers: 'Who hires them',
  activities: 'Daily activities',
  skills: 'Skills to learn',
  showAll: (count: number) => `Show all ${count} skills`,
  showFewer: 'Show fewer skills',
  path: 'How to get the job',
  related: 'Related jobs',
  faq: 'Frequently asked questions',
  /** The generated FAQ's wording, loaded only when a role has no FAQ of its own. */
  faqPhrases: (): Promise<FaqPhrases> => importChunk(wordingChunks.en!).then((m) => m.phrases),
  directoryError: 'The list of jobs could not be shown.',
  /** (English comes with the compare element's chunk; an empty entry here lets `labels.compare` override it.) */
  compare: {},
};

