// The `job-widgets-tools` command (package job-widgets-tools, tools/): validate, render and, for
// maintainers, data refresh. Rendering loads @lit-labs/ssr, satori, resvg and the fonts, the tools
// package's dependencies; data refresh loads csv-parse or read-excel-file. Each is imported when used.
import { USAGE } from './help.js';
import { run } from './run.js';

await run({
  usage: USAGE,
  render: async (args, out, err) => (await import('./render.js')).render(args, out, err),
  data: async (args, out, err) => (await import('./refresh.js')).data(args, out, err),
});
