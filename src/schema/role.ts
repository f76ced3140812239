/**
 * The role document: one tech job role's profile, validated before anything renders.
 *
 * Every string has a maximum length and every list a maximum size, so a hostile document cannot make a
 * card kilometres long or keep the page busy. Objects are strict: a misspelt field ("salery") is an
 * error, not silently dropped data.
 */
import * as z from 'zod/mini';
import type * as T from './types.js';

/**
 * Text that XML can carry: no control characters but tab, line feed and carriage return (C0, DEL and
 * C1), no unpaired surrogate halves, no U+FFFE or U+FFFF. A regex, so the JSON Schema gets it as a
 * `pattern` (Unicode mode, as JSON Schema 2020-12 validators read patterns); validate.ts writes the
 * message, naming the character and its position.
 */
// eslint-disable-next-line no-control-regex -- control characters are what it refuses
export const PLAIN_TEXT = /^[^\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uD800-\uDFFF\uFFFE\uFFFF]*$/u;
const plain = z.regex(PLAIN_TEXT);

/**
 * Something a reader can see: text made only of spaces, zero-width and other format characters and
 * combining marks (or the blank braille pattern) would show as nothing: a card without a title. Checked by
 * the elements and the CLI only: JSON Schema patterns cannot portably use Unicode properties.
 */
const VISIBLE = /[^\p{White_Space}\p{Default_Ignorable_Code_Point}\p{M}\p{Cc}\p{Cf}\u2800]/u;

/** Trimmed, non-empty, visible, XML-safe text of at most `max` characters (and whatever `more` checks). */
const text = (max: number, ...more: z.core.$ZodCheck<string>[]) =>
  z.string().check(
    plain,
    z.trim(),
    ...more,
    z.minLength(1),
    z.maxLength(max),
    z.refine((s) => !s || VISIBLE.test(s), { error: 'must contain a visible character (not only spaces, invisible characters or marks)' }),
  );

/** Line breaks of any kind: a one-line text has none. */
const ONE_LINE = /^[^\n\r\u2028\u2029]*$/;

/**
 * A tagline: what the job is in one short line, shown where the summary would be clipped (a card's two
 * lines, a directory entry, the card image). At most 100 characters, so it fits two lines of a card.
 */
const Tagline = text(100, z.regex(ONE_LINE, { error: 'must be one line (no line breaks)' }));

const list = <T extends z.ZodMiniType>(item: T, max: number) =>
  z.array(item).check(z.minLength(1), z.maxLength(max));

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** A role id: lower-case words joined by hyphens, as in `back-end-developer`. */
export const RoleId = z.string().check(
  z.maxLength(80),
  z.regex(SLUG, { error: 'must be lower-case letters and digits joined by hyphens, like "back-end-developer"' }),
);

/**
 * An untrusted link. Only absolute `https:` and `http:` URLs survive; the value after parsing is the
 * URL's normalized `href`, which is what renders. The URL parser removes tabs, newlines and leading
 * control characters before it reads the scheme, so `java\tscript:` is seen as `javascript:` and refused.
 */
