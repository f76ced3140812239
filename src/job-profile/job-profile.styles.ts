import { css } from 'lit';

export const styles = css`
  header {
    margin-block-end: var(--_space);
  }
  section {
    margin-block-start: calc(var(--_space) * 1.5);
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
  .figures {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 12rem), 1fr));
    gap: var(--_space);
    margin: 0;
  }
  .figure {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: calc(var(--_space) * 0.75);
  }
  .figure dd {
    margin: 0;
  }
  .figure .value {
    font-size: 1.5em;
    font-weight: 700;
    font-variant-numeric: tabular-nums;
  }
  .skills {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 16rem), 1fr));
    gap: calc(var(--_space) * 0.75) var(--_space);
    margin: 0;
  }
  .skills dt {
    font-weight: 700;
  }
  .skills dd {
    margin: 0;
  }
  .path > li + li,
  .substeps > li {
    margin-block-start: calc(var(--_space) * 0.75);
  }
  details {
    border-block-end: 1px solid var(--_border);
    padding-block: calc(var(--_space) * 0.5);
  }
  summary {
    cursor: pointer;
    font-weight: 700;
  }
  details > p {
    margin-block: calc(var(--_space) * 0.5) 0;
  }
`;
