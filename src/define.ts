/**
 * Registers every job-widgets element (tags already defined on the page are left alone). The provider,
 * `<job-profile>`, is registered first, so parts inside it find it when they upgrade.
 */
import './job-profile/job-profile.js';
import './job-outlook/job-outlook.js';
import './job-directory/job-directory.js';
import './job-card/job-card.js';
import './job-header/job-header.js';

export { JobProfileElement } from './job-profile/job-profile.component.js';
export { SalaryCardElement } from './salary-card/salary-card.component.js';
export { JobOutlookElement } from './job-outlook/job-outlook.component.js';
export { SkillListElement } from './skill-list/skill-list.component.js';
export { JobFaqElement } from './job-faq/job-faq.component.js';
export { JobActivitiesElement } from './job-activities/job-activities.component.js';
export { JobPathElement } from './job-path/job-path.component.js';
export { RelatedJobsElement } from './related-jobs/related-jobs.component.js';
export { JobDirectoryElement, JobSelectEvent, type JobSelectDetail } from './job-directory/job-directory.component.js';
export { JobCardElement } from './job-card/job-card.component.js';
export { JobHeaderElement } from './job-header/job-header.component.js';
export { RoleElement, type LoadState, type Theme } from './core/role-element.js';
export { JobLoadEvent, JobErrorEvent, type JobLoadDetail, type JobErrorDetail, type ErrorKind, type JobWidgetError } from './core/events.js';