export const SafeUrl = z.url({
  protocol: /^https?$/,
  normalize: true,
  error: 'must be an absolute http: or https: link',
}).check(
  z.maxLength(2048),
  z.refine((href) => !/^https?:\/\/[^/?#]*@/i.test(href), { error: 'must not contain a user name or password' }),
);

/** A year ("2024") or a month ("2024-05"), for when a figure was measured. */
const AsOf = z.string().check(
  z.regex(/^(19|20)\d\d(-(0[1-9]|1[0-2]))?$/, { error: 'must be a year ("2024") or a year and month ("2024-05")' }),
);

const Year = z.int().check(z.gte(1900), z.lte(2100));

const Period = z.strictObject({ from: Year, to: Year }).check(
  z.refine((p) => p.to > p.from, { error: 'must end after it starts', path: ['to'] }),
);

export const Source = z.strictObject({
  /** Who published the figure, e.g. "U.S. Bureau of Labor Statistics". */
  name: text(120),
  url: z.optional(SafeUrl),
});

/** Fields every figure shares: where it comes from, the region it covers, a short qualifier. */
const figureBase = {
  source: Source,
  /** The region the figure covers, e.g. "US". */
  region: z.optional(text(40)),
  /** A short qualifier, e.g. "whole occupation group". */
  note: z.optional(text(200)),
};

const Money = z.number().check(z.gte(0), z.lte(100_000_000));

export const Salary = z.strictObject({
  ...figureBase,
  amount: Money,
  /** ISO 4217 code, e.g. "USD". */
  currency: z.string().check(z.regex(/^[A-Z]{3}$/, { error: 'must be a three-letter ISO 4217 code such as "USD"' })),
  period: z.enum(['year', 'hour']),
  kind: z.enum(['average', 'median']),
  asOf: z.optional(AsOf),
  percentiles: z.optional(
    z.strictObject({ p10: z.optional(Money), p25: z.optional(Money), p75: z.optional(Money), p90: z.optional(Money) }),
  ),
}).check(
  z.refine(
    (s) => {
      const p = s.percentiles;
      if (!p) return true;
      const ordered = [p.p10, p.p25, s.kind === 'median' ? s.amount : undefined, p.p75, p.p90].filter(
        (v): v is number => v !== undefined,
      );
      return ordered.every((v, i) => i === 0 || v >= ordered[i - 1]!);
    },
    { error: 'must rise from the 10th to the 90th percentile (with the median in between)', path: ['percentiles'] },
  ),
);

const Percent = z.number().check(z.gte(-100), z.lte(1000));

export const Growth = z.strictObject({
  ...figureBase,
  /** Projected change in employment, in percent; negative for a decline. */
  percent: Percent,
  period: Period,
});

export const Openings = z.strictObject({
  ...figureBase,
  count: z.int().check(z.gte(0), z.lte(100_000_000)),
  /** `total`: openings right now; `per-year`: projected openings each year, on average. */
  kind: z.enum(['total', 'per-year']),
  period: z.optional(Period),
  asOf: z.optional(AsOf),
});

const TitledText = z.strictObject({ title: text(120), text: text(1500) });

export const Skill = z.strictObject({
  name: text(80),
  description: text(600),
  url: z.optional(SafeUrl),
});

const SubStep = z.strictObject({ title: text(120), text: z.optional(text(1500)) });
export const PathStep = z.strictObject({
  title: text(120),
  text: z.optional(text(1500)),
  steps: z.optional(list(SubStep, 20)),
});

export const RelatedRole = z.strictObject({
  /** The id of the related role, when it is a role this library (or the host) knows. */
  id: z.optional(RoleId),
  title: text(120),
  summary: z.optional(text(600)),
  url: z.optional(SafeUrl),
});

/** The families of jobs `<job-directory>` filters by (a small fixed set, so each has a translated name). */
export const FAMILIES = ['software', 'data', 'infrastructure', 'security', 'design', 'business', 'hardware'] as const;
export const Family = z.enum(FAMILIES);

export const FaqEntry = z.strictObject({ question: text(200), answer: text(2000) });

export const RoleSchema = z.strictObject({
  /** Editor hint pointing at the JSON Schema; ignored at run time. */
  $schema: z.optional(z.string().check(plain, z.maxLength(2048))),
  id: RoleId,
  title: text(120),
  alsoKnownAs: z.optional(list(text(120), 20)),
  /** What the job is in one short line (at most 100 characters): a card shows it instead of clipping the summary. */
  tagline: z.optional(Tagline),
  summary: text(1500),
  languages: z.optional(list(text(60), 30)),
  salary: z.optional(Salary),
  growth: z.optional(Growth),
  openings: z.optional(Openings),
  employers: z.optional(list(text(120), 30)),
  activities: z.optional(list(TitledText, 20)),
  skills: z.optional(list(Skill, 60)),
  path: z.optional(
    z.strictObject({
      intro: z.optional(text(1500)),
      steps: list(PathStep, 20),
    }),
  ),
  related: z.optional(list(RelatedRole, 20)),
  faq: z.optional(list(FaqEntry, 30)),
  /** The occupation code in the 2018 US Standard Occupational Classification whose figures the role shows, e.g. "15-1252". */
  soc: z.optional(z.string().check(z.regex(/^\d{2}-\d{4}$/, { error: 'must be an SOC code such as "15-1252"' }))),
  /** How the English FAQ writes the title where its rules would get it wrong. */
  grammar: z.optional(
    z.strictObject({
      /** The title in the plural: "Animators and Special Effects Artists". */
      plural: z.optional(text(140)),
      /** The indefinite article it takes: "an" MLOps Engineer. */
      article: z.optional(z.enum(['a', 'an'])),
    }),
  ),
  /** The family of jobs it belongs to, which `<job-directory>` can filter by. */
  family: z.optional(Family),
});


/** One entry of a role index (what `<job-directory>` lists): enough to choose a role, not the role. */
export const RoleIndexEntry = z.strictObject({
  id: RoleId,
  title: text(120),
  /** Other titles the job goes by (searched like the title). */
  alsoKnownAs: z.optional(list(text(120), 20)),
  /** The role's tagline, shown instead of the summary when there is one. */
  tagline: z.optional(Tagline),
  /** One line about the job. */
  summary: text(300),
  /** The headline figure, when the role has a salary. */
  salary: z.optional(
    z.strictObject({
      amount: Money,
      currency: z.string().check(z.regex(/^[A-Z]{3}$/, { error: 'must be a three-letter ISO 4217 code such as "USD"' })),
      period: z.enum(['year', 'hour']),
      kind: z.enum(['average', 'median']),
    }),
  ),
  /** The projected change in jobs, when the role has one (the directory can sort by it). */
  growth: z.optional(z.strictObject({ percent: Percent, period: Period })),
  family: z.optional(Family),
  /** The role's skills, most central first: searched after the names. */
  skills: z.optional(list(text(120), 60)),
  /** Where the role's own page is, when the index is not of bundled roles. */
  url: z.optional(SafeUrl),
});

export const RoleIndexSchema = z.strictObject({
  $schema: z.optional(z.string().check(plain, z.maxLength(2048))),
  roles: z.array(RoleIndexEntry).check(z.maxLength(500)),
  /** Other words a visitor may search a skill by, e.g. `{ "skill": "SQL", "terms": ["Sequel"] }`: they find the roles with that skill. */
  searchTerms: z.optional(list(z.strictObject({ skill: text(120), terms: list(text(120), 20) }), 500)),
});

/** The fewest and the most roles a comparison shows. */
export const COMPARE_MIN = 2;
export const COMPARE_MAX = 4;

/** What `<job-compare src>` reads: two to four roles, compared side by side in the order given. */
export const RoleComparisonSchema = z.strictObject({
  $schema: z.optional(z.string().check(plain, z.maxLength(2048))),
  roles: z.array(RoleSchema).check(z.minLength(COMPARE_MIN), z.maxLength(COMPARE_MAX)),
});

export type { Role, RoleFamily, RoleSalary, RoleGrowth, RoleOpenings, RoleSource, RoleSkill, RolePathStep, RoleRelated, RoleFaqEntry, RoleIndex, RoleIndexItem, RoleComparison } from './types.js';

/** True when A and B are the same type (not merely assignable one way). */
type Same<A, B> = (<G>() => G extends A ? 1 : 2) extends <G>() => G extends B ? 1 : 2 ? true : false;
/**
 * types.ts writes the types out without zod (for users who type-check without it installed); each must
 * be exactly what its schema infers, or this fails to compile.
 */
export type SchemasMatchTypes = [
  Same<z.infer<typeof RoleSchema>, T.Role>,
  Same<z.infer<typeof Salary>, T.RoleSalary>,
  Same<z.infer<typeof Growth>, T.RoleGrowth>,
  Same<z.infer<typeof Openings>, T.RoleOpenings>,
  Same<z.infer<typeof Source>, T.RoleSource>,
  Same<z.infer<typeof Skill>, T.RoleSkill>,
  Same<z.infer<typeof PathStep>, T.RolePathStep>,
  Same<z.infer<typeof RelatedRole>, T.RoleRelated>,
  Same<z.infer<typeof FaqEntry>, T.RoleFaqEntry>,
  Same<z.infer<typeof RoleIndexSchema>, T.RoleIndex>,
  Same<z.infer<typeof RoleIndexEntry>, T.RoleIndexItem>,
  Same<z.infer<typeof RoleComparisonSchema>, T.RoleComparison>,
] extends true[] ? true : never;
const schemasMatchTypes: SchemasMatchTypes = true;
void schemasMatchTypes;
