// The browser side of react-ssr-app.jsx: registers the elements first (as a page that imports
// 'job-widgets/define' at the top of a client component does), then hydrates the server HTML.
import 'job-widgets/define';
import { hydrateRoot } from 'react-dom/client';
import { App } from './react-ssr-app.jsx';

export function hydrate(container, role, pattern, report) {
  const root = hydrateRoot(container, <App role={role} pattern={pattern} report={report} />, {
    // A mismatch makes React re-render on the client (and set the props after all): the test must see none.
    onRecoverableError: (error) => report('recoverable-error', String(error)),
  });
  return () => root.unmount();
}
