// Bundle entry for action.yml's main and post.
import { run } from './main.js';

await run();
