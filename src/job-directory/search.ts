/**
 * The directory's search: every word of the query must match a word of the role's title or other
 * names, its skills (or their search terms, "Sequel" for SQL) or its one line. Roles matched by their
 * names come first, then by their skills, then by their line; within a group, exact words before
 * beginnings of words before near misses, then central skills (listed first) before others.
 *
 * A near miss is one typo (a letter missing, added, changed, or two swapped) in a word of 4 to 7
 * letters, two in a longer one: "javscript", "devosp", "sciense". No library: for an index of this
 * size the whole search is smaller than any maintained search library would be (see the note),
 * and it runs in the directory's chunk, not in the main module.
 */
import type { RoleIndex, RoleIndexItem } from '../schema/types.js';

/** Lower case, without accents: "Análisis" matches "analisis". */
const fold = (text: string): string => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** The words of a text, folded: letters and digits, keeping "c++", "c#" and ".net"'s "net". */
export const wordsOf = (text: string): string[] => fold(text).match(/[\p{L}\p{N}]+[+#]*/gu) ?? [];

/**
 * Optimal string alignment distance between a and b (insertions, deletions, substitutions and swaps
 * of neighbours), or `max + 1` as soon as it is sure to be more than `max`.
 */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, before[j - 2]! + 1);
      row.push(d);
      best = Math.min(best, d);
    }
    if (best > max) return max + 1;
    [before, previous] = [previous, row];
  }
  return Math.min(previous[b.length]!, max + 1);
}

/** How many typos a query word may have: none under 4 letters, one up to 7, two from 8. */
const allowed = (word: string) => (word.length < 4 ? 0 : word.length < 8 ? 1 : 2);

/** How well a query word matches a word of the text: 3 the same, 2 its beginning, 1 a near miss, 0 not. */
export function wordMatch(query: string, word: string): number {
  if (word === query) return 3;
  if (word.startsWith(query)) return 2;
  const typos = allowed(query);
  if (!typos) return 0;
  // A near miss of the whole word, or of its beginning (the visitor is still typing).
  return editDistance(query, word, typos) <= typos || (word.length > query.length && editDistance(query, word.slice(0, query.length), typos) <= typos) ? 1 : 0;
}

/** Where a role matched: 0 its title, 1 its other names, 2 its skills, 3 its line. */
export type Field = 0 | 1 | 2 | 3;

/** One matching role, with what the directory shows and sorts by. */
export interface Hit {
  role: RoleIndexItem;
  /** The weakest field a query word needed (0 when every word is in the title). */
  field: Field;
  /** The sum of the words' best matches (3 exact, 2 beginning, 1 near miss). */
  quality: number;
  /** The position of the first matching skill (the most central one), when a word needed the skills. */
  skillAt: number;
  /** The skills a word matched, by name, for the list to show why the role is there. */
  skills: string[];
}

/** The words of a name, with each two neighbours joined too: "Front-end" is also "frontend". */
const joined = (text: string) => {
  const words = wordsOf(text);
  return [...words, ...words.slice(1).map((w, i) => words[i] + w)];
};

/** The fields of a role as words; each skill's words followed by those of its search terms. */
function fieldsOf(role: RoleIndexItem, terms: Map<string, string[]>) {
  return [
    joined(role.title),
    (role.alsoKnownAs ?? []).flatMap(joined),
    (role.skills ?? []).map((skill) => [skill, ...(terms.get(skill) ?? [])].flatMap(joined)),
    wordsOf(`${role.tagline ?? ""} ${role.summary}`),
  ] as const;
}

const best = (query: string, words: string[]) => Math.max(0, ...words.map((w) => wordMatch(query, w)));

/** The roles of `index` matching every word of `query`, best first (an empty query matches all, in the index's order). */
export function search(index: RoleIndex, query: string): Hit[] {
  const words = wordsOf(query);
  const terms = new Map<string, string[]>();
  for (const { skill, terms: more } of index.searchTerms ?? []) terms.set(skill, [...(terms.get(skill) ?? []), ...more]);
  const hits: Hit[] = [];
  index.roles.forEach((role) => {
    const [title, names, skillWords, line] = fieldsOf(role, terms);
    let field: Field = 0;
    let quality = 0;
    let skillAt = Infinity;
    const skills = new Set<string>();
    const take = (f: Field, q: number) => {
      field = Math.max(field, f) as Field;
      quality += q;
    };
    for (const word of words) {
      const perSkill = skillWords.map((skill) => best(word, skill));
      const bySkill = Math.max(0, ...perSkill);
      const byTitle = best(word, title);
      const byName = best(word, names);
      // A title or other name wins unless it is only a near miss and a skill matches better.
      if (byTitle >= 2 || (byTitle && byTitle >= Math.max(byName, bySkill))) take(0, byTitle);
      else if (byName >= 2 || (byName && byName >= bySkill)) take(1, byName);
      else if (bySkill) {
        take(2, bySkill);
        perSkill.forEach((q, i) => {
          if (q === bySkill) {
            skills.add(role.skills![i]!);
            skillAt = Math.min(skillAt, i);
          }
        });
      } else {
        // The line is searched for words and their beginnings only: near misses there are mostly noise.
        const byLine = best(word, line);
        if (byLine < 2) return;
        take(3, byLine);
      }
    }
    hits.push({ role, field, quality, skillAt, skills: [...skills] });
  });
  // Array.prototype.sort is stable: equal hits keep the index's order.
  return hits.sort((a, b) => a.field - b.field || b.quality - a.quality || a.skillAt - b.skillAt);
}
