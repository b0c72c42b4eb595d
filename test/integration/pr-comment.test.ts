// The sticky pull request comment against the GitHub API stand-in, through the real
// @actions/github (octokit, pagination, auth header). @actions/github reads the event from the
// environment when first imported, so the pull_request environment is set before the module is
// imported; the push event runs in a child process with its own environment.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, it } from 'node:test';
import type { Logger } from '../../src/log.js';
import type { PrCommentOptions, PrCommentResult } from '../../src/report/pr-comment.js';
import { startGitHubApiStandin, type GitHubApiStandin } from '../support/github-api-standin.js';

const TOKEN = 'ghs_writeTokenForTests0123456789abcdef';
const READ_ONLY = 'ghs_readOnlyTokenForTests0123456789ab';
const PAT = 'ghp_aPersonalAccessTokenForTests012345';
const PR = 7;
const MODULE = fileURLToPath(new URL('../../src/report/pr-comment.ts', import.meta.url));
const OURS = '<!-- istio-vm-onboard:demo/web-vm -->';

// Other people's comments: enough to put ours on page 2 (per_page 100), one starting with
// another workload's marker, one quoting our marker mid-text, and one of ours on another PR.
const seeds = [
  ...Array.from({ length: 118 }, (_, i) => ({ issue: PR, body: `review note ${i}`, user: i % 2 ? 'octocat' : 'reviewer' })),
  { issue: PR, body: '<!-- istio-vm-onboard:other/vm-b -->\ncopied from another run', user: 'mallory' },
  { issue: PR, body: `The bot writes ${OURS} at the top, see?`, user: 'octocat' },
  { issue: 8, body: `${OURS}\nthe report on another pull request`, user: 'github-actions[bot]' },
];

interface Line {
  level: string;
  msg: string;
}
function recorder(): { log: Logger; lines: Line[] } {
  const lines: Line[] = [];
  const at = (level: string) => (msg: string) => void lines.push({ level, msg });
  return {
    lines,
    log: { info: at('info'), debug: at('debug'), warning: at('warning'), error: at('error'), group: (_t, fn) => fn(), secret: () => {} },
  };
}

let api: GitHubApiStandin;
let dir: string;
let upsert: (o: PrCommentOptions, l: Logger) => Promise<PrCommentResult>;
const savedEnv = { ...process.env };
let t0: number;

async function run(o: Partial<PrCommentOptions>): Promise<{ result: PrCommentResult; lines: Line[] }> {
  const { log, lines } = recorder();
  const result = await upsert({ token: TOKEN, body: 'report', workloadKey: 'demo/web-vm', mode: 'auto', ...o }, log);
  for (const l of lines) assert.ok(![TOKEN, READ_ONLY, PAT].some((t) => l.msg.includes(t)), `a token in the log: ${l.msg}`);
  assert.ok(!JSON.stringify(result).includes(TOKEN), 'the token in the result');
  return { result, lines };
}
const snapshot = () => JSON.stringify([api.comments(PR), api.comments(8)]);
const othersOf = (issue: number) => api.comments(issue).filter((c) => c.user !== 'github-actions[bot]');

