// A stand-in for api.github.com (the REST API), over plain HTTP on 127.0.0.1, for tests of
// the pull request comment: tests cannot reach GitHub. It answers the three issue-comment
// routes octokit (@actions/github) sends for that, the way GitHub does:
//   GET   /repos/{owner}/{repo}/issues/{n}/comments   per_page (default 30, max 100) and page,
//                                                     with a Link header (next/last/first/prev)
//   POST  /repos/{owner}/{repo}/issues/{n}/comments   201 with the new comment
//   PATCH /repos/{owner}/{repo}/issues/comments/{id}  200, or 404 when no such comment in the repo
// What it checks as GitHub would:
// - `Authorization: token X` or `Bearer X`: missing -> 401 "Requires authentication", unknown
//   -> 401 "Bad credentials"; the read-only token (a fork's pull request) reads, but writes get
//   403 "Resource not accessible by integration";
// - only the configured repository exists (others 404); JSON bodies (400 "Problems parsing
//   JSON"); `body` required and at most 65,536 characters (422 "Validation Failed").
// Not modelled: issues that do not exist, rate limits, reactions, conditional requests.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export const MAX_COMMENT_CHARS = 65_536;

export interface StandinComment {
  id: number;
  issue: number;
  body: string;
  html_url: string;
  user: { login: string; id: number; type: 'User' | 'Bot' };
  created_at: string;
  updated_at: string;
}

export interface StandinOptions {
  token: string;
  readOnlyToken?: string;
  /** "owner/repo"; requests for any other repository get 404. */
  repo?: string;
  /** Comments that exist before the test, written by another user unless `user` says otherwise. */
  seedComments?: Array<{ issue: number; body: string; user?: string }>;
}

export interface RequestRecord {
  method: string;
  path: string; // with the query string
  status: number;
}

export interface GitHubApiStandin {
  url: string;
  comments(issue: number): Array<{ id: number; body: string; user: string; html_url: string }>;
  requests: RequestRecord[];
  stop(): Promise<void>;
}

// The GITHUB_TOKEN's author, as GitHub shows it.
const BOT = { login: 'github-actions[bot]', id: 41898282, type: 'Bot' as const };
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

  const newComment = (issue: number, body: string, user: StandinComment['user']): StandinComment => {
    const now = new Date().toISOString();
    const id = nextId++;
    const c = { id, issue, body, user, created_at: now, updated_at: now, html_url: `https://github.com/${owner}/${repo}/pull/${issue}#issuecomment-${id}` };
    store.set(id, c);
    return c;
  };
  for (const s of opts.seedComments ?? []) {
    const login = s.user ?? 'octocat';
    newComment(s.issue, s.body, { login, id: 583231 + login.length, type: login.endsWith('[bot]') ? 'Bot' : 'User' });
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
    author_association: c.user.type === 'Bot' ? 'NONE' : 'MEMBER',
    created_at: c.created_at,
    updated_at: c.updated_at,
  });

  const authenticate = (req: IncomingMessage): 'write' | 'read' => {
    const header = req.headers.authorization;
    if (!header) throw new HttpError(401, 'Requires authentication');
    const m = /^(?:token|bearer)\s+(\S+)$/i.exec(header);
    if (m?.[1] === opts.token) return 'write';
    if (opts.readOnlyToken && m?.[1] === opts.readOnlyToken) return 'read';
    throw new HttpError(401, 'Bad credentials');
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
        errors: [{ resource: 'IssueComment', code: 'custom', field: 'body', message: `body is too long (maximum is ${MAX_COMMENT_CHARS} characters)` }],
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
    const access = authenticate(req);
    if (parts[0] !== 'repos' || parts[1] !== owner || parts[2] !== repo || parts[3] !== 'issues') throw new HttpError(404, 'Not Found');
    const writeAllowed = () => {
      if (access !== 'write') throw new HttpError(403, 'Resource not accessible by integration', { documentation_url: `${DOCS}#create-an-issue-comment` });
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
        return send(201, render(newComment(issue, body, BOT)));
      }
      throw new HttpError(404, 'Not Found');
    }

    // /repos/o/r/issues/comments/{id}
    if (parts.length === 6 && parts[4] === 'comments' && /^\d+$/.test(parts[5] ?? '')) {
      const c = store.get(Number(parts[5]));
      if (req.method === 'PATCH') {
        writeAllowed();
        if (!c) throw new HttpError(404, 'Not Found');
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
          res.end(JSON.stringify({ message: e.message, documentation_url: 'https://docs.github.com/rest', status: String(e.status), ...e.extra }));
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
        .map((c) => ({ id: c.id, body: c.body, user: c.user.login, html_url: c.html_url })),
    stop: () =>
      (stopped ??= new Promise<void>((resolve) => {
        server.close(() => resolve());
        // Keep-alive sockets from octokit's fetch would hold close() open.
        server.closeAllConnections();
      })),
  };
}
