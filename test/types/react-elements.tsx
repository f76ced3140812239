import type {} from 'job-widgets/react';
// Every element in React 19 TSX, with its attributes, properties and typed events: must compile
// (test/jsx-types.test.js). `job-widgets/react` brings the types; nothing here is run.
import { useRef } from 'react';
import type { JobCardElement, Role, RoleComparison, RoleIndex } from 'job-widgets';

declare const role: Role;
declare const index: RoleIndex;
declare const comparison: RoleComparison;
declare function log(...values: unknown[]): void;

export function Every() {
  const card = useRef<JobCardElement>(null);
  return (
    <main>
      <job-profile
        data={role}
        labels={{ skills: 'What to learn' }}
        job-href="/careers/{id}"
        heading-level={1}
        theme="dark"
        locale="es"
        loading="lazy"
        timeout={5000}
        onjob-load={(event) => log(event.detail.data.title.toUpperCase())}
        onjob-error={(event) => log(event.detail.error.kind, event.detail.error.issues.length)}
      >
        <salary-card variant="badge" include="range" />
        <job-outlook />
        <skill-list variant="chips" limit={5} />
        <job-faq />
        <job-activities />
        <job-path />
        <related-jobs job-href="/careers/{id}" />
      </job-profile>
      <job-header job="data-scientist" src="/roles/data-scientist.json" />
      <job-card ref={card} job="data-scientist" href="/careers/data-scientist" className="card" onClick={() => log(card.current?.state)} />
      <job-directory
        data={index}
        onjob-select={(event) => {
          event.preventDefault();
          log(event.detail.id, event.detail.entry.title);
        }}
        onjob-load={(event) => log(event.detail.data.roles.length)}
      />
      <job-compare job="data-scientist database-architect" theme="dark" />
      <job-compare data={comparison} onjob-load={(event) => log(event.detail.data.roles.map((r) => r.title))} />
    </main>
  );
}
