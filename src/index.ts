// Bundle entry for action.yml's main and post. The compile cache first (compile-cache.ts): it
// covers only modules loaded after it, so the run itself is loaded by import().
import { enableCodeCache } from './compile-cache.js';

const cache = enableCodeCache();
const { run } = await import('./main.js');
if (process.env.RUNNER_DEBUG === '1') process.stdout.write(`::debug::${cache}\n`);
await run();
// Everything the run opened is closed by now (SSH, timers, signal handlers), so the process
// ends by itself. Should a library still hold a handle, end anyway rather than keep the job
// step running; the timer is unref'd, so it never holds the process itself.
setTimeout(() => {
  process.stdout.write(`::debug::still open after the run: ${process.getActiveResourcesInfo().join(', ')}; exiting\n`);
  process.exit();
}, 2_000).unref();
