/**
 * The role document's TypeScript types, without zod (object types, not interfaces: like the types zod
 * infers, they convert to `Record<string, unknown>`). The elements' declarations import these, so a
 * TypeScript user needs no zod to type-check against `job-widgets` (zod is bundled into the library's
 * code, not installed). `role.ts` checks at compile time that each type equals what its zod schema
 * infers, so the two cannot drift apart.
 */

/** Who published a figure, and where. */
export type RoleSource = {
  /** Who published the figure, e.g. "U.S. Bureau of Labor Statistics". */
  name: string;
  url?: string;
};

/** A figure's own fields, with what every figure has: its source, the region it covers, a qualifier. */
type Figure<T> = {
  [K in keyof (T & FigureBase)]: (T & FigureBase)[K];
};
type FigureBase = {
  source: RoleSource;
  /** The region the figure covers, e.g. "US". */
  region?: string;
  /** A short qualifier, e.g. "whole occupation group". */
  note?: string;
};

/** A start and end year, e.g. 2024–2034. */
export type RolePeriod = {
  from: number;
  to: number;
};

export type RoleSalary = Figure<{
  amount: number;
  /** ISO 4217 code, e.g. "USD". */
  currency: string;
  period: 'year' | 'hour';
  kind: 'average' | 'median';
  /** A year ("2024") or a year and month ("2024-05"). */
  asOf?: string;
  percentiles?: { p10?: number; p25?: number; p75?: number; p90?: number };
}>;

export type RoleGrowth = Figure<{
  /** Projected change in employment, in percent; negative for a decline. */
  percent: number;
  period: RolePeriod;
}>;

export type RoleOpenings = Figure<{
  count: number;
  /** `total`: openings right now; `per-year`: projected openings each year, on average. */
  kind: 'total' | 'per-year';
  period?: RolePeriod;
  asOf?: string;
}>;

export type RoleTitledText = {
  title: string;
  text: string;
};

export type RoleSkill = {
  name: string;
  description: string;
  url?: string;
};

export type RolePathStep = {
  title: string;
  text?: string;
  steps?: { title: string; text?: string }[];
};

export type RoleRelated = {
  /** The id of the related role, when it is a role this library (or the host) knows. */
  id?: string;
  title: string;
  summary?: string;
  url?: string;
};

export type RoleFaqEntry = {
  question: string;
  answer: string;
};

/** One tech job role's profile. */
export type Role = {
  /** Editor hint pointing at the JSON Schema; ignored at run time. */
  $schema?: string;
  id: string;
  title: string;
  alsoKnownAs?: string[];
  /** What the job is in one short line (at most 100 characters): a card shows it instead of clipping the summary. */
  tagline?: string;
  summary: string;
  languages?: string[];
  salary?: RoleSalary;
  growth?: RoleGrowth;
  openings?: RoleOpenings;
  employers?: string[];
  activities?: RoleTitledText[];
  skills?: RoleSkill[];
  path?: { intro?: string; steps: RolePathStep[] };
  related?: RoleRelated[];
  faq?: RoleFaqEntry[];
  /** The occupation code in the 2018 US Standard Occupational Classification whose figures the role shows, e.g. "15-1252". */
  soc?: string;
  /** How the English FAQ writes the title where its rules would get it wrong. */
  grammar?: {
    /** The title in the plural: "Animators and Special Effects Artists". */
    plural?: string;
    /** The indefinite article it takes: "an" MLOps Engineer. */
    article?: 'a' | 'an';
  };
  /** The family of jobs it belongs to, which `<job-directory>` can filter by. */
  family?: RoleFamily;
};

/** The families of jobs `<job-directory>` filters by. */
export type RoleFamily = 'software' | 'data' | 'infrastructure' | 'security' | 'design' | 'business' | 'hardware';

/** One entry of a role index (what `<job-directory>` lists): enough to choose a role, not the role. */
export type RoleIndexItem = {
  id: string;
  title: string;
  /** Other titles the job goes by (searched like the title). */
  alsoKnownAs?: string[];
  /** The role's tagline, shown instead of the summary when there is one. */
  tagline?: string;
  /** One line about the job. */
  summary: string;
  /** The headline figure, when the role has a salary. */
  salary?: Pick<RoleSalary, 'amount' | 'currency' | 'period' | 'kind'>;
  /** The projected change in jobs, when the role has one (the directory can sort by it). */
  growth?: Pick<RoleGrowth, 'percent' | 'period'>;
  family?: RoleFamily;
  /** The role's skills, most central first: searched after the names. */
  skills?: string[];
  /** Where the role's own page is, when the index is not of bundled roles. */
  url?: string;
};

export type RoleIndex = {
  $schema?: string;
  roles: RoleIndexItem[];
  /** Other words a visitor may search a skill by, e.g. `{ "skill": "SQL", "terms": ["Sequel"] }`: they find the roles with that skill. */
  searchTerms?: { skill: string; terms: string[] }[];
};

/** What `<job-compare src>` reads: two to four roles, compared side by side in the order given. */
export type RoleComparison = {
  $schema?: string;
  roles: Role[];
};

export type ValidationIssue = {
  /** Where in the document, e.g. `salary.amount` or `skills[3].url`; empty for the document itself. */
  path: string;
  /** What is wrong, in plain English. */
  message: string;
};

export type ParseResult<T = Role> = { ok: true; data: T } | { ok: false; issues: ValidationIssue[] };
