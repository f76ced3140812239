/** Registers every job-widgets element (tags already defined on the page are left alone). */
import './job-profile/job-profile.js';

export { JobProfileElement } from './job-profile/job-profile.component.js';
export { RoleElement, type LoadState } from './core/role-element.js';
export { JobLoadEvent, JobErrorEvent, type ErrorKind, type JobWidgetError } from './core/events.js';
