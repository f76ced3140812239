import type { LitElement, PropertyValues } from 'lit';

/** How long an element waits for `src` before giving up, unless its `timeout` attribute says otherwise. */
export const DEFAULT_TIMEOUT_MS = 10_000;

/** `heading-level`: a whole number from 1 to 6; anything else falls back to 2. */
export const headingLevelConverter = {
  fromAttribute(value: string | null): number {
    const level = Number(value);
    return Number.isInteger(level) && level >= 1 && level <= 6 ? level : 2;
  },
};

/** The longest wait a timer can take (2^31 − 1 ms, about 24.8 days): longer ones would fire at once. */
const MAX_TIMEOUT_MS = 2 ** 31 - 1;

/** `timeout`: a positive number of milliseconds (at most about 24.8 days); anything else falls back to the default. */
export const timeoutConverter = {
  fromAttribute(value: string | null): number {
    const ms = Number(value);
    return value !== null && value.trim() !== '' && Number.isFinite(ms) && ms > 0 ? Math.min(ms, MAX_TIMEOUT_MS) : DEFAULT_TIMEOUT_MS;
  },
};

/** `loading`: `lazy` or `eager` (the default for anything else); reflected only when lazy (the CSS keeps room then). */
export const loadingConverter = {
  fromAttribute: (value: string | null): 'lazy' | 'eager' => (value?.trim().toLowerCase() === 'lazy' ? 'lazy' : 'eager'),
  toAttribute: (value: string): string | null => (value === 'lazy' ? value : null),
};

/**
 * One conversion for attributes and properties: a property set from script (`headingLevel = '3'`,
 * `timeout = Infinity`) goes through its attribute's converter too. Call from `willUpdate`.
 */
export function convertProperties(element: LitElement, changed: PropertyValues): void {
  const properties = (element.constructor as typeof LitElement).elementProperties;
  const record = element as unknown as Record<PropertyKey, unknown>;
  for (const key of changed.keys()) {
    const from = properties.get(key)?.converter as { fromAttribute?: (v: string | null) => unknown } | undefined;
    const value = record[key];
    if (from?.fromAttribute) record[key] = from.fromAttribute(value == null ? null : String(value));
  }
}

/** `theme`: `light`, `dark` or `auto`; anything else (or none) inherits the page's colours. */
export type Theme = 'light' | 'dark' | 'auto' | 'inherit';
