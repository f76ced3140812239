import { html, nothing, type TemplateResult } from 'lit';
import { formatList } from '../core/format.js';
import type { ViewContext } from '../core/role-element.js';
import type { Role } from '../schema/types.js';

// The parts' views, which share this chunk (see views.ts).
export * as salaryCard from '../salary-card/salary-card.view.js';
export * as skillList from '../skill-list/skill-list.view.js';
export * as jobFaq from '../job-faq/job-faq.view.js';
export * as jobActivities from '../job-activities/job-activities.view.js';
export * as jobOutlook from '../job-outlook/job-outlook.view.js';
export * as jobHeader from '../job-header/job-header.view.js';
export * as jobPath from '../job-path/job-path.view.js';
export * as relatedJobs from '../related-jobs/related-jobs.view.js';

/** The parts inside the profile pass their own parts on, so `job-profile::part(figure)` works. */
const EXPORTED = 'section, heading, figure, figure-value, source, skill, toggle, activity, step, related, question, answer';

/** What the profile's view needs from its element. */
export interface ProfileContext extends ViewContext {
  /** The parts' heading level. */
  level: number;
  /** A part whose tag another library took first is left out, never shown as that library's element. */
  own: (tag: string) => boolean;
}

/** The whole profile: titles and summary, then the part elements, which take the role from it. */
export function renderProfile({ l, level, heading, own }: ProfileContext, role: Role): TemplateResult {
  const part = (tag: string, content: TemplateResult) => (own(tag) ? content : nothing);
  return html`<article part="card" class="card" lang=${l.lang}>
      <header>
        ${heading(0, role.title)}
        ${role.alsoKnownAs ? html`<p class="muted">${l.alsoKnownAs}: ${formatList(role.alsoKnownAs, l.lang)}</p>` : nothing}
      </header>
      <section part="section" class="section">
        ${heading(1, l.about)}
        <p>${role.summary}</p>
        ${role.languages ? html`<p>${l.languages}: ${formatList(role.languages, l.lang)}</p>` : nothing}
      </section>
      ${part('salary-card', html`<salary-card embedded include="growth openings" heading-level=${level} exportparts=${EXPORTED}></salary-card>`)}
      ${role.employers
        ? html`<section part="section" class="section">
            ${heading(1, l.employers)}
            <ul>
              ${role.employers.map((e) => html`<li>${e}</li>`)}
            </ul>
          </section>`
        : nothing}
      ${part('job-activities', html`<job-activities embedded heading-level=${level} exportparts=${EXPORTED}></job-activities>`)}
      ${part('skill-list', html`<skill-list embedded heading-level=${level} exportparts=${EXPORTED}></skill-list>`)}
      ${part('job-path', html`<job-path embedded heading-level=${level} exportparts=${EXPORTED}></job-path>`)}
      ${part('related-jobs', html`<related-jobs embedded heading-level=${level} exportparts=${EXPORTED}></related-jobs>`)}
      ${part('job-faq', html`<job-faq embedded heading-level=${level} exportparts=${EXPORTED}></job-faq>`)}
    </article>`;
}
