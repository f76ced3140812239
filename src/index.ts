/**
 * job-widgets for bundlers: element classes and helpers, without registering any element.
 * Import `job-widgets/define` (or load `dist/job-widgets.js`) to register them all.
 */
export { RoleElement, type LoadState, type Theme } from './core/role-element.js';
// <elements> (written by scripts/entries.js from src/elements.ts)
export { JobProfileElement } from './job-profile/job-profile.component.js';
export { SalaryCardElement } from './salary-card/salary-card.component.js';
export { JobOutlookElement } from './job-outlook/job-outlook.component.js';
export { SkillListElement } from './skill-list/skill-list.component.js';
export { JobFaqElement } from './job-faq/job-faq.component.js';
export { JobActivitiesElement } from './job-activities/job-activities.component.js';
export { JobPathElement } from './job-path/job-path.component.js';
export { RelatedJobsElement } from './related-jobs/related-jobs.component.js';
export { JobDirectoryElement } from './job-directory/job-directory.component.js';
export { JobCardElement } from './job-card/job-card.component.js';
export { JobHeaderElement } from './job-header/job-header.component.js';
export { JobCompareElement } from './job-compare/job-compare.component.js';
// </elements>
export { JobSelectEvent, type JobSelectDetail } from './job-directory/job-directory.component.js';
export { roleContext, type SharedRole } from './core/context.js';
export { JobLoadEvent, JobErrorEvent, type JobLoadDetail, type JobErrorDetail, type ErrorKind, type JobWidgetError } from './core/events.js';
export type { Role, RoleComparison, RoleFamily, RoleIndex, RoleIndexItem, RoleSalary, RoleGrowth, RoleOpenings, RoleSource, RoleSkill, RolePathStep, RoleRelated, RoleFaqEntry } from './schema/types.js';
export { parseRole, type ParseResult, type ValidationIssue } from './schema/validate.js';
export { bundledRoleIds } from './data/bundled.js';
export { en as englishLabels, type Labels } from './i18n/en.js';
export { es as spanishLabels } from './i18n/es.js';
