// A stand-in for api.github.com (the REST API), over plain HTTP on 127.0.0.1, for tests of
// the pull request comment: tests cannot reach GitHub. It answers the routes octokit
// (@actions/github) sends for that, the way GitHub documents them:
//   POST  /graphql                                    `query { viewer { login databaseId } }` only:
//                                                     the token's account (docs.github.com/graphql/
//                                                     reference/queries#viewer); other queries get
//                                                     200 with `errors`, as GraphQL answers
//   GET   /repos/{owner}/{repo}/issues/{n}/comments   per_page (default 30, max 100) and page,
//                                                     with a Link header (next/last/first/prev)
//   POST  /repos/{owner}/{repo}/issues/{n}/comments   201 with the new comment
//   PATCH /repos/{owner}/{repo}/issues/comments/{id}  200, or 404 when no such comment in the repo
//   (docs.github.com/rest/issues/comments)
// Who writes: every token belongs to an account. GITHUB_TOKEN is an installation token of the
// GitHub Actions app: its comments are by github-actions[bot] (id 41898282, type Bot) with
// performed_via_github_app the app (id 15368, slug github-actions), and GraphQL's viewer is
// that bot (an installation token's viewer is its app's bot: fullsend-ai/fullsend#1953; REST's
// GET /user answers such a token 403 "Resource not accessible by integration":
// actions/create-github-app-token#258, not modelled as the action does not ask it). A person's
// token (a PAT) writes as that person, with performed_via_github_app null. One login, one id,
// as on GitHub: a seeded comment by "github-actions[bot]" is the real bot's, and no other
// account can take its login.
// What it checks as GitHub would:
// - `Authorization: token X` or `Bearer X`: missing -> 401 "Requires authentication", unknown
//   -> 401 "Bad credentials"; the read-only token (a fork's pull request) reads, but writes get
//   403 "Resource not accessible by integration";
// - only the configured repository exists (others 404); JSON bodies (400 "Problems parsing
//   JSON"); `body` required and at most 65,536 characters (422 "Validation Failed").
// Not modelled: issues that do not exist, rate limits, reactions, conditional requests,
// GraphQL beyond the viewer, GET /user.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export const MAX_COMMENT_CHARS = 65_536;

export interface StandinAccount {
  login: string;
  id: number;
  type: 'User' | 'Bot';
}

export interface StandinApp {
  id: number;
  slug: string;
  name: string;
}

/** GITHUB_TOKEN's author, as GitHub shows it. */
export const GITHUB_ACTIONS_BOT: StandinAccount = { login: 'github-actions[bot]', id: 41898282, type: 'Bot' };
export const GITHUB_ACTIONS_APP: StandinApp = { id: 15368, slug: 'github-actions', name: 'GitHub Actions' };

export interface StandinComment {
  id: number;
  issue: number;
  body: string;
  html_url: string;
  user: StandinAccount;
  performed_via_github_app: StandinApp | null;
  created_at: string;
  updated_at: string;
}

/** A token and what GitHub knows of it: whose it is, through which app, and whether it may write. */
export interface StandinToken {
  token: string;
  /** A login: the account of that login (see accountOf); a login ending in [bot] is a Bot. */
  login: string;
  app?: StandinApp;
  write: boolean;
}

export interface StandinOptions {
  /** GITHUB_TOKEN: github-actions[bot], through the GitHub Actions app, may write. */
  token: string;
  /** GITHUB_TOKEN of a fork's pull request: the same bot, read only. */
  readOnlyToken?: string;
  /** More tokens (a person's PAT, another app's installation token). */
  tokens?: StandinToken[];
  /** "owner/repo"; requests for any other repository get 404. */
  repo?: string;
  /** Comments that exist before the test, written by "octocat" unless `user` says otherwise. */
  seedComments?: Array<{ issue: number; body: string; user?: string; app?: StandinApp }>;
}

export interface RequestRecord {
  method: string;
  path: string; // with the query string
  status: number;
}

export interface GitHubApiStandin {
  url: string;
  comments(issue: number): Array<{ id: number; body: string; user: string; html_url: string; updated_at: string }>;
  /** A comment written now, as `login` would (through `app`, if given). */
  addComment(issue: number, body: string, login: string, app?: StandinApp): number;
  /** The account of a login: the same login is always the same account. */
  accountOf(login: string): StandinAccount;
  requests: RequestRecord[];
  stop(): Promise<void>;
}

const DOCS = 'https://docs.github.com/rest/issues/comments';

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly extra: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

