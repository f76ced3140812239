import type { ReactiveControllerHost } from 'lit';
import { en, type Labels } from '../i18n/en.js';
import { loadedLabels, loadLabels, withOverrides } from '../i18n/labels.js';

/**
 * An element's printed labels: the set of its locale's language (loaded on demand; English until it is
 * here), with the host's overrides on top, merged once per change.
 */
export class LabelSet {
  #set: Labels = en;
  #merged?: { set: Labels; overrides: Partial<Labels> | undefined; labels: Labels };

  readonly #host: ReactiveControllerHost;

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
  }

  /** Uses `language`'s set: at once if it is loaded, else once it has loaded (`wait`: on the server, English meanwhile). */
  use(language: string, wait: boolean): void {
    const set = loadedLabels(language);
    if (set || !wait) this.#set = set ?? en;
    else void loadLabels(language).then((loaded) => loaded !== this.#set && this.#host.requestUpdate());
  }

  /** The labels to print, with `overrides` on top. */
  with(overrides: Partial<Labels> | undefined): Labels {
    const m = this.#merged;
    if (m?.set !== this.#set || m.overrides !== overrides) {
      this.#merged = { set: this.#set, overrides, labels: withOverrides(this.#set, overrides) };
    }
    return this.#merged!.labels;
  }
}
