// The sticky pull request comment: the job summary posted as ONE comment per workload, found
// again by a hidden marker and its author (the token's own account: anyone can type the
// marker) and updated on later runs. Posting is best effort: a fork's
// read-only token or an API error leaves a warning (the job summary has the same report)
// and never fails the step.
import type { Logger } from '../log.js';

export const COMMENT_MARKER = '<!-- istio-vm-onboard -->';
/** GitHub refuses longer comment bodies (422). */
export const COMMENT_MAX_CHARS = 65_536;

export interface PrCommentOptions {
  token: string; // github-token input; empty -> skipped with a reason
  body: string; // markdown (the job summary), without the marker
  workloadKey: string; // "namespace/name"
  mode: 'auto' | 'always' | 'never';
  /** Deadline for all API calls together; default 30 s. */
  timeoutMs?: number;
}

export interface PrCommentResult {
  action: 'created' | 'updated' | 'skipped' | 'failed';
  url?: string;
  reason?: string;
}

const PR_EVENTS = new Set(['pull_request', 'pull_request_target']);
const CUT_NOTE =
  "\n\n---\n> [!NOTE]\n> This comment was cut to fit GitHub's 65,536-character limit. The job summary of this run has the full report.\n";

/** `<!-- istio-vm-onboard:NAMESPACE/NAME -->`; characters that could end the HTML comment are replaced. */
export function workloadMarker(workloadKey: string): string {
  const safe = workloadKey.replace(/[^A-Za-z0-9._/-]/g, '_');
  return COMMENT_MARKER.replace(' -->', `:${safe} -->`);
}

/** The full comment: marker line, then the body, cut to GitHub's limit with a note when too long. */
export function composeCommentBody(body: string, workloadKey: string, max = COMMENT_MAX_CHARS): { text: string; cut: boolean } {
  const head = workloadMarker(workloadKey) + '\n';
  if (head.length + body.length <= max) return { text: head + body, cut: false };
  // Room for the closers added below (one fence, a few </pre> and </details>).
  let kept = body.slice(0, Math.max(0, max - head.length - CUT_NOTE.length - 128));
  if (/[\uD800-\uDBFF]$/.test(kept)) kept = kept.slice(0, -1); // never half a surrogate pair
  // End on a whole line, so no table row, link or HTML tag is left half written.
  const nl = kept.lastIndexOf('\n');
  if (nl > kept.length / 2) kept = kept.slice(0, nl);
  return { text: head + kept + closeOpenBlocks(kept) + CUT_NOTE, cut: true };
}

