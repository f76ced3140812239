import { css, html, nothing, type TemplateResult } from 'lit';
import { formatChange, formatYears, shownChange } from '../core/format.js';
import type { Labels } from '../i18n/en.js';
import { cardWords, missingFigure } from '../i18n/en-card.js';
import { renderAmount } from '../parts/figures.js';
import type { Role, RoleSource } from '../schema/types.js';

/** The card's own CSS (after the shared styles): the element is the card, in five rows. */
export const styles = css`
      /* The element is the card: five rows, shared with the cards beside it when the page lays them
         out in a grid (a subgrid); on its own, five rows of its own. */
      :host {
        display: grid;
        grid-template-rows: subgrid;
        grid-row: span 5;
        row-gap: calc(var(--_space) * 0.75);
        align-content: start;
        background: var(--_surface);
        border: 1px solid var(--_border);
        border-block-start: 0.25rem solid var(--_accent);
        border-radius: var(--_radius);
        padding: var(--_space);
        overflow: clip; /* (stacked combining marks in data paint inside the card) */
      }
      :host([state='error']) {
        border: 0;
        padding: 0;
      }
      .card {
        display: contents;
      }
      .card > * {
        margin: 0;
      }
      :is(h1, h2, h3, h4, h5, h6) {
        font-size: 1.2em;
      }
      .summary {
        display: -webkit-box;
        -webkit-box-orient: vertical;
        -webkit-line-clamp: 2;
        line-clamp: 2;
        overflow: hidden;
        /* Two lines, always: the same place for what follows, and a size the grid can see (it sees none
           in a clamped box). */
        block-size: 3em;
        block-size: 2lh;
      }
      /* A tagline is written to fit two lines: it shows whole, a third line rather than an ellipsis
         where the card is narrow (the row grows for the cards beside it too). */
      .summary.tagline {
        display: block;
        -webkit-line-clamp: none;
        line-clamp: none;
        block-size: auto;
        /* No minimum and no clipping: in a card standing alone (its subgrid of rows falling back to
           rows of its own), Chromium sized this row at a minimum of two lines, or at nothing with a
           clipped box, and cut a third line off. Beside other cards the grid's shared rows align it. */
        overflow: visible;
        text-wrap: pretty;
      }
      .facts {
        display: grid;
        grid-template-columns: repeat(auto-fit, minmax(min(100%, 8.5rem), 1fr));
        gap: calc(var(--_space) * 0.5) var(--_space);
        align-items: start;
      }
      .facts dt {
        font-size: 0.875em;
        color: var(--_muted);
      }
      .facts .value {
        font-size: 1.25em;
      }
      /* A figure the role lacks, said in words: quiet, the size of the text around it. */
      .facts .none {
        color: var(--_muted);
        text-wrap: balance;
      }
      .facts .source {
        display: block;
        font-size: 0.8em;
        overflow-wrap: anywhere;
      }
      .skills {
        display: flex;
        flex-wrap: wrap;
        gap: 0.375em;
        list-style: none;
        padding: 0;
        font-size: 0.875em;
        align-self: start;
      }
      .skills li {
        border: 1px solid var(--_border);
        border-radius: 999px;
        padding: 0.05em 0.6em;
      }
      .skills .more {
        border-color: transparent;
        color: var(--_muted);
      }
      a[part='link'] {
        font-weight: 600;
        align-self: end;
        justify-self: start;
      }
    `;

/** How many skills a card names. */
const TOP_SKILLS = 3;

/** What the card's view needs from its element. */
export interface CardContext {
  l: Labels;
  locale: string;
  /** The link to the whole profile, if any. */
  href: string | undefined;
  heading: (offset: number, content: unknown) => TemplateResult;
}

/** A figure's source, after its note when it has one (e.g. that the figure is a wider group's). */
function source(l: Labels, s: RoleSource, note?: string): TemplateResult {
  const name = s.url ? html`<a href=${s.url}>${s.name}</a>` : s.name;
  return html`${note ? html`<dd class="source">${note}</dd>` : nothing}<dd part="source" class="source"><span class="vh">${l.source}: </span><bdi>${name}</bdi></dd>`;
}

function figure(label: string, value: unknown, from: TemplateResult | typeof nothing, kind = 'value'): TemplateResult {
  return html`<div part="figure"><dt>${label}</dt><dd part="figure-value" class=${kind}>${value}</dd>${from}</div>`;
}

/** Where a figure is missing, the card keeps its place and says so in words ("No confirmed pay figure yet"). */
const none = (l: Labels, label: string, what: 'salary' | 'growth') => figure(label, missingFigure(l, what), nothing, 'none');

/**
 * The card's five rows: title, tagline (or the summary in two lines), figures, skills, link (an empty
 * row keeps its place).
 */
export function renderCard({ l, locale, href, heading }: CardContext, role: Role): TemplateResult {
  const { salary: s, growth: g } = role;
  const skills = role.skills ?? [];
  const pay = s
    ? figure(
        s.region ? l.region(l.salary(s.kind), s.region) : l.salary(s.kind),
        renderAmount({ l, locale }, s),
        source(l, s.source, s.note),
      )
    : none(l, l.salaryHeading, 'salary');
  const growth = g
    ? figure(`${l.growthShort(shownChange(g.percent))}, ${formatYears(g.period.from, g.period.to, locale)}`, formatChange(g.percent, locale, l.littleChange), source(l, g.source, g.note))
    : none(l, l.growthShort(1), 'growth');
  return html`<article part="card" class="card" lang=${l.lang}>
    ${heading(0, role.title)}
    <p part="summary" class=${role.tagline ? 'summary tagline' : 'summary'}>${role.tagline ?? role.summary}</p>
    <dl class="facts">${pay}${growth}</dl>
    ${skills.length
      ? html`<ul part="skills" class="skills" aria-label=${cardWords(l).topSkills}>
          ${skills.slice(0, TOP_SKILLS).map((skill) => html`<li>${skill.name}</li>`)}
          ${skills.length > TOP_SKILLS ? html`<li class="more">${cardWords(l).moreSkills(skills.length - TOP_SKILLS)}</li>` : nothing}
        </ul>`
      : html`<div></div>`}
    ${href ? html`<a part="link" href=${href}>${cardWords(l).profileLink}<span class="vh">: ${role.title}</span></a>` : html`<div></div>`}
  </article>`;
}
