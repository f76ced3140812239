import { html, type TemplateResult } from 'lit';
import type { Labels } from '../i18n/en.js';
import { errorLine } from '../i18n/labels.js';
import type { JobWidgetError } from './events.js';
import { headingTemplate } from './heading.js';

/**
 * A part's frame: its own card (`card`) or a plain section inside `<job-profile>`. `role`, the title of
 * the role it shows, goes above the heading when the part stands alone ("Back-end Developer" above
 * "Skills to learn"); inside a profile, the profile's title says it.
 */
export function frameTemplate(card: boolean, level: number, lang: string, role: string | undefined, title: string, content: unknown): TemplateResult {
  const heading = role ? html`<span part="role-title" class="role">${role}</span><span class="vh">: </span>${title}` : title;
  const kind = card ? 'card' : 'section';
  return html`<section part=${kind} class=${kind} lang=${lang}>${headingTemplate(level, heading, 'heading title')}${content}</section>`;
}

/** The message shown when the role cannot be shown (an alert), starting with `title`. */
export function errorTemplate(l: Labels, title: string, error: JobWidgetError): TemplateResult {
  const detail = errorLine(l, error.kind, { id: error.id, status: error.status, issues: error.issues.length, offline: navigator.onLine === false });
  return html`<div part="error" class="error" role="alert" lang=${l.lang}><p><strong>${title}</strong> ${detail}</p></div>`;
}

/** The placeholder while loading (for assistive technology; it takes no space unless the host gives it some). */
export const loadingTemplate = (l: Labels): TemplateResult =>
  html`<div part="loading" class="loading" aria-busy="true" lang=${l.lang}><p>${l.loading}</p></div>`;
