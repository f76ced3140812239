import { createContext } from '@lit/context';
import type { Labels } from '../i18n/en.js';
import type { Role } from '../schema/types.js';
import type { JobWidgetError } from './events.js';

/** Where an element is: loading its role, showing it, or showing why it cannot. */
export type LoadState = 'loading' | 'ready' | 'error';

/** What a provider (`<job-profile>`) shares with the parts inside it. */
export interface SharedRole {
  state: LoadState;
  role?: Role | undefined;
  error?: JobWidgetError | undefined;
  /** The provider's resolved locale. */
  locale?: string | undefined;
  /** The provider's `labels` overrides, if set. */
  labels?: Partial<Labels> | undefined;
  /** The provider's `job-href` link template, if set. */
  jobHref?: string | undefined;
}

export const roleContext = createContext<SharedRole | undefined>(Symbol('job-widgets-role'));
