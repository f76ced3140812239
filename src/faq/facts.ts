import type { RoleFaqEntry } from '../schema/types.js';

/** What a generated FAQ may say about a role, already formatted for the page's locale. */
export interface FaqFacts {
  title: string;
  /** The role's own plural and article of its title (`grammar`), where the rules would get them wrong. */
  plural?: string | undefined;
  article?: 'a' | 'an' | undefined;
  aliases: string[];
  summary: string;
  employers: string[];
  languages: string[];
  /** Joins items the way the label language does ("A, B, and C"). */
  list(items: string[]): string;
  /** Each figure's `note` is the data's qualifier ("For software developers as a whole"), said with it. */
  salary?: { kind: 'average' | 'median'; amount: string; period: 'year' | 'hour'; region?: string | undefined; source: string; asOf?: string | undefined; note?: string | undefined };
  /** `magnitude` is unsigned ("3%"); `percent` keeps the sign, so the wording can follow it. */
  growth?: { percent: number; magnitude: string; from: number; to: number; region?: string | undefined; source: string; note?: string | undefined };
  openings?: { kind: 'total' | 'per-year'; count: string; source: string; from?: number | undefined; to?: number | undefined; note?: string | undefined };
  /** Skill names without duplicates, in the data's order. */
  skills: string[];
  /** The data says how to get into the job (skills or a path). */
  canStart: boolean;
}

/** One label language's wording of the generated questions and answers. */
export interface FaqPhrases {
  whatDoes(f: FaqFacts): RoleFaqEntry;
  pay(f: FaqFacts & Required<Pick<FaqFacts, 'salary'>>): RoleFaqEntry;
  sameAs(f: FaqFacts): RoleFaqEntry;
  demand(f: FaqFacts): RoleFaqEntry;
  goodJob(f: FaqFacts & Required<Pick<FaqFacts, 'salary'>>): RoleFaqEntry;
  skills(f: FaqFacts): RoleFaqEntry;
  tooLate(f: FaqFacts): RoleFaqEntry;
}
