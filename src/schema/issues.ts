/**
 * Readable validation errors. `zod/mini` ships no messages (every issue says "Invalid input"), and
 * setting a zod locale is global, so it would change the host page's own zod. The plain-English
 * message is therefore written here from each issue's code, path and parameters.
 */
import type * as z from 'zod/mini';
import { PLAIN_TEXT } from './role.js';
import type { ValidationIssue } from './types.js';

/** `['skills', 3, 'url']` → `skills[3].url`. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)),
    '',
  );
}

export function formatIssues(issues: readonly z.core.$ZodIssue[]): ValidationIssue[] {
  return issues.map((issue) => ({ path: formatPath(issue.path), message: describeIssue(issue) }));
}

/** The default text of every zod/mini issue; anything else is a message we wrote in the schema. */
const DEFAULT_MESSAGE = 'Invalid input';

function describeIssue(issue: z.core.$ZodIssue): string {
  const custom = issue.message && issue.message !== DEFAULT_MESSAGE ? issue.message : undefined;
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return `is missing (expected ${kindName(issue.expected)})`;
      return `expected ${kindName(issue.expected)}, got ${describeValue(issue.input)}`;
    case 'too_small':
      return sizeMessage(issue.origin, 'min', Number(issue.minimum), issue.inclusive !== false);
    case 'too_big':
      return sizeMessage(issue.origin, 'max', Number(issue.maximum), issue.inclusive !== false);
    case 'invalid_format':
      if (issue.pattern === String(PLAIN_TEXT)) return unsafeCharacter(String(issue.input));
      return `${custom ?? `must match the pattern ${issue.pattern ?? issue.format}`}, got ${describeValue(issue.input)}`;
    case 'invalid_value':
      return `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}, got ${describeValue(issue.input)}`;
    case 'unrecognized_keys':
      return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => JSON.stringify(k)).join(', ')}`;
    case 'not_multiple_of':
      return `must be a multiple of ${issue.divisor}`;
    case 'invalid_union':
      return 'does not match any allowed form';
    default:
      return custom ?? 'is not valid';
  }
}

/** "contains a control character (U+0007) at position 12": the first character XML cannot carry, counted from 1 in characters. */
function unsafeCharacter(text: string): string {
  let position = 0;
  for (const char of text) {
    position++;
    if (PLAIN_TEXT.test(char)) continue;
    const code = char.codePointAt(0)!;
    const kind = code < 0xd800 ? 'a control character' : code < 0xe000 ? 'an unpaired surrogate' : 'a noncharacter';
    return `contains ${kind} (U+${code.toString(16).toUpperCase().padStart(4, '0')}) at position ${position}`;
  }
  return 'contains a character that is not allowed';
}

function kindName(kind: string): string {
  switch (kind) {
    case 'int':
      return 'a whole number';
    case 'array':
      return 'a list';
    case 'object':
      return 'an object';
    case 'undefined':
    case 'never':
      return 'nothing here';
    default:
      return `a ${kind}`;
  }
}

function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  switch (typeof value) {
    case 'string': {
      const shown = value.length > 60 ? `${value.slice(0, 57)}...` : value;
      return JSON.stringify(shown);
    }
    case 'number':
    case 'boolean':
      return String(value);
    case 'object':
      return 'an object';
    default:
      return typeof value;
  }
}

function sizeMessage(origin: string, bound: 'min' | 'max', limit: number, inclusive: boolean): string {
  if (origin === 'string') {
    if (bound === 'min' && limit <= 1) return 'must not be empty';
    return `must be at ${bound === 'min' ? 'least' : 'most'} ${limit} characters long`;
  }
  if (origin === 'array') {
    if (bound === 'min' && limit <= 1) return 'must not be an empty list';
    return `must have at ${bound === 'min' ? 'least' : 'most'} ${limit} items`;
  }
  const relation = bound === 'min' ? (inclusive ? 'at least' : 'greater than') : inclusive ? 'at most' : 'less than';
  return `must be ${relation} ${limit}`;
}