// Closes what the cut left open, so the note renders as text below the report, not inside a
// code block or a collapsed <details>.
function closeOpenBlocks(md: string): string {
  let fence: string | undefined;
  for (const line of md.split('\n')) {
    const m = /^ {0,3}(`{3,}|~{3,})/.exec(line);
    if (!m?.[1]) continue;
    if (!fence) fence = m[1];
    else if (m[1][0] === fence[0] && m[1].length >= fence.length && line.trim() === m[1]) fence = undefined;
  }
  const open = (tag: string) => {
    const opens = md.match(new RegExp(`<${tag}[\\s>]`, 'gi'))?.length ?? 0;
    const closes = md.match(new RegExp(`</${tag}>`, 'gi'))?.length ?? 0;
    return Math.min(4, Math.max(0, opens - closes));
  };
  return (fence ? `\n${fence}` : '') + '\n</pre>'.repeat(open('pre')) + '\n</details>'.repeat(open('details'));
}

interface Target {
  owner: string;
  repo: string;
  number: number;
}

/** The token's own account, as GitHub's GraphQL `viewer` names it. */
export interface TokenIdentity {
  login: string;
  id: number;
}

/** What a listed comment says of its author (the REST issue comment's `user` and `performed_via_github_app`). */
export interface CommentAuthor {
  user?: { login?: string; id?: number } | null;
  performed_via_github_app?: { slug?: string } | null;
}

/**
 * Whether the token's own account wrote the comment. The marker proves nothing (anyone can
 * type it), the account id does: a login can be renamed, an id never changes hands. An app's
 * bot (`<slug>[bot]`, GITHUB_TOKEN's is github-actions[bot]) writes as itself, so an app named
 * beside it must be that app; a person's token (a PAT) writes with no app, so a comment an app
 * posted in that person's name is not ours.
 */
export function writtenBy(c: CommentAuthor, me: TokenIdentity): boolean {
  if (c.user?.id !== me.id || c.user.login !== me.login) return false;
  const app = c.performed_via_github_app;
  const bot = /\[bot\]$/.exec(me.login);
  if (!bot) return !app;
  return !app || app.slug === me.login.slice(0, bot.index);
}

export async function upsertPrComment(opts: PrCommentOptions, log: Logger): Promise<PrCommentResult> {
  if (opts.token) log.secret(opts.token);
  const skipped = (reason: string, warn = false): PrCommentResult => {
    if (warn) log.warning(`Pull request comment skipped: ${reason}. The job summary has the report.`);
    else log.info(`Pull request comment skipped: ${reason}.`);
    return { action: 'skipped', reason };
  };
  if (opts.mode === 'never') return skipped('comment is "never"');

  // The event name is GITHUB_EVENT_NAME, as github.context reads it: decided before loading the
  // GitHub client (about 1 MiB with its HTTP stack), which most runs (push, a schedule) never use.
  const eventName = process.env.GITHUB_EVENT_NAME || '(none)';
  if (opts.mode === 'auto' && !PR_EVENTS.has(eventName)) {
    return skipped(`event "${eventName}" is not a pull request event (comment is "auto")`);
  }
  // Imported here, not at the top: @actions/github reads the event from the environment when
  // first imported, and the CLI never needs it.
  const github = await import('@actions/github');
  const ctx = github.context;
  const event = ctx.eventName || '(none)';
  let target: Target | undefined;
  try {
    target = pullRequestOf(ctx.payload, ctx.repo);
  } catch (e) {
    return skipped(`no repository in the context (${errorText(e)})`, true);
  }
  if (!target) return skipped(`no pull request to comment on in this "${event}" run`, true);
  if (!opts.token) return skipped('github-token is empty', true);

  const marker = workloadMarker(opts.workloadKey);
  const { text, cut } = composeCommentBody(opts.body, opts.workloadKey);
  if (cut) log.warning(`The report is longer than a pull request comment may be; the comment is cut to ${text.length} characters.`);

  const octokit = github.getOctokit(opts.token, {
    // Octokit's own notices go through the masking logger, not the console.
    log: {
      debug: (m: string) => log.debug(m),
      info: (m: string) => log.debug(m),
      warn: (m: string) => log.warning(m),
      error: (m: string) => log.warning(m),
    },
  });
  const request = { signal: AbortSignal.timeout(opts.timeoutMs ?? 30_000) };
  const where = { owner: target.owner, repo: target.repo };
  const pr = `${target.owner}/${target.repo}#${target.number}`;
  let step = 'asking GitHub whose token github-token is';
  try {
    // GraphQL's viewer answers for every kind of token: a PAT's user, and an installation
    // token's bot (REST's GET /user refuses those with 403, GET /app wants the app's JWT).
    const { viewer } = await octokit.graphql<{ viewer?: { login?: unknown; databaseId?: unknown } }>(
      'query { viewer { login databaseId } }',
      { request },
    );
    const me =
      typeof viewer?.login === 'string' && typeof viewer.databaseId === 'number'
        ? { login: viewer.login, id: viewer.databaseId }
        : undefined;
    if (!me)
      log.warning("GitHub did not say whose token github-token is: no earlier comment is taken as this action's, a new one is posted.");
    step = `listing the comments of ${pr}`;
    const comments = await octokit.paginate(octokit.rest.issues.listComments, {
      ...where,
      issue_number: target.number,
      per_page: 100,
      request,
    });
    // Ours start with the marker and were written by the token's own account; a comment that
    // merely quotes the marker further down, or that someone else started with it, is not ours.
    const marked = comments.filter((c) => (c.body ?? '').trimStart().startsWith(marker));
    const mine = me ? marked.filter((c) => writtenBy(c, me)) : [];
    log.debug(
      `${comments.length} comment(s) on ${pr}, ${marked.length} with ${marker}, ${mine.length} of them by ${me?.login ?? 'this token'}`,
    );
    for (const c of marked.filter((x) => !mine.includes(x))) {
      log.warning(
        `Comment ${c.id} on ${pr} starts with this action's marker but was written by ${c.user?.login ?? 'an unknown account'}, not by ${me?.login ?? 'this token'}: left as it is; this run's report is in the action's own comment.`,
      );
    }
    const earlier = mine[0];
    if (mine.length > 1) log.debug(`Several comments carry ${marker}; updating the oldest (${earlier?.id}).`);
    if (earlier) {
      step = `updating comment ${earlier.id} on ${pr}`;
      const res = await octokit.rest.issues.updateComment({ ...where, comment_id: earlier.id, body: text, request });
      log.info(`Updated the pull request comment: ${res.data.html_url}`);
      return { action: 'updated', url: res.data.html_url };
    }
    step = `commenting on ${pr}`;
    const res = await octokit.rest.issues.createComment({ ...where, issue_number: target.number, body: text, request });
    log.info(`Commented on the pull request: ${res.data.html_url}`);
    return { action: 'created', url: res.data.html_url };
  } catch (e) {
    const reason = redact(`${step}: ${apiErrorText(e, ctx.apiUrl)}`, opts.token);
    log.warning(`Could not post the pull request comment (${reason}). The job summary has the report.`);
    return { action: 'failed', reason };
  }
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the webhook payload as @actions/github types it
function pullRequestOf(payload: Record<string, any>, repo: { owner: string; repo: string }): Target | undefined {
  // pull_request(_target) events carry pull_request; issue_comment on a PR carries issue.pull_request.
  const n = payload.pull_request?.number ?? (payload.issue?.pull_request ? payload.issue.number : undefined);
  if (typeof n !== 'number' || !Number.isInteger(n) || n < 1) return undefined;
  return { owner: repo.owner, repo: repo.repo, number: n };
}

function apiErrorText(e: unknown, apiUrl: string): string {
  const err = e as { name?: string; status?: number; response?: { data?: unknown }; message?: string };
  if (err?.name === 'AbortError' || err?.name === 'TimeoutError') return `no answer from the GitHub API at ${apiUrl} in time`;
  // A GraphQL answer of 200 with errors in it.
  if (err?.name === 'GraphqlResponseError') return `GitHub's GraphQL API answered: ${err.message ?? 'errors'}`;
  if (err?.response && typeof err.status === 'number') {
    const data = err.response.data as { message?: unknown } | undefined;
    const message = typeof data?.message === 'string' ? data.message : (err.message ?? 'error');
    const hint =
      err.status === 403 && /not accessible by integration/i.test(message)
        ? ' (the token cannot write: pull requests from forks get a read-only token; otherwise grant the job `pull-requests: write`)'
        : '';
    return `GitHub API answered ${err.status} ${message}${hint}`;
  }
  // No response: octokit reports network failures as status 500 without one.
  return `could not reach the GitHub API at ${apiUrl}: ${errorText(e)}`;
}

function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

function redact(text: string, token: string): string {
  return token ? text.split(token).join('***') : text;
}
