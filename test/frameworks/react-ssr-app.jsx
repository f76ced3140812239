// A React 19 app rendered on the server (renderToString, in the test server) and hydrated in the
// page (react-ssr-client.jsx), as Next.js does with a client component. Two ways to give a card its
// role and a `job-load` handler:
// - `props`: as in a client-only app, `data={role}` and `onjob-load`. React 19 sets neither while it
//   hydrates server HTML (it does on elements it creates), so the card has no role and the handler
//   never runs;
// - `pattern`: the README's way. The role goes in as inline JSON, which the server HTML carries (the
//   card shows it as soon as it is defined); an effect adds the listener, and the next sets `data`,
//   so the card loads once more with the listener on.
import { useEffect, useRef } from 'react';

/**
 * The README's server-rendering pattern: inline JSON for the server HTML, the listener and `data` in
 * effects. `<` is escaped in the JSON: a `</script>` in the role would end the script, and React's own
 * escaping of it on the server differs from the client's text (a hydration mismatch).
 */
export function JobCard({ role, onLoad }) {
  const ref = useRef(null);
  useEffect(() => {
    const card = ref.current;
    card.addEventListener('job-load', onLoad);
    return () => card.removeEventListener('job-load', onLoad);
  }, [onLoad]);
  // After the listener is on: the property React skipped while hydrating, and a load the listener hears.
  useEffect(() => {
    ref.current.data = role;
  }, [role]);
  return (
    <job-card ref={ref}>
      <script type="application/json">{JSON.stringify(role).replace(/</g, '\\u003c')}</script>
    </job-card>
  );
}

export function App({ role, pattern, report }) {
  // Runs once hydration has committed: the test's cue that React is done with the server HTML.
  useEffect(() => report('hydrated', pattern), [report, pattern]);
  const loaded = (event) => report('load', event.detail.data.title);
  return (
    <main>
      {pattern === 'props' ? <job-card data={role} onjob-load={loaded}></job-card> : <JobCard role={role} onLoad={loaded} />}
    </main>
  );
}
