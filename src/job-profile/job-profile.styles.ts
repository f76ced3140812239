import { css } from 'lit';

export const styles = css`
  header {
    margin-block-end: var(--_space);
  }
  header > :is(h1, h2, h3, h4, h5, h6) {
    font-size: 1.5em;
  }
  slot {
    display: contents;
  }
`;
