import { html, nothing, type TemplateResult } from 'lit';
import { RoleElement } from '../core/role-element.js';
import { baseStyles } from '../core/styles.js';
import { formatAsOf, formatChange, formatCount, formatList, formatMoney, formatYears } from '../core/format.js';
import type { Role, RoleGrowth, RoleOpenings, RoleSalary, RoleSource } from '../schema/role.js';
import { styles } from './job-profile.styles.js';

/**
 * @tagname job-profile
 * @summary The whole profile of a tech job role: titles, summary, pay and outlook with their
 * sources, employers, daily activities, skills, the path into the job, related jobs and an FAQ.
 *
 * @csspart card - The profile's outer box.
 * @csspart heading - Every heading.
 * @csspart section - Each section of the profile.
 * @csspart figure - One figure (salary, growth or openings) with its label, value and source.
 * @csspart figure-value - The number of a figure.
 * @csspart source - The source and date of a figure.
 * @csspart skill - One skill with its description.
 * @csspart step - One step of the path into the job.
 * @csspart related - One related job.
 * @csspart question - An FAQ question (the `<summary>` that opens its answer).
 * @csspart answer - An FAQ answer.
 */
export class JobProfileElement extends RoleElement {
  static override styles = [baseStyles, styles];

  protected renderRole(role: Role): TemplateResult {
    const l = this.labels;
    const locale = this.resolvedLocale;
    return html`<article part="card" class="card" lang=${l.lang}>
      <header>
        ${this.heading(0, role.title)}
        ${role.alsoKnownAs
          ? html`<p class="muted">${l.alsoKnownAs}: ${formatList(role.alsoKnownAs, l.lang)}</p>`
          : nothing}
      </header>
      ${this.section(l.about, html`<p>${role.summary}</p>
        ${role.languages ? html`<p>${l.languages}: ${formatList(role.languages, l.lang)}</p>` : nothing}`)}
      ${this.renderFigures(role, locale)}
      ${role.employers
        ? this.section(l.employers, html`<ul>${role.employers.map((e) => html`<li>${e}</li>`)}</ul>`)
        : nothing}
      ${role.activities
        ? this.section(
            l.activities,
            html`<ul class="plain">
              ${role.activities.map((a) => html`<li>${this.heading(2, a.title)}<p>${a.text}</p></li>`)}
            </ul>`,
          )
        : nothing}
      ${role.skills
        ? this.section(
            l.skills,
            html`<dl class="skills">
              ${role.skills.map(
                (s) => html`<div part="skill" class="skill">
                  <dt>${s.url ? html`<a href=${s.url}>${s.name}</a>` : s.name}</dt>
                  <dd>${s.description}</dd>
                </div>`,
              )}
            </dl>`,
          )
        : nothing}
      ${role.path
        ? this.section(
            l.path,
            html`${role.path.intro ? html`<p>${role.path.intro}</p>` : nothing}
              <ol class="path">
                ${role.path.steps.map(
                  (step) => html`<li part="step">
                    ${this.heading(2, step.title)} ${step.text ? html`<p>${step.text}</p>` : nothing}
                    ${step.steps
                      ? html`<ol class="substeps">
                          ${step.steps.map(
                            (sub) => html`<li part="step">
                              ${this.heading(3, sub.title)} ${sub.text ? html`<p>${sub.text}</p>` : nothing}
                            </li>`,
                          )}
                        </ol>`
                      : nothing}
                  </li>`,
                )}
              </ol>`,
          )
        : nothing}
      ${role.related
        ? this.section(
            l.related,
            html`<ul class="plain">
              ${role.related.map(
                (r) => html`<li part="related">
                  ${this.heading(2, r.url ? html`<a href=${r.url}>${r.title}</a>` : r.title)}
                  ${r.summary ? html`<p>${r.summary}</p>` : nothing}
                </li>`,
              )}
            </ul>`,
          )
        : nothing}
      ${role.faq
        ? this.section(
            l.faq,
            html`${role.faq.map(
              (f) => html`<details>
                <summary part="question">${f.question}</summary>
                <p part="answer">${f.answer}</p>
              </details>`,
            )}`,
          )
        : nothing}
    </article>`;
  }

  private section(title: string, content: unknown): TemplateResult {
    return html`<section part="section">${this.heading(1, title)}${content}</section>`;
  }

  private renderFigures(role: Role, locale: string): TemplateResult | typeof nothing {
    const { salary, growth, openings } = role;
    if (!salary && !growth && !openings) return nothing;
    return this.section(
      this.labels.figures,
      html`<dl class="figures">
        ${salary ? this.renderSalary(salary, locale) : nothing} ${growth ? this.renderGrowth(growth, locale) : nothing}
        ${openings ? this.renderOpenings(openings, locale) : nothing}
      </dl>`,
    );
  }

  private renderSalary(salary: RoleSalary, locale: string): TemplateResult {
    const l = this.labels;
    const money = (amount: number) => formatMoney(amount, salary.currency, locale);
    const p = salary.percentiles;
    const range: [number, number][] = [];
    if (p) {
      for (const [n, amount] of [[10, p.p10], [25, p.p25], [75, p.p75], [90, p.p90]] as const) {
        if (amount !== undefined) range.push([n, amount]);
      }
    }
    return this.figure(
      l.salary(salary.kind),
      salary,
      l.perPeriod(money(salary.amount), salary.period),
      salary.asOf ? formatAsOf(salary.asOf, locale) : undefined,
      range.length
        ? html`<dd class="muted">
            <ul class="plain">
              ${range.map(([n, amount]) => html`<li>${l.percentile(n)}: ${money(amount)}</li>`)}
            </ul>
          </dd>`
        : nothing,
    );
  }

  private renderGrowth(growth: RoleGrowth, locale: string): TemplateResult {
    const label = `${this.labels.growth}, ${formatYears(growth.period.from, growth.period.to, locale)}`;
    return this.figure(label, growth, formatChange(growth.percent, locale));
  }

  private renderOpenings(openings: RoleOpenings, locale: string): TemplateResult {
    const label = this.labels.openings(openings.kind);
    const period = openings.period ? formatYears(openings.period.from, openings.period.to, locale) : undefined;
    return this.figure(
      period ? `${label}, ${period}` : label,
      openings,
      formatCount(openings.count, locale),
      openings.asOf ? formatAsOf(openings.asOf, locale) : undefined,
    );
  }

  private figure(
    label: string,
    figure: { region?: string | undefined; note?: string | undefined; source: RoleSource },
    value: string,
    asOf?: string,
    extra: unknown = nothing,
  ): TemplateResult {
    const l = this.labels;
    const { source } = figure;
    return html`<div part="figure" class="figure">
      <dt>${figure.region ? l.region(label, figure.region) : label}</dt>
      <dd part="figure-value" class="value">${value}</dd>
      ${extra} ${figure.note ? html`<dd class="muted">${figure.note}</dd>` : nothing}
      <dd part="source" class="source">
        ${l.source}: ${source.url ? html`<a href=${source.url}>${source.name}</a>` : source.name}${asOf
          ? html`, ${l.asOf(asOf)}`
          : nothing}
      </dd>
    </div>`;
  }
}
