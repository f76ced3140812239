/**
 * Registers every job-widgets element (tags already defined on the page are left alone), in the order
 * of src/elements.ts: the provider, `<job-profile>`, first, so parts inside it find it when they upgrade.
 * Written by scripts/entries.js from src/elements.ts: edit the list, not this file.
 */
import './job-profile/register.js';
import './salary-card/salary-card.js';
import './job-outlook/job-outlook.js';
import './skill-list/skill-list.js';
import './job-faq/job-faq.js';
import './job-activities/job-activities.js';
import './job-path/job-path.js';
import './related-jobs/related-jobs.js';
import './job-directory/job-directory.js';
import './job-card/job-card.js';
import './job-header/job-header.js';
import './job-compare/job-compare.js';
