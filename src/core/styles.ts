import { css } from 'lit';

/**
 * Styles every role element shares. Without a `theme`, the host page's font and text colour are
 * inherited and every colour is mixed from the text colour, so the card suits light and dark pages
 * alike; `theme="light" | "dark" | "auto"` sets a surface and text colour of its own (contrast at
 * least WCAG AA). Custom properties inherit, so parts inside a themed provider follow its theme.
 */
export const baseStyles = css`
  :host([theme='light']),
  :host([theme='auto']) {
    --_theme-surface: #ffffff;
    --_theme-text: #1f2937;
    --_theme-accent: #2563eb;
  }
  :host([theme='dark']) {
    --_theme-surface: #111827;
    --_theme-text: #f3f4f6;
    --_theme-accent: #60a5fa;
  }
  @media (prefers-color-scheme: dark) {
    :host([theme='auto']) {
      --_theme-surface: #111827;
      --_theme-text: #f3f4f6;
      --_theme-accent: #60a5fa;
    }
  }
  :host {
    --_accent: var(--job-widget-accent, var(--_theme-accent, #2563eb));
    --_surface: var(--job-widget-surface, var(--_theme-surface, transparent));
    --_text: var(--job-widget-text, var(--_theme-text, currentColor));
    --_border: var(--job-widget-border, color-mix(in srgb, var(--_text) 22%, transparent));
    --_radius: var(--job-widget-radius, 0.5rem);
    --_space: var(--job-widget-space, 1rem);
    --_muted: var(--job-widget-muted, color-mix(in srgb, var(--_text) 78%, transparent));
    --_link: var(--job-widget-link, inherit);
    display: block;
    box-sizing: border-box;
    min-inline-size: 0;
    max-inline-size: 100%;
    font: inherit;
    color: var(--_text);
    line-height: 1.5;
    overflow-wrap: anywhere;
  }
  :host([hidden]),
  :host([empty]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  .card {
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-block-start: 0.25rem solid var(--_accent);
    border-radius: var(--_radius);
    padding: var(--_space);
    /* Stacked combining marks in data paint inside the card, not over its border or the page. */
    overflow: clip;
  }
  :is(h1, h2, h3, h4, h5, h6) {
    font-size: 1em;
    line-height: 1.25;
    margin-block: 0 calc(var(--_space) * 0.5);
  }
  /* Sizes follow a heading's place, not its level, which the host chooses with heading-level. */
  :is(.card, .section) > :is(h1, h2, h3, h4, h5, h6) {
    font-size: 1.2em;
  }
  .section {
    margin-block-start: calc(var(--_space) * 1.5);
  }
  /* The role a standalone part shows, as a small line above its heading. */
  .role {
    display: block;
    font-size: 0.75em;
    font-weight: 600;
    color: var(--_muted);
    margin-block-end: 0.15em;
  }
  p {
    margin-block: 0 calc(var(--_space) * 0.5);
  }
  ul,
  ol {
    margin-block: 0 calc(var(--_space) * 0.5);
    padding-inline-start: 1.25em;
  }
  ul.plain {
    list-style: none;
    padding: 0;
  }
  ul.plain > li + li {
    margin-block-start: calc(var(--_space) * 0.75);
  }
  dl,
  dd {
    margin: 0;
  }
  a {
    color: var(--_link);
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  /* Links, buttons, disclosures (the directory's fields have a focus style of their own). */
  :focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }
  .muted,
  .source {
    color: var(--_muted);
    font-size: 0.875em;
  }
  /* While loading, nothing takes space unless the page reserves it: the script runs after the first
     paint, so a placeholder of a guessed height would move the page once more, not less. */
  :host([state='loading']) {
    min-block-size: var(--job-widget-loading-block-size, 0px);
  }
  /* A lazy element keeps room while it waits: lazy elements of no height would all be "near the
     viewport" at once and all load at once. */
  :host([state='loading'][loading='lazy']) {
    min-block-size: var(--job-widget-lazy-block-size, 10rem);
  }
  .vh,
  .loading {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .error {
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-inline-start: 0.25rem solid var(--job-widget-error, #b91c1c);
    border-radius: var(--_radius);
    padding: var(--_space);
  }
  .error p {
    margin: 0;
  }
`;

/** Salary, growth and openings figures (`<salary-card>`, `<job-outlook>`). */
export const figureStyles = css`
  .value {
    font-size: 1.5em;
    font-weight: 700;
    font-variant-numeric: tabular-nums;
    line-height: 1.25;
  }
  /* An amount never wraps; its period is set smaller beside it (or below, in a narrow card). */
  .amount {
    white-space: nowrap;
  }
  .per {
    font-size: max(0.55em, 0.8rem);
    font-weight: 400;
    color: var(--_muted);
    white-space: nowrap;
  }
  .nowrap {
    white-space: nowrap;
  }
`;
