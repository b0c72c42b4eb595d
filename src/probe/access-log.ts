// Istio's default TEXT access-log format, parsed from the proxy's stdout (`docker logs`).
// Accepts the 1.24+ shape, the older shorter shape (no response-code/termination details),
// and TCP lines ("- - -"). Parsed from both ends: the tail of the line (4 numbers, 5 quoted
// fields, 6 addresses/names) is fixed in every shape; only the middle varies.

export interface AccessLogEntry {
  startTime: string;
  method: string;
  path: string;
  protocol: string;
  /** 0 for TCP and for requests without a response. */
  responseCode: number;
  responseFlags: string;
  /** %RESPONSE_CODE_DETAILS% (1.24+ lines only). */
  details?: string;
  bytesReceived: number;
  bytesSent: number;
  durationMs: number;
  upstreamServiceTimeMs?: number;
  forwardedFor: string;
  userAgent: string;
  requestId: string;
  authority: string;
  upstreamHost: string;
  upstreamCluster: string;
  upstreamLocalAddress: string;
  downstreamLocalAddress: string;
  downstreamRemoteAddress: string;
  requestedServerName: string;
  routeName: string;
  direction: 'inbound' | 'outbound' | 'other';
  tcp: boolean;
  raw: string;
}

type Token = { quoted: boolean; text: string };

function tokenize(line: string): Token[] | undefined {
  const tokens: Token[] = [];
  let i = 0;
  while (i < line.length) {
    const c = line[i];
    if (c === ' ') {
      i++;
    } else if (c === '"') {
      const end = line.indexOf('"', i + 1);
      if (end < 0) return undefined;
      tokens.push({ quoted: true, text: line.slice(i + 1, end) });
      i = end + 1;
    } else if (c === '[' && tokens.length === 0) {
      const end = line.indexOf(']', i + 1);
      if (end < 0) return undefined;
      tokens.push({ quoted: true, text: line.slice(i + 1, end) });
      i = end + 1;
    } else {
      let end = line.indexOf(' ', i);
      if (end < 0) end = line.length;
      tokens.push({ quoted: false, text: line.slice(i, end) });
      i = end;
    }
  }
  return tokens;
}

const dash = (s: string): string => (s === '-' ? '' : s);
const num = (s: string): number | undefined => (/^\d+$/.test(s) ? Number(s) : undefined);

/** One access-log line, or undefined for anything else (agent logs, garbage). */
export function parseAccessLogLine(line: string): AccessLogEntry | undefined {
  const raw = line.replace(/\r?\n$/, '');
  if (!/^\[\d{4}-\d\d-\d\dT[^\]]+\] "/.test(raw)) return undefined;
  const t = tokenize(raw);
  if (!t || t.length < 20) return undefined;
  const tail = t.slice(-15);
  const head = t.slice(0, t.length - 15);
  // tail: bytes_rx bytes_tx duration svc_time "xff" "ua" "id" "authority" "upstream_host" cluster up_local down_local down_remote sni route
  const [bRx, bTx, dur, svc, xff, ua, id, auth, upHost, cluster, upLocal, downLocal, downRemote, sni, route] = tail as Token[] as [
    Token,
    Token,
    Token,
    Token,
    Token,
    Token,
    Token,
    Token,
    Token,
    Token,
    Token,
    Token,
    Token,
    Token,
    Token,
  ];
  if (
    [xff, ua, id, auth, upHost].some((x) => !x.quoted) ||
    [bRx, bTx, dur, svc, cluster, upLocal, downLocal, downRemote, sni, route].some((x) => x.quoted)
  )
    return undefined;
  const bytesReceived = num(bRx.text);
  const bytesSent = num(bTx.text);
  const durationMs = num(dur.text);
  if (bytesReceived === undefined || bytesSent === undefined || durationMs === undefined) return undefined;
  // head: [time] "METHOD PATH PROTO" code flags [details termination] "transport failure"
  const [time, request, code, flags, ...middle] = head as [Token, Token, Token?, Token?, ...Token[]];
  if (!code || !flags || !request.quoted || code.quoted || flags.quoted) return undefined;
  const responseCode = code.text === '-' ? 0 : num(code.text);
  if (responseCode === undefined) return undefined;
  if (middle.length < 1 || !middle[middle.length - 1]?.quoted) return undefined;
  const details = middle.length >= 3 && !middle[0]?.quoted ? dash(middle[0]!.text) : undefined;
  const [method = '', path = '', protocol = ''] = request.text.split(' ');
  const tcp = request.text === '- - -';
  const upstreamCluster = dash(cluster.text);
  return {
    startTime: time.text,
    method: dash(method),
    path: dash(path),
    protocol: dash(protocol),
    responseCode,
    responseFlags: dash(flags.text),
    ...(details !== undefined ? { details } : {}),
    bytesReceived,
    bytesSent,
    durationMs,
    ...(num(svc.text) !== undefined ? { upstreamServiceTimeMs: num(svc.text) } : {}),
    forwardedFor: dash(xff.text),
    userAgent: dash(ua.text),
    requestId: dash(id.text),
    authority: dash(auth.text),
    upstreamHost: dash(upHost.text),
    upstreamCluster,
    upstreamLocalAddress: dash(upLocal.text),
    downstreamLocalAddress: dash(downLocal.text),
    downstreamRemoteAddress: dash(downRemote.text),
    requestedServerName: dash(sni.text),
    routeName: dash(route.text),
    direction: upstreamCluster.startsWith('inbound') ? 'inbound' : upstreamCluster.startsWith('outbound') ? 'outbound' : 'other',
    tcp,
    raw,
  };
}

export interface AccessLogExcerpt {
  /** Lines that carry one of our request IDs, in log order. */
  ours: AccessLogEntry[];
  /** The last few raw lines of the log, for context. */
  context: string[];
}

/** Picks the lines our probes caused (by request ID) and the last `contextLines` lines. */
export function excerpt(lines: string[], requestIds: string[], contextLines = 5): AccessLogExcerpt {
  const ids = new Set(requestIds);
  const ours = lines.map(parseAccessLogLine).filter((e): e is AccessLogEntry => !!e && ids.has(e.requestId));
  return { ours, context: lines.filter((l) => l.trim() !== '').slice(-contextLines) };
}
