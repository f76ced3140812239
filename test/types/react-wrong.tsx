import type {} from 'job-widgets/react';
// Wrong uses that must NOT compile: each line marked `expect TSnnnn` must report that error, and no
// other line may report any (test/jsx-types.test.js).
import type { Role } from 'job-widgets';

declare const role: Role;

export const wrong = (
  <main>
    <skill-list limit={{}} /> {/* expect TS2322 */}
    <job-card heading-level="3" /> {/* expect TS2322 */}
    <salary-card variant="banner" /> {/* expect TS2322 */}
    <job-profile theme="sepia" /> {/* expect TS2322 */}
    <job-card profile={role} /> {/* expect TS2322 */}
    <job-card jobb="data-scientist" /> {/* expect TS2322 */}
    <job-profile onjob-load={(event) => event.detail.data.nosuch} /> {/* expect TS2339 */}
    <job-directory onjob-select={(event) => event.detail.data} /> {/* expect TS2339 */}
  </main>
);
