import { css } from 'lit';

/**
 * Styles every role element shares. The host page's font and text colour are inherited; borders,
 * spacing, radius and accent come from `--job-widget-*` custom properties with defaults that work on
 * light and dark pages alike (they are mixed from the inherited text colour).
 */
export const baseStyles = css`
  :host {
    --_accent: var(--job-widget-accent, #2563eb);
    --_surface: var(--job-widget-surface, transparent);
    --_border: var(--job-widget-border, color-mix(in srgb, currentColor 22%, transparent));
    --_radius: var(--job-widget-radius, 0.5rem);
    --_space: var(--job-widget-space, 1rem);
    --_muted: var(--job-widget-muted, color-mix(in srgb, currentColor 78%, transparent));
    --_link: var(--job-widget-link, inherit);
    display: block;
    box-sizing: border-box;
    min-inline-size: 0;
    max-inline-size: 100%;
    font: inherit;
    color: inherit;
    line-height: 1.5;
    overflow-wrap: anywhere;
  }
  :host([hidden]) {
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
  }
  :is(h1, h2, h3, h4, h5, h6) {
    font-size: 1em;
    line-height: 1.25;
    margin-block: 0 calc(var(--_space) * 0.5);
  }
  /* Sizes follow a heading's place, not its level, which the host chooses with heading-level. */
  header > :is(h1, h2, h3, h4, h5, h6) {
    font-size: 1.5em;
  }
  section > :is(h1, h2, h3, h4, h5, h6) {
    font-size: 1.2em;
  }
  p {
    margin-block: 0 calc(var(--_space) * 0.5);
  }
  a {
    color: var(--_link);
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  a:focus-visible,
  summary:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }
  .muted,
  .source {
    color: var(--_muted);
    font-size: 0.875em;
  }
  :host([state='loading']) {
    min-block-size: var(--job-widget-loading-block-size, 24rem);
  }
  .loading {
    block-size: 100%;
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space);
    color: var(--_muted);
  }
  .error {
    border: 1px solid var(--_border);
    border-inline-start: 0.25rem solid var(--job-widget-error, #b91c1c);
    border-radius: var(--_radius);
    padding: var(--_space);
  }
  .error p {
    margin: 0;
  }
`;
