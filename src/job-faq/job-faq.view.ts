import { css, html, type TemplateResult } from 'lit';
import type { ViewContext } from '../core/role-element.js';
import type { RoleFaqEntry } from '../schema/types.js';

/** The FAQ's own CSS (after the shared styles). */
export const styles = css`
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

/** The questions as a disclosure list, in the element's frame. */
export function renderFaq({ l, frame }: ViewContext, entries: RoleFaqEntry[]): TemplateResult {
  return frame(
    l.faq,
    entries.map(
      (f) => html`<details>
        <summary part="question">${f.question}</summary>
        <p part="answer">${f.answer}</p>
      </details>`,
    ),
  );
}
