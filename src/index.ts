// Bundle entry for action.yml's main and post.
import { run } from './main.js';

await run();
// Leave nothing running after the work is done (an open socket would keep the step alive).
process.exit();
