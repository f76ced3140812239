import type { Labels } from './en.js';

/**
 * What a card says where its role has no salary or no growth figure, in the label set's words or else
 * in English. Only the card's view and the images use these, so the English words live here (in the
 * card's view chunk) rather than in en.ts (in the main module, which every page loads).
 */
export const missingFigure = (l: Labels, figure: 'salary' | 'growth'): string =>
  figure === 'salary' ? (l.noSalary ?? 'No confirmed pay figure yet') : (l.noGrowth ?? 'No confirmed projection yet');

/** The card's own words (its skills' label, "+N more", its link), in the label set's words or else in English (see `missingFigure`). */
export const cardWords = (l: Labels) => ({
  topSkills: l.topSkills ?? 'Top skills',
  moreSkills: l.moreSkills ?? ((count: number) => `+${count} more`),
  profileLink: l.profileLink ?? 'Full profile',
});
