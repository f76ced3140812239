// The provider first, so parts inside a <job-profile> find it when they upgrade; then the parts the
// profile is made of. (Modules run in import order.)
import './register.js';
import '../job-activities/job-activities.js';
import '../job-faq/job-faq.js';
import '../job-path/job-path.js';
import '../related-jobs/related-jobs.js';
import '../salary-card/salary-card.js';
import '../skill-list/skill-list.js';

export { JobProfileElement } from './job-profile.component.js';