export async function startGitHubApiStandin(opts: StandinOptions): Promise<GitHubApiStandin> {
  const [owner, repo] = (opts.repo ?? 'owner/repo').split('/') as [string, string];
  const store = new Map<number, StandinComment>();
  const requests: RequestRecord[] = [];
  let nextId = 1_000_000_001;
  let baseUrl = '';

  const accounts = new Map<string, StandinAccount>([[GITHUB_ACTIONS_BOT.login, GITHUB_ACTIONS_BOT]]);
  let nextAccountId = 583_231;
  const accountOf = (login: string): StandinAccount => {
    let a = accounts.get(login);
    if (!a) accounts.set(login, (a = { login, id: nextAccountId++, type: login.endsWith('[bot]') ? 'Bot' : 'User' }));
    return a;
  };
  const tokens = new Map<string, { account: StandinAccount; app: StandinApp | null; write: boolean }>();
  tokens.set(opts.token, { account: GITHUB_ACTIONS_BOT, app: GITHUB_ACTIONS_APP, write: true });
  if (opts.readOnlyToken) tokens.set(opts.readOnlyToken, { account: GITHUB_ACTIONS_BOT, app: GITHUB_ACTIONS_APP, write: false });
  for (const t of opts.tokens ?? []) tokens.set(t.token, { account: accountOf(t.login), app: t.app ?? null, write: t.write });

  const newComment = (issue: number, body: string, user: StandinAccount, app: StandinApp | null): StandinComment => {
    const now = new Date().toISOString();
    const id = nextId++;
    const c = {
      id,
      issue,
      body,
      user,
      performed_via_github_app: app,
      created_at: now,
      updated_at: now,
      html_url: `https://github.com/${owner}/${repo}/pull/${issue}#issuecomment-${id}`,
    };
    store.set(id, c);
    return c;
  };
  // The bot writes only through its app.
  const appOf = (login: string, app?: StandinApp) => app ?? (login === GITHUB_ACTIONS_BOT.login ? GITHUB_ACTIONS_APP : null);
  for (const s of opts.seedComments ?? []) {
    const login = s.user ?? 'octocat';
    newComment(s.issue, s.body, accountOf(login), appOf(login, s.app));
  }

  // The REST representation (the fields octokit's types promise and this action reads).
  const render = (c: StandinComment) => ({
    id: c.id,
    node_id: `IC_kw${c.id}`,
    url: `${baseUrl}/repos/${owner}/${repo}/issues/comments/${c.id}`,
    html_url: c.html_url,
    issue_url: `${baseUrl}/repos/${owner}/${repo}/issues/${c.issue}`,
    body: c.body,
    user: c.user,
    performed_via_github_app: c.performed_via_github_app,
    author_association: c.user.type === 'Bot' ? 'NONE' : 'MEMBER',
    created_at: c.created_at,
    updated_at: c.updated_at,
  });

  const authenticate = (req: IncomingMessage, graphql = false) => {
    const header = req.headers.authorization;
    if (!header) throw new HttpError(401, graphql ? 'This endpoint requires you to be authenticated.' : 'Requires authentication');
    const m = /^(?:token|bearer)\s+(\S+)$/i.exec(header);
    const t = m?.[1] ? tokens.get(m[1]) : undefined;
    if (!t) throw new HttpError(401, 'Bad credentials');
    return t;
  };

  const readJson = async (req: IncomingMessage): Promise<Record<string, unknown>> => {
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of req as AsyncIterable<Buffer>) {
      size += chunk.length;
      if (size > 4 * 1024 * 1024) throw new HttpError(413, 'Payload too large');
      chunks.push(chunk);
    }
    try {
      const v: unknown = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      if (v && typeof v === 'object' && !Array.isArray(v)) return v as Record<string, unknown>;
    } catch {
      // falls through to the same answer GitHub gives
    }
    throw new HttpError(400, 'Problems parsing JSON');
  };

  const validBody = (input: Record<string, unknown>): string => {
    const body = input.body;
    if (typeof body !== 'string') throw new HttpError(422, 'Invalid request.\n\n"body" wasn\'t supplied.');
    // GitHub counts characters (code points), not UTF-16 units.
    if ([...body].length > MAX_COMMENT_CHARS) {
      throw new HttpError(422, 'Validation Failed', {
        errors: [
          {
            resource: 'IssueComment',
            code: 'custom',
            field: 'body',
            message: `body is too long (maximum is ${MAX_COMMENT_CHARS} characters)`,
          },
        ],
      });
    }
    return body;
  };

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<number> => {
    const url = new URL(req.url ?? '/', baseUrl);
    const parts = url.pathname.split('/').filter(Boolean);
    const send = (status: number, data: unknown, headers: Record<string, string> = {}) => {
      res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
      res.end(JSON.stringify(data));
      return status;
    };
    if (url.pathname === '/graphql' && req.method === 'POST') {
      const who = authenticate(req, true);
      const query = (await readJson(req)).query;
      // Only the one query the action sends, field for field; GraphQL reports others in `errors` with 200.
      if (typeof query !== 'string' || query.replace(/\s+/g, ' ').trim() !== 'query { viewer { login databaseId } }') {
        return send(200, { errors: [{ message: 'the stand-in answers only: query { viewer { login databaseId } }' }] });
      }
      return send(200, { data: { viewer: { login: who.account.login, databaseId: who.account.id } } });
    }
    const who = authenticate(req);
    if (parts[0] !== 'repos' || parts[1] !== owner || parts[2] !== repo || parts[3] !== 'issues') throw new HttpError(404, 'Not Found');
    const writeAllowed = () => {
      if (!who.write)
        throw new HttpError(403, 'Resource not accessible by integration', { documentation_url: `${DOCS}#create-an-issue-comment` });
    };

    // /repos/o/r/issues/{n}/comments
    if (parts.length === 6 && parts[5] === 'comments' && /^[1-9]\d*$/.test(parts[4] ?? '')) {
      const issue = Number(parts[4]);
      if (req.method === 'GET') {
        const perPage = Math.min(100, Math.max(1, Number(url.searchParams.get('per_page') ?? 30) || 30));
        const page = Math.max(1, Number(url.searchParams.get('page') ?? 1) || 1);
        const all = [...store.values()].filter((c) => c.issue === issue).sort((a, b) => a.id - b.id);
        const last = Math.max(1, Math.ceil(all.length / perPage));
        const link = (p: number, rel: string) => {
          const u = new URL(url.pathname, baseUrl);
          u.searchParams.set('per_page', String(perPage));
          u.searchParams.set('page', String(p));
          return `<${u.href}>; rel="${rel}"`;
        };
        const links: string[] = [];
        if (page > 1) links.push(link(page - 1, 'prev'));
        if (page < last) links.push(link(page + 1, 'next'), link(last, 'last'));
        if (page > 1) links.push(link(1, 'first'));
        const items = all.slice((page - 1) * perPage, page * perPage).map(render);
        return send(200, items, links.length ? { link: links.join(', ') } : {});
      }
      if (req.method === 'POST') {
        writeAllowed();
        const body = validBody(await readJson(req));
        return send(201, render(newComment(issue, body, who.account, who.app)));
      }
      throw new HttpError(404, 'Not Found');
    }

    // /repos/o/r/issues/comments/{id}
    if (parts.length === 6 && parts[4] === 'comments' && /^\d+$/.test(parts[5] ?? '')) {
      const c = store.get(Number(parts[5]));
      if (req.method === 'PATCH') {
        writeAllowed();
        if (!c) throw new HttpError(404, 'Not Found');
        // Whoever wrote it: a token that may write to the repository's issues and pull requests
        // may edit anyone's comment there, as on GitHub (why the action must check the author).
        c.body = validBody(await readJson(req));
        c.updated_at = new Date().toISOString();
        return send(200, render(c));
      }
      if (req.method === 'GET') {
        if (!c) throw new HttpError(404, 'Not Found');
        return send(200, render(c));
      }
    }
    throw new HttpError(404, 'Not Found');
  };

  const server = createServer((req, res) => {
    const record: RequestRecord = { method: req.method ?? '', path: req.url ?? '', status: 0 };
    requests.push(record);
    handle(req, res).then(
      (status) => {
        record.status = status;
      },
      (err: unknown) => {
        const e = err instanceof HttpError ? err : new HttpError(500, 'Server Error');
        record.status = e.status;
        if (!res.headersSent) {
          res.writeHead(e.status, { 'content-type': 'application/json; charset=utf-8' });
          res.end(
            JSON.stringify({ message: e.message, documentation_url: 'https://docs.github.com/rest', status: String(e.status), ...e.extra }),
          );
        }
      },
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  let stopped: Promise<void> | undefined;
  return {
    url: baseUrl,
    requests,
    comments: (issue) =>
      [...store.values()]
        .filter((c) => c.issue === issue)
        .sort((a, b) => a.id - b.id)
        .map((c) => ({ id: c.id, body: c.body, user: c.user.login, html_url: c.html_url, updated_at: c.updated_at })),
    addComment: (issue, body, login, app) => newComment(issue, body, accountOf(login), appOf(login, app)).id,
    accountOf,
    stop: () =>
      (stopped ??= new Promise<void>((resolve) => {
        server.close(() => resolve());
        // Keep-alive sockets from octokit's fetch would hold close() open.
        server.closeAllConnections();
      })),
  };
}
