/** `job-widgets/schema`: the role schema, its types and the validator with readable errors. */
export * from './role.js';
export { parseRole, parseRoleIndex, formatIssues, formatPath, type ParseResult, type ValidationIssue } from './validate.js';
