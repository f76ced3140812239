/**
 * `job-widgets/schema`: the role schema (zod/mini objects), its types and the validator with readable
 * errors. The schema objects' declarations name zod's types: to type-check with them, install zod (an
 * optional peer dependency); their code is bundled and needs no install.
 */
export * from './role.js';
export { parseRole, parseRoleIndex, parseRoleComparison, type ParseResult, type ValidationIssue } from './validate.js';
export { formatIssues, formatPath } from './issues.js';
