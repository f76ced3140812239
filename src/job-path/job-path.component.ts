import { css, html, nothing, type TemplateResult } from 'lit';
import { RoleElement } from '../core/role-element.js';
import { baseStyles } from '../core/styles.js';
import type { Role, RolePathStep } from '../schema/types.js';

/**
 * @tagname job-path
 * @summary The steps into the job, in order, with their sub-steps.
 *
 * @csspart card - The card (`section` inside `<job-profile>`).
 * @csspart heading - The heading and each step's title.
 * @csspart step - One step or sub-step.
 */
export class JobPathElement extends RoleElement {
  static override styles = [
    baseStyles,
    css`
      li + li,
      ol ol > li {
        margin-block-start: calc(var(--_space) * 0.75);
      }
    `,
  ];

  protected override hasSection(role: Role): boolean {
    return !!role.path;
  }

  private renderStep(step: RolePathStep, depth: number): TemplateResult {
    return html`<li part="step">
      ${this.heading(depth, step.title)} ${step.text ? html`<p>${step.text}</p>` : nothing}
      ${step.steps ? html`<ol>${step.steps.map((sub) => this.renderStep(sub, depth + 1))}</ol>` : nothing}
    </li>`;
  }

  protected renderRole(role: Role): TemplateResult {
    const path = role.path!;
    return this.frame(
      this.l.path,
      html`${path.intro ? html`<p>${path.intro}</p>` : nothing}
        <ol>
          ${path.steps.map((step) => this.renderStep(step, 1))}
        </ol>`,
    );
  }
}
