/**
 * job-widgets for bundlers: element classes and helpers, without registering any element.
 * Import `job-widgets/define` (or load `dist/job-widgets.js`) to register them all.
 */
export { RoleElement, type LoadState } from './core/role-element.js';
export { JobProfileElement } from './job-profile/job-profile.component.js';
export { JobLoadEvent, JobErrorEvent, type ErrorKind, type JobWidgetError } from './core/events.js';
export { RoleSchema, SafeUrl, type Role } from './schema/role.js';
export { parseRole, type ParseResult, type ValidationIssue } from './schema/validate.js';
export { bundledRoleIds } from './data/bundled.js';
export { en as englishLabels, type Labels } from './i18n/en.js';
