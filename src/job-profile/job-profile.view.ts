import { css, html, nothing, type TemplateResult } from 'lit';
import { formatList } from '../core/format.js';
import type { ViewContext } from '../core/role-element.js';
import type { Role } from '../schema/types.js';
import { styles as faqStyles } from '../job-faq/job-faq.view.js';

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
const EXPORTED = 'section,heading,figure,figure-value,source,skill,toggle,activity,step,related,question,answer';

/** What the profile's view needs from its element. */
export interface ProfileContext extends ViewContext {
  /** The parts' heading level. */
  level: number;
  /** A part whose tag another library took first is left out, never shown as that library's element. */
  own: (tag: string) => boolean;
  /** `compact` for the short form; anything else is the whole profile. */
  variant: string | undefined;
}

/**
 * The compact profile's CSS (the whole profile has no details of its own). Its figures are the salary
 * card's, without their boxes and heading (each figure says what it is); its other sections'
 * headings are the disclosures' summaries (drawn as the FAQ's, the heading beside the marker), so the
 * parts inside do not repeat theirs.
 */
export const styles = css`
  ${faqStyles}
  summary > * {
    display: inline;
  }
  details > ::part(title),
  .compact > salary-card::part(title) {
    display: none;
  }
  details {
    padding-block: calc(var(--_space) * 0.25);
  }
  .compact ::part(figure) {
    border: 0;
    padding: 0;
    line-height: 1.3;
  }
`;

/**
 * The whole profile: titles and summary, then the part elements, which take the role from it. The
 * compact one fits in a post: the title, the summary, the figures with their sources and the top
 * skills; every other section a native disclosure (`<details>`) that opens in place, without
 * JavaScript too (a prerendered snippet). A disclosure's summary is its section's heading, so the
 * outline is the same open or closed.
 */
export function renderProfile({ l, level, heading, own, variant }: ProfileContext, role: Role): TemplateResult {
  const compact = variant === 'compact';
  const fold = (title: string, content: unknown) =>
    compact ? html`<details part="section"><summary>${heading(1, title)}</summary>${content}</details>` : content;
  // (A compact profile leaves out the disclosures of sections without data; parts hide themselves.)
  const part = (tag: string, has: unknown, title: string, content: TemplateResult) => (own(tag) && (has || !compact) ? fold(title, content) : nothing);
  const employers = (list: string[]) => html`<ul>
    ${list.map((e) => html`<li>${e}</li>`)}
  </ul>`;
  const also = role.alsoKnownAs ? html`<p class="muted">${l.alsoKnownAs}: ${formatList(role.alsoKnownAs, l.lang)}</p>` : nothing;
  const languages = role.languages ? html`<p>${l.languages}: ${formatList(role.languages, l.lang)}</p>` : nothing;
  // The compact profile's line under the title is the tagline (else the summary); its "About the job"
  // holds the summary (when the tagline stood in for it), the other titles, the languages and the
  // employers: one disclosure fewer.
  const { tagline } = role;
  return html`<article part="card" class=${compact ? 'card compact' : 'card'} lang=${l.lang}>
      <header>
        ${heading(0, role.title)}
        ${compact ? html`<p>${tagline ?? role.summary}</p>` : also}
      </header>
      ${compact
        ? nothing
        : html`<section part="section" class="section">
            ${heading(1, l.about)}
            <p>${role.summary}</p>
            ${languages}
          </section>`}
      ${own('salary-card') ? html`<salary-card embedded include="growth openings" heading-level=${level} exportparts=${EXPORTED}></salary-card>` : nothing}
      ${compact && own('skill-list') ? html`<skill-list embedded variant="chips" limit="3" heading-level=${level} exportparts=${EXPORTED}></skill-list>` : nothing}
      ${compact
        ? tagline || role.alsoKnownAs || role.languages || role.employers
          ? fold(l.about, [tagline && html`<p>${role.summary}</p>`, also, languages, role.employers && [heading(2, l.employers), employers(role.employers)]])
          : nothing
        : role.employers
          ? html`<section part="section" class="section">${heading(1, l.employers)} ${employers(role.employers)}</section>`
          : nothing}
      ${part('job-activities', role.activities, l.activities, html`<job-activities embedded heading-level=${level} exportparts=${EXPORTED}></job-activities>`)}
      ${compact ? nothing : part('skill-list', 1, '', html`<skill-list embedded heading-level=${level} exportparts=${EXPORTED}></skill-list>`)}
      ${part('job-path', role.path, l.path, html`<job-path embedded heading-level=${level} exportparts=${EXPORTED}></job-path>`)}
      ${part('related-jobs', role.related, l.related, html`<related-jobs embedded heading-level=${level} exportparts=${EXPORTED}></related-jobs>`)}
      ${part('job-faq', 1, l.faq, html`<job-faq embedded heading-level=${level} exportparts=${EXPORTED}></job-faq>`)}
    </article>`;
}
