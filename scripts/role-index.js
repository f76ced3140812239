/**
 * The role index (what <job-directory> lists) computed from role documents: id, title, other titles,
 * one line (the tagline, else the summary's first sentence), the headline salary and growth, the family and the skills (most central first), sorted
 * by title; then the skills' search terms from the vocabulary (data/skills.json: "Sequel" for SQL).
 * Shared by scripts/build-index.js and the dataset test, so the committed data/index.json can be
 * checked against the roles.
 */
export function indexOf(roles, vocabulary = { skills: [] }) {
  const used = new Set(roles.flatMap((role) => (role.skills ?? []).map((s) => s.name)));
  const searchTerms = vocabulary.skills.filter((s) => s.searchTerms && used.has(s.name)).map((s) => ({ skill: s.name, terms: s.searchTerms }));
  return {
    roles: roles
      .map((role) => {
        const skills = (role.skills ?? []).map((s) => s.name);
        return {
          id: role.id,
          title: role.title,
          ...(role.alsoKnownAs && { alsoKnownAs: role.alsoKnownAs }),
          // The tagline is the one line (the index's `summary`); else the summary's first sentence.
          summary: role.tagline ?? firstSentence(role.summary),
          ...(role.salary && {
            salary: { amount: role.salary.amount, currency: role.salary.currency, period: role.salary.period, kind: role.salary.kind },
          }),
          ...(role.growth && { growth: { percent: role.growth.percent, period: role.growth.period } }),
          ...(role.family && { family: role.family }),
          ...(skills.length && { skills }),
        };
      })
      .sort((a, b) => a.title.localeCompare(b.title, 'en')),
    ...(searchTerms.length && { searchTerms }),
  };
}

/** The summary's first sentence (up to 300 characters). */
export function firstSentence(text) {
  const match = /^.+?[.!?](?=\s|$)/s.exec(text);
  return (match ? match[0] : text).slice(0, 300);
}
