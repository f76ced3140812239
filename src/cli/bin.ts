// The `job-widgets-tools` command (package job-widgets-tools, tools/): validate and render. Rendering
// loads @lit-labs/ssr, satori, resvg and the fonts, the tools package's dependencies.
import { USAGE } from './help.js';
import { run } from './run.js';

await run({ usage: USAGE, render: async (args, out, err) => (await import('./render.js')).render(args, out, err) });
