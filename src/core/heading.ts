import { html, type TemplateResult } from 'lit';

/** A heading of `level` (clamped to 1–6). Levels are static in templates, hence one template each. */
export function headingTemplate(level: number, content: unknown, part = 'heading'): TemplateResult {
  switch (Math.max(1, Math.min(6, level))) {
    case 1:
      return html`<h1 part=${part}>${content}</h1>`;
    case 2:
      return html`<h2 part=${part}>${content}</h2>`;
    case 3:
      return html`<h3 part=${part}>${content}</h3>`;
    case 4:
      return html`<h4 part=${part}>${content}</h4>`;
    case 5:
      return html`<h5 part=${part}>${content}</h5>`;
    default:
      return html`<h6 part=${part}>${content}</h6>`;
  }
}
