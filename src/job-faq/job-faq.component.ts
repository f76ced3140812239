import { css, html, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { RoleElement } from '../core/role-element.js';
import { baseStyles } from '../core/styles.js';
import type { Role, RoleFaqEntry } from '../schema/types.js';
import type { Labels } from '../i18n/en.js';
import { loadedFaqWriter, loadFaqWriter, prefetchFaqWriter } from '../faq/writer.js';
import { bundledWithFaq } from '../data/bundled.js';

/**
 * @tagname job-faq
 * @summary Frequently asked questions as a disclosure list. When the data has no FAQ, one is written
 * from the data (what the job is, pay, other titles, demand, whether it is a good job, skills,
 * starting later in life), each question only when the data can answer it, in the label language.
 *
 * @csspart card - The card (`section` inside `<job-profile>`).
 * @csspart heading - The heading.
 * @csspart question - A question: the `<summary>` that opens its answer.
 * @csspart answer - An answer.
 */
export class JobFaqElement extends RoleElement {
  static override styles = [
    baseStyles,
    css`
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
    `,
  ];

  static override properties: PropertyDeclarations = {
    generated: { state: true, attribute: false },
    failed: { state: true, attribute: false },
  };

  /** The FAQ written from the data, and what it was written for. */
  private generated?: { role: Role; key: string; entries: RoleFaqEntry[] };
  /** The FAQ being written, so `updateComplete` can wait for it. */
  #writing?: Promise<void>;
  /** The FAQ writer could not be loaded: nothing to show. */
  private failed = false;

  protected override hasSection(role: Role): boolean {
    return !!role.faq || !this.failed;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const role = this.roleData;
    if (this.state !== 'ready' || !role || role.faq) return;
    const l = this.l;
    const locale = this.resolvedLocale;
    const key = `${l.lang}|${locale}`;
    if (this.generated?.role === role && this.generated.key === key) return;
    // Written in this render when the writer has loaded (with the data, or on the server).
    const writer = loadedFaqWriter(l);
    this.generated = { role, key, entries: writer ? writer(role, locale) : [] };
    if (writer) return;
    this.#writing = loadFaqWriter(l).then(
      (write) => {
        if (this.generated?.role !== role || this.generated.key !== key) return;
        this.generated = { role, key, entries: write(role, locale) };
      },
      () => {
        this.failed = true; // the FAQ chunk could not load: the section is empty
      },
    );
  }

  /** The FAQ writer, with the data, unless the role is a bundled one with an FAQ of its own. */
  protected override prefetch(source: { kind: string; key?: unknown }, language: string): Promise<unknown> | undefined {
    if ((source.kind === 'job' && bundledWithFaq.has(source.key as string))) return undefined;
    return prefetchFaqWriter(language);
  }

  /** A role without an FAQ of its own needs the writer: it loads with the data. */
  protected override prepare(role: Role, labels: Labels): Promise<unknown> | undefined {
    return role.faq ? undefined : loadFaqWriter(labels);
  }

  /** Resolves once rendered, a generated FAQ included. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    while (this.#writing) {
      const writing = this.#writing;
      await writing;
      if (this.#writing === writing) this.#writing = undefined;
      done = await super.getUpdateComplete();
    }
    return done;
  }

  /** The questions shown: the data's own, else the generated ones. */
  get entries(): RoleFaqEntry[] {
    return this.roleData?.faq ?? this.generated?.entries ?? [];
  }

  protected renderRole(): TemplateResult | typeof nothing {
    const entries = this.entries;
    if (!entries.length) return nothing;
    return this.frame(
      this.l.faq,
      entries.map(
        (f) => html`<details>
          <summary part="question">${f.question}</summary>
          <p part="answer">${f.answer}</p>
        </details>`,
      ),
    );
  }
}
