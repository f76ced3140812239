// A small React 19 app using the elements the way React users do: `data` and `labels` as properties
// (React 19 sets properties on custom elements that have them), `job` as an attribute, the events as
// `onjob-load` / `onjob-error` props. Built with esbuild by the test server (test/server.js).
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import 'job-widgets/define';

function App({ role, report }) {
  const [title, setTitle] = useState('');
  return (
    <main>
      <job-profile
        data={role}
        labels={{ skills: 'What to learn' }}
        onjob-load={(event) => {
          setTitle(event.detail.data.title);
          report('profile', event.detail.data.title);
        }}
      ></job-profile>
      <salary-card job="data-scientist" variant="badge" onjob-load={(event) => report('badge', event.detail.data.id)}></salary-card>
      <job-card job="no-such-role" onjob-error={(event) => report('error', event.detail.error.kind)}></job-card>
      <p id="title">{title}</p>
    </main>
  );
}

export function mount(container, role, report) {
  const root = createRoot(container);
  root.render(<App role={role} report={report} />);
  return () => root.unmount();
}
