import { html, nothing, type TemplateResult } from 'lit';
import type { ViewContext } from '../core/role-element.js';
import { figureBoxStyles, renderGrowth, renderOpenings } from '../parts/figure-views.js';

/** The outlook's CSS (after the shared styles and the figures'). */
export const styles = figureBoxStyles;
import type { Role } from '../schema/types.js';

/** The growth and openings figures. */
export function renderOutlook(c: ViewContext, role: Role): TemplateResult {
  return c.frame(
    c.l.outlookHeading,
    html`<dl class="figures">
      ${role.growth ? renderGrowth(c, role.growth) : nothing} ${role.openings ? renderOpenings(c, role.openings) : nothing}
    </dl>`,
  );
}
