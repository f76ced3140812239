/**
 * The role index (what <job-directory> lists) computed from role documents: id, title, other titles,
 * the tagline (what an entry shows), the summary's first sentence (what is searched, and shown when a
 * role has no tagline) and the headline salary, sorted by title. Shared by scripts/build-index.js and the
 * dataset test, so the committed data/index.json can be checked against the roles.
 */
export function indexOf(roles) {
  return {
    roles: roles
      .map((role) => ({
        id: role.id,
        title: role.title,
        ...(role.alsoKnownAs && { alsoKnownAs: role.alsoKnownAs }),
        ...(role.tagline && { tagline: role.tagline }),
        summary: firstSentence(role.summary),
        ...(role.salary && {
          salary: { amount: role.salary.amount, currency: role.salary.currency, period: role.salary.period, kind: role.salary.kind },
        }),
      }))
      .sort((a, b) => a.title.localeCompare(b.title, 'en')),
  };
}

/** The summary's first sentence (up to 300 characters). */
export function firstSentence(text) {
  const match = /^.+?[.!?](?=\s|$)/s.exec(text);
  return (match ? match[0] : text).slice(0, 300);
}
