import type { CompareLabels, Labels } from './en.js';

/**
 * `<job-compare>`'s English labels (a label set may carry its own, `compare`; the `labels` property
 * overrides either). Only the comparison's view and the comparison image use them, so they live here,
 * with neither Lit nor the main module: the view's chunk and the image code both import them.
 */
export const englishCompare: CompareLabels = {
  heading: (titles) => `Compare: ${titles}`,
  caption: 'Pay, job growth, openings and skills, side by side',
  pay: 'Pay',
  growth: 'Projected change in jobs',
  openings: 'Job openings',
  shared: 'Skills they share',
  sharedByAll: 'All of them:',
  sharedBySome: 'Some of them:',
  only: 'Skills only this job lists',
  scale: (low, high) => `Scale: ${low} to ${high}`,
  noPay: 'No pay figure',
  noGrowth: 'No growth figure',
  noOpenings: 'No openings figure',
  noShared: 'None in common',
  noOnly: 'None of its own',
  noSkills: 'No skills listed',
  differentDates: (dates) => `Figures are from different years: ${dates}.`,
  differentPeriods: (periods) => `Projections cover different periods: ${periods}.`,
  differentSources: (fact, sources) => `${fact}: the figures come from different sources, ${sources}.`,
  differentRegions: (regions) => `Figures cover different regions: ${regions}.`,
  differentKinds: 'Pay is the median for some jobs and the average for others.',
  differentCurrencies: (currencies) => `Pay is in different currencies (${currencies}), so it is not drawn on one scale.`,
  noFigures: (title) => `${title} has no sourced figures.`,
  error: 'This comparison could not be shown.',
  count: 'A comparison needs two to four jobs.',
};

/**
 * English, then each of `sets`' own `compare` labels in turn, an entry only where it is of the English
 * one's kind (text for text, a function for a function).
 */
export function compareLabelsOf(...sets: (Labels['compare'] | undefined)[]): CompareLabels {
  const out = { ...englishCompare } as Record<string, unknown>;
  for (const from of sets) {
    for (const [key, value] of Object.entries(Object(from) as object)) if (typeof value === typeof out[key]) out[key] = value;
  }
  return out as unknown as CompareLabels;
}
