import { ContextProvider } from '@lit/context';
import { html, isServer, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { loadFaqWriter, prefetchFaqWriter } from '../faq/writer.js';
import { bundledWithFaq } from '../data/bundled.js';
import { rangeView } from '../parts/figures.js';
import type { Labels } from '../i18n/en.js';
import { roleContext, type SharedRole } from '../core/context.js';
import { foreignTags } from '../core/define.js';
import { RoleElement } from '../core/role-element.js';
import { baseStyles } from '../core/styles.js';
import type { Role } from '../schema/types.js';
import { styles } from './job-profile.styles.js';
import { profileViews as view } from './views.js';

const PART_TAGS = 'salary-card, job-outlook, skill-list, job-faq, job-activities, job-path, related-jobs, job-header, job-card';


/**
 * @tagname job-profile
 * @summary The whole profile of a tech job role, made of the part elements: titles and summary, pay and
 * outlook with their sources, employers, daily activities, skills, the path into the job, related jobs
 * and an FAQ. It also provides its role to part elements placed inside it: with such children it shows
 * them, in the page's own layout, instead of the whole profile, and they make no requests of their own.
 * `variant="compact"` fits it in a post: the title, summary, figures and top skills, and every other
 * section a disclosure that opens in place.
 *
 * @slot - Part elements (and any layout around them) to show instead of the whole profile. An inline
 * `<script type="application/json">` child is data, not layout.
 *
 * @csspart card - The profile's outer box.
 * @csspart heading - Every heading.
 * @csspart section - Each section of the profile (in the compact variant, the disclosures are `<details>`).
 * @csspart figure - One figure (salary, growth or openings) with its label, value and source.
 * @csspart figure-value - The number of a figure.
 * @csspart source - The source and date of a figure.
 * @csspart skill - One skill.
 * @csspart toggle - The skill list's "show all" disclosure (a `<summary>`), when there is one.
 * @csspart activity - One daily activity.
 * @csspart step - One step of the path into the job.
 * @csspart related - One related job.
 * @csspart question - An FAQ question (the `<summary>` that opens its answer).
 * @csspart answer - An FAQ answer.
 */
export class JobProfileElement extends RoleElement {
  static override styles = [baseStyles, styles];
  protected static override readonly consumes = false;

  static override properties: PropertyDeclarations = {
    jobHref: { attribute: 'job-href' },
    variant: { reflect: true },
  };

  /** Link template for related roles that have an `id`, e.g. `/careers/{id}`; passed to every part. */
  jobHref?: string;

  /** `full` (the default, also for any other value): every section open; `compact`: the title, summary, figures and top skills, every other section a disclosure (`<details>`) that opens in place, without JavaScript too. */
  variant?: 'full' | 'compact';

  /**
   * Its view, in one chunk with its parts' (which connect only once it renders them): loaded with its
   * data, in one round trip, so the parts show at once with it.
   */
  static override loadView = () => view.load();
  static override viewStyles = () => view.module?.styles;

  readonly #provider = new ContextProvider(this, { context: roleContext });

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const next: SharedRole = {
      state: this.state,
      role: this.roleData,
      error: this.error,
      // The resolved locale: parts in its shadow root would otherwise find the card's label `lang`.
      locale: this.resolvedLocale,
      labels: this.labels,
      jobHref: this.jobHref,
    };
    const current = this.#provider.value;
    if (!current || (Object.keys(next) as (keyof SharedRole)[]).some((k) => next[k] !== current[k])) {
      this.#provider.setValue(next);
    }
  }

  /** The FAQ writer, with the data, unless the role is a bundled one with an FAQ of its own. */
  protected override prefetch(source: { kind: string; key?: unknown }, language: string): Promise<unknown> | undefined {
    if ((source.kind === 'job' && bundledWithFaq.has(source.key as string)) || this.#hasLayout) return undefined;
    return prefetchFaqWriter(language);
  }

  /**
   * What its parts need besides the data, loaded before they show: the FAQ writer for a role without
   * an FAQ, the range graphic for a salary with percentiles (for parts in the page's layout too).
   */
  protected override prepare(role: Role, labels: Labels): Promise<unknown> | undefined {
    return Promise.all([role.faq || this.#hasLayout ? undefined : loadFaqWriter(labels), role.salary?.percentiles ? rangeView.load() : undefined]);
  }

  /**
   * Part elements among its descendants mean the page lays out the parts itself. Other children
   * (fallback text for pages without JavaScript, say) are not shown.
   */
  get #hasLayout(): boolean {
    if (isServer) return false;
    return !!this.querySelector(PART_TAGS) || [...this.querySelectorAll('*')].some((e) => e instanceof RoleElement);
  }

  /** Resolves once this element and its parts (its own, or the page's inside it) have rendered. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    const parts = [...this.renderRoot.querySelectorAll('*'), ...this.querySelectorAll('*')].filter(
      (e): e is RoleElement => e instanceof RoleElement,
    );
    await Promise.all(parts.map((part) => part.updateComplete));
    return done;
  }

  protected override render(): unknown {
    return this.#hasLayout ? html`<slot></slot>` : super.render();
  }

  protected renderRole(role: Role): TemplateResult | typeof nothing {
    const context = {
      ...this.viewContext,
      level: Math.min(6, this.headingLevel + 1),
      variant: this.variant,
      own: (tag: string) => !foreignTags.has(tag),
    };
    return view.module ? view.module.renderProfile(context, role) : nothing;
  }
}
