import type { Labels } from '../i18n/en.js';

/**
 * How figures print: the labels and the locale of the element showing them. Its own module, so that the
 * lazily loaded range view (./range.ts) shares it with ./figures.ts without importing the module that
 * loads it.
 */
export interface FigureContext {
  l: Labels;
  locale: string;
}