describe('sticky pull request comment', () => {
  before(async () => {
    t0 = Date.now();
    api = await startGitHubApiStandin({
      token: TOKEN,
      readOnlyToken: READ_ONLY,
      tokens: [{ token: PAT, login: 'alice', write: true }],
      seedComments: seeds,
    });
    dir = mkdtempSync(join(tmpdir(), 'ivo-pr-comment-'));
    writeFileSync(join(dir, 'pull_request.json'), JSON.stringify({ action: 'synchronize', number: PR, pull_request: { number: PR } }));
    writeFileSync(
      join(dir, 'push.json'),
      JSON.stringify({ ref: 'refs/heads/main', repository: { name: 'repo', owner: { login: 'owner' } } }),
    );
    Object.assign(process.env, {
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: join(dir, 'pull_request.json'),
      GITHUB_REPOSITORY: 'owner/repo',
      GITHUB_API_URL: api.url,
    });
    ({ upsertPrComment: upsert } = await import('../../src/report/pr-comment.js'));
  });
  after(async () => {
    await api?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
    process.env = savedEnv;
    console.log(`# pr-comment suite: ${Date.now() - t0} ms`);
  });

  it('creates the comment on the first run, with the marker first', async () => {
    const othersBefore = JSON.stringify(othersOf(PR));
    const { result } = await run({ body: '## Onboarded demo/web-vm\nall checks passed' });
    assert.equal(result.action, 'created');
    const mine = api.comments(PR).filter((c) => c.user === 'github-actions[bot]');
    assert.equal(mine.length, 1);
    assert.equal(mine[0]?.body, `${OURS}\n## Onboarded demo/web-vm\nall checks passed`);
    assert.equal(result.url, mine[0]?.html_url);
    assert.equal(JSON.stringify(othersOf(PR)), othersBefore);
    // 120 comments: both pages read, then one POST.
    assert.deepEqual(
      api.requests.map((r) => `${r.method} ${r.path.replace(/\?.*/, '')} ${r.status}`),
      [
        'POST /graphql 200',
        `GET /repos/owner/repo/issues/${PR}/comments 200`,
        `GET /repos/owner/repo/issues/${PR}/comments 200`,
        `POST /repos/owner/repo/issues/${PR}/comments 201`,
      ],
    );
    assert.match(api.requests[2]?.path ?? '', /[?&]page=2\b/);
  });

  it('updates that comment on the next run instead of adding one (found on page 2)', async () => {
    const [before] = api.comments(PR).filter((c) => c.body.startsWith(OURS));
    const n = api.requests.length;
    const { result } = await run({ body: '## Onboarded demo/web-vm\nsecond run' });
    assert.equal(result.action, 'updated');
    const mine = api.comments(PR).filter((c) => c.body.startsWith(OURS));
    assert.equal(mine.length, 1);
    assert.equal(mine[0]?.id, before?.id);
    assert.equal(mine[0]?.body, `${OURS}\n## Onboarded demo/web-vm\nsecond run`);
    const methods = api.requests.slice(n).map((r) => `${r.method} ${r.status}`);
    assert.deepEqual(methods, ['POST 200', 'GET 200', 'GET 200', 'PATCH 200']);
    assert.equal(api.requests.at(-1)?.path, `/repos/owner/repo/issues/comments/${before?.id}`);
  });

  it('gives a second workload its own comment and keeps each one sticky', async () => {
    const a = await run({ workloadKey: 'demo/db-vm', body: 'db report 1' });
    assert.equal(a.result.action, 'created');
    const b = await run({ workloadKey: 'demo/db-vm', body: 'db report 2' });
    assert.equal(b.result.action, 'updated');
    const c = await run({ body: 'web report 3' });
    assert.equal(c.result.action, 'updated');
    const bot = api.comments(PR).filter((x) => x.user === 'github-actions[bot]');
    assert.deepEqual(
      bot.map((x) => x.body),
      [`${OURS}\nweb report 3`, '<!-- istio-vm-onboard:demo/db-vm -->\ndb report 2'],
    );
  });

  it("leaves other users' comments and other pull requests alone", () => {
    const others = othersOf(PR);
    assert.equal(others.length, 120);
    assert.deepEqual(
      others.map((c) => c.body),
      seeds.filter((s) => s.issue === PR).map((s) => s.body),
    );
    assert.deepEqual(
      api.comments(8).map((c) => c.body),
      [`${OURS}\nthe report on another pull request`],
    );
    assert.ok(api.requests.every((r) => !r.path.includes('/issues/8/')));
  });

  it('does not fail on a read-only token (fork): action failed with the 403 reason and a warning', async () => {
    const before = snapshot();
    const { result, lines } = await run({ token: READ_ONLY, body: 'from a fork' });
    assert.equal(result.action, 'failed');
    assert.match(result.reason ?? '', /403 Resource not accessible by integration/);
    assert.match(result.reason ?? '', /updating comment \d+ on owner\/repo#7/);
    assert.ok(lines.some((l) => l.level === 'warning' && /job summary has the report/.test(l.msg) && /403/.test(l.msg)));
    assert.equal(snapshot(), before);
    assert.equal(api.requests.at(-1)?.status, 403);
  });

  it('reports a bad token as failed (401), not an exception', async () => {
    const { result } = await run({ token: 'ghs_unknown', body: 'x' });
    assert.equal(result.action, 'failed');
    assert.match(result.reason ?? '', /401 Bad credentials/);
  });

  it('skips with mode never and with an empty token, without calling the API', async () => {
    const n = api.requests.length;
    const never = await run({ mode: 'never' });
    assert.deepEqual(never.result, { action: 'skipped', reason: 'comment is "never"' });
    const noToken = await run({ token: '', mode: 'always' });
    assert.equal(noToken.result.action, 'skipped');
    assert.match(noToken.result.reason ?? '', /github-token is empty/);
    assert.ok(noToken.lines.some((l) => l.level === 'warning'));
    assert.equal(api.requests.length, n);
  });

  it('cuts a body over 65,536 characters at a line, closes the open block and says so', async () => {
    const long = '## Report\n<details><summary>log</summary>\n\n```text\n' + 'proxy log line with some detail 0123456789\n'.repeat(5000);
    assert.ok(long.length > 200_000);
    // The stand-in refuses it uncut, as GitHub does.
    const refused = await fetch(`${api.url}/repos/owner/repo/issues/${PR}/comments`, {
      method: 'POST',
      headers: { authorization: `token ${TOKEN}`, 'content-type': 'application/json' },
      body: JSON.stringify({ body: long }),
    });
    assert.equal(refused.status, 422);
    const { result, lines } = await run({ workloadKey: 'demo/long-vm', body: long });
    assert.equal(result.action, 'created');
    const [c] = api.comments(PR).filter((x) => x.body.startsWith('<!-- istio-vm-onboard:demo/long-vm -->\n'));
    assert.ok(c);
    assert.ok(c.body.length <= 65_536 && c.body.length > 60_000, `length ${c.body.length}`);
    assert.match(c.body, /cut to fit GitHub's 65,536-character limit/);
    assert.match(c.body, /proxy log line with some detail 0123456789\n```\n<\/details>\n/);
    assert.equal(c.body.match(/^```/gm)?.length, 2);
    assert.ok(lines.some((l) => l.level === 'warning' && /cut/.test(l.msg)));
  });

  it('skips on a push event: auto quietly, always with a warning (child process)', async () => {
    const n = api.requests.length;
    const script = `
      const { upsertPrComment } = await import(${JSON.stringify(MODULE)});
      const lines = [];
      const log = { info: (m) => lines.push(['info', m]), debug: () => {}, warning: (m) => lines.push(['warning', m]),
        error: (m) => lines.push(['error', m]), group: (t, f) => f(), secret: () => {} };
      const opts = { token: ${JSON.stringify(TOKEN)}, body: 'b', workloadKey: 'demo/web-vm' };
      const auto = await upsertPrComment({ ...opts, mode: 'auto' }, log);
      const always = await upsertPrComment({ ...opts, mode: 'always' }, log);
      process.stdout.write(JSON.stringify({ auto, always, lines }));`;
    const env = { ...process.env, GITHUB_EVENT_NAME: 'push', GITHUB_EVENT_PATH: join(dir, 'push.json') };
    const out = await new Promise<string>((resolve, reject) =>
      execFile(
        process.execPath,
        ['--import', 'tsx', '--input-type=module', '-e', script],
        { env, timeout: 30_000 },
        (err, stdout, stderr) => (err ? reject(new Error(`${err.message}\n${stderr}`)) : resolve(stdout)),
      ),
    );
    const got = JSON.parse(out) as { auto: PrCommentResult; always: PrCommentResult; lines: [string, string][] };
    assert.equal(got.auto.action, 'skipped');
    assert.match(got.auto.reason ?? '', /event "push" is not a pull request event/);
    assert.equal(got.always.action, 'skipped');
    assert.match(got.always.reason ?? '', /no pull request to comment on/);
    assert.deepEqual(
      got.lines.map(([level]) => level),
      ['info', 'warning'],
    );
    assert.equal(api.requests.length, n);
  });

  // Issue #17 class 3: anyone can start a comment with the marker; only the token's own account's comments are the action's.
  describe('a forged marker comment', () => {
    const KEY = 'demo/forged-vm';
    const MARK = `<!-- istio-vm-onboard:${KEY} -->`;
    const byId = (id: number) => api.comments(PR).find((c) => c.id === id);
    let forged: Array<{ id: number; body: string; updated_at: string }>;

    it('by another user, by a Bot of another login, or with the marker spelled otherwise, is left untouched and the real report is posted', async () => {
      const ids = [
        api.addComment(PR, `${MARK}\n## All checks passed`, 'mallory'),
        api.addComment(PR, `${MARK}\n## All checks passed (from a look-alike bot)`, 'github-actions-bot[bot]', {
          id: 900_001,
          slug: 'github-actions-bot',
          name: 'Look-alike',
        }),
        api.addComment(PR, `\n  ${MARK}\n## All checks passed`, 'github-actions'),
        api.addComment(PR, `${MARK.toUpperCase()}\n## All checks passed`, 'mallory'),
      ];
      forged = ids.map((id) => ({ id, body: byId(id)?.body ?? '', updated_at: byId(id)?.updated_at ?? '' }));
      assert.deepEqual(
        forged.map((f) => api.comments(PR).find((c) => c.id === f.id)?.user),
        ['mallory', 'github-actions-bot[bot]', 'github-actions', 'mallory'],
      );
      const n = api.requests.length;
      const { result, lines } = await run({ workloadKey: KEY, body: '## demo/forged-vm failed\nreadiness timed out' });
      assert.equal(result.action, 'created');
      const ours = api.comments(PR).filter((c) => c.body.startsWith(MARK) && c.user === 'github-actions[bot]');
      assert.deepEqual(
        ours.map((c) => c.body),
        [`${MARK}\n## demo/forged-vm failed\nreadiness timed out`],
      );
      assert.equal(result.url, ours[0]?.html_url);
      for (const f of forged)
        assert.deepEqual({ id: f.id, body: byId(f.id)?.body, updated_at: byId(f.id)?.updated_at }, f, 'a forged comment is unchanged');
      assert.ok(!api.requests.slice(n).some((r) => r.method === 'PATCH'), 'nothing was edited');
      // Those that start with the exact marker are named in a warning (the case variant is not a marker).
      for (const id of ids.slice(0, 3))
        assert.ok(
          lines.some((l) => l.level === 'warning' && l.msg.includes(`Comment ${id} `) && /left as it is/.test(l.msg)),
          `a warning names comment ${id}`,
        );
    });

    it('does not stop the action updating its own comment on the next run', async () => {
      const [own] = api.comments(PR).filter((c) => c.body.startsWith(MARK) && c.user === 'github-actions[bot]');
      const n = api.requests.length;
      const { result } = await run({ workloadKey: KEY, body: '## demo/forged-vm onboarded' });
      assert.equal(result.action, 'updated');
      assert.equal(byId(own?.id ?? 0)?.body, `${MARK}\n## demo/forged-vm onboarded`);
      assert.deepEqual(
        api.requests
          .slice(n)
          .filter((r) => r.method === 'PATCH')
          .map((r) => r.path),
        [`/repos/owner/repo/issues/comments/${own?.id}`],
      );
      for (const f of forged) assert.equal(byId(f.id)?.body, f.body);
    });

    it("with a PAT, the person's own comment is the action's, but not one an app posted in their name, nor the bot's", async () => {
      const key = 'demo/pat-vm';
      const mark = `<!-- istio-vm-onboard:${key} -->`;
      const viaApp = api.addComment(PR, `${mark}\nposted by an app for alice`, 'alice', {
        id: 900_002,
        slug: 'some-app',
        name: 'Some App',
      });
      const bots = api.addComment(PR, `${mark}\nthe bot's`, 'github-actions[bot]');
      const first = await run({ token: PAT, workloadKey: key, body: 'pat report 1' });
      assert.equal(first.result.action, 'created');
      const second = await run({ token: PAT, workloadKey: key, body: 'pat report 2' });
      assert.equal(second.result.action, 'updated');
      assert.equal(second.result.url, first.result.url);
      const alices = api.comments(PR).filter((c) => c.body.startsWith(mark) && c.user === 'alice' && c.id !== viaApp);
      assert.deepEqual(
        alices.map((c) => c.body),
        [`${mark}\npat report 2`],
      );
      assert.equal(byId(viaApp)?.body, `${mark}\nposted by an app for alice`);
      assert.equal(byId(bots)?.body, `${mark}\nthe bot's`);
    });
  });

  it('reports an unreachable API as failed, not an exception', async () => {
    await api.stop();
    const { result, lines } = await run({ body: 'nobody listening' });
    assert.equal(result.action, 'failed');
    // A pooled keep-alive socket gives "other side closed", a new connection ECONNREFUSED.
    assert.match(result.reason ?? '', /could not reach the GitHub API at http:\/\/127\.0\.0\.1:\d+: (.*ECONNREFUSED|other side closed)/);
    assert.ok(lines.some((l) => l.level === 'warning'));
  });
});
