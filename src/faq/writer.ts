import { importChunk } from '../core/chunk.js';
import type { Role, RoleFaqEntry } from '../schema/types.js';
import type { FaqPhrases } from './facts.js';

/**
 * What the writer needs of a label set (`Labels` in ../i18n/en.ts): its language and the loader of its
 * wording. Named here, not imported, because the label sets import this module (`wordingChunks`).
 */
export interface FaqLabels {
  lang: string;
  faqPhrases: () => Promise<FaqPhrases>;
}

/** Writes the FAQ of a role that brings none, in a label set's wording. */
export type FaqWriter = (role: Role, locale: string) => RoleFaqEntry[];

const generator = () => import('./generate.js');

/** The writers loaded so far, per label set's phrase loader (so a label override of it is honoured). */
const writers = new WeakMap<FaqLabels['faqPhrases'], FaqWriter>();
const pending = new WeakMap<FaqLabels['faqPhrases'], Promise<FaqWriter>>();

/** The FAQ writer for `l` if it has loaded (then an FAQ is written in the same render), else undefined. */
export const loadedFaqWriter = (l: FaqLabels): FaqWriter | undefined => writers.get(l.faqPhrases);

/**
 * Loads the FAQ writer (its own chunk) and the wording for `l`. Elements that show an FAQ await it
 * with the data, so the FAQ appears with the card instead of after it (which would move the page).
 */
export function loadFaqWriter(l: FaqLabels): Promise<FaqWriter> {
  let promise = pending.get(l.faqPhrases);
  if (!promise) {
    promise = Promise.all([importChunk(generator), l.faqPhrases()]).then(([{ generateFaq }, phrases]: [
      { generateFaq: (role: Role, phrases: FaqPhrases, locale: string, language: string) => RoleFaqEntry[] },
      FaqPhrases,
    ]) => {
      const writer: FaqWriter = (role, locale) => generateFaq(role, phrases, locale, l.lang);
      writers.set(l.faqPhrases, writer);
      return writer;
    });
    promise.catch(() => pending.delete(l.faqPhrases)); // a chunk that failed may load next time
    pending.set(l.faqPhrases, promise);
  }
  return promise;
}

/**
 * The generated FAQ's wording per label language, each its own chunk: the label sets' `faqPhrases`
 * load them, and `prefetchFaqWriter` before the labels are here.
 */
export const wordingChunks: Record<string, () => Promise<{ phrases: FaqPhrases }>> = {
  en: () => import('./en.js'),
  es: () => import('./es.js'),
};

/**
 * Starts loading the FAQ writer and the wording of `language` now, in parallel with a role's data
 * (the module cache keeps them, so `loadFaqWriter` later resolves at once): no round trip after the data.
 */
export function prefetchFaqWriter(language: string): Promise<unknown> {
  const wording = wordingChunks[language];
  return Promise.all([importChunk(generator), wording && importChunk(wording)]);
}
