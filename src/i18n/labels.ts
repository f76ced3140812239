import type { ErrorKind } from '../core/events.js';
import { firstLocale } from '../core/locale.js';
import { lazyView } from '../core/view.js';
import { en, type ErrorInfo, type Labels } from './en.js';

/**
 * Label sets other than English, each its own chunk (exporting the set under its language), fetched
 * the first time a page needs it; after a failure, again by the next call (see `lazyView`).
 */
const loaders: Record<string, ReturnType<typeof lazyView<Record<string, Labels>>>> = {
  es: lazyView(() => import('./es.js')),
};

/** The language a label set is chosen by: `es-MX` → `es`; unknown languages get English. */
export function labelLanguage(locale: string): string {
  const language = locale.split('-')[0]!.toLowerCase();
  return loaders[language] ? language : 'en';
}

/** The label set for a language if it has arrived, else undefined (call `loadLabels`). */
export const loadedLabels = (language: string): Labels | undefined => (language === 'en' ? en : loaders[language]?.module?.[language]);

/**
 * The label set of `language`, loading its chunk if need be. A failed load is tried again at once, from
 * a fresh URL (see `importChunk`): when a CDN hiccups, the page still shows its language, and never
 * English first and its language later. Resolves English when the retry fails too, for this time only:
 * the next call tries the chunk again (English is not kept as the answer).
 */
export function loadLabels(language: string): Promise<Labels> {
  const loader = loaders[language];
  return loader ? loader.load().catch(() => loader.load()).then((m) => m[language]!, () => en) : Promise.resolve(en);
}

/**
 * A label set with a host's overrides on top (`errors` is merged entry by entry). An override is taken
 * only where it is of the label's own kind (text for text, a function for a function; text where the
 * set has none, as English has no `noSalary`) and `lang` only when it is a valid language tag: a wrong
 * one is ignored, it never breaks rendering.
 */
export function withOverrides(set: Labels, overrides: Partial<Labels> | undefined): Labels {
  if (!overrides || typeof overrides !== 'object') return set;
  const fitting = (from: unknown, kind: (key: string) => string) =>
    Object.fromEntries(Object.entries(Object(from) as object).filter(([key, value]) => typeof value === kind(key) && (key !== 'lang' || firstLocale(value as string))));
  return {
    ...set,
    ...fitting(overrides, (key) => typeof ((set as unknown as Record<string, unknown>)[key] ?? '')),
    errors: { ...set.errors, ...fitting(overrides.errors, () => 'function') },
  };
}

/** The English error lines, the fallback of every label set: loaded the first time an error is shown. */
export const englishErrors = lazyView(() => import('./en-errors.js'));

/** The visitor's line for an error: the label set's (or an override), else English, else none. */
export function errorLine(l: Labels, kind: ErrorKind, info: ErrorInfo): string {
  return (l.errors?.[kind] ?? englishErrors.module?.errors[kind])?.(info) ?? (info.offline ? l.offline : '');
}
