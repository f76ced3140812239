// The `job-widgets` command of the browser package: validate only, with zod, its one dependency here.
// Rendering needs the server renderer, satori, resvg and fonts (60 MB): they come with job-widgets-tools.
import { RENDER_ELSEWHERE, VALIDATE_HELP } from './help.js';
import { run } from './run.js';

await run({
  usage: `job-widgets: checks role files.\n\n${VALIDATE_HELP}\n\n${RENDER_ELSEWHERE}`,
  render: async (_args, _out, err) => {
    err(`job-widgets render: ${RENDER_ELSEWHERE}`);
    return 2;
  },
});
