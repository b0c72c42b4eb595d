// Stand-in for the istio-proxy container (pilot-agent + Envoy) in the test world.
//
// Real Envoy and istiod cannot run here, so this one dependency-free file plays their
// observable part. It runs inside a FROM-scratch image (node binary + this file), started
// exactly like `tctl x sidecar-bootstrap` starts istio-proxy (`docker run ... IMAGE proxy
// sidecar --serviceCluster NAME.NS --concurrency 0 --trust-domain TD`).
//
// What it checks, as the real agent/Envoy would need it (one line on stderr, exit 1):
//   - arguments `proxy sidecar [flags]`, flags known to pilot-agent;
//   - env: POD_NAMESPACE, SERVICE_ACCOUNT, CA_ADDR (host:port), INSTANCE_IP (an IP),
//     ISTIO_META_WORKLOAD_NAME or POD_NAME; JWT_POLICY third-party-jwt; PROXY_CONFIG JSON;
//   - /var/run/secrets/tokens/istio-token: a file (docker makes an empty directory when the
//     host file is missing), a JWT, audience istio-ca, not expired, and subject
//     system:serviceaccount:POD_NAMESPACE:SERVICE_ACCOUNT;
//   - /var/run/secrets/istio/root-cert.pem: a file of PEM certificates, not expired.
// Then, like the agent: TLS to CA_ADDR (server verified with the root cert against CA_SNI or
// the CA_ADDR host; the host resolves through /etc/hosts, i.e. docker's --add-host), the
// token as `authorization: Bearer`, and the configuration from the istiod stand-in
// (test/support/mesh/istiod.ts documents that JSON protocol; it plays both the CA and xDS,
// so one address, CA_ADDR, is used). Rejections and unreachable istiod are logged one line
// each and retried with backoff; the proxy stays not ready meanwhile. Not done: no CSR and
// no workload certificate (nothing written to OUTPUT_CERTS), no mTLS, no iptables.
//
// With the config it serves, like Envoy with interception mode NONE:
//   - inbound listeners INSTANCE_IP:port (or the ingress bind) -> defaultEndpoint;
//   - outbound listeners bind:port routing by Host to the services istiod named (upstream:
//     the east-west gateway, with the Host istiod gave);
//   - x-request-id kept or generated; one access-log line per request on stdout in Istio's
//     default TEXT format (1.24+ shape); 503 UF / UF,URX on upstream connect failures (outbound
//     retries twice, Istio's default policy), 404 NR for a Host with no route;
//   - readiness on :15021 /healthz/ready (200 once config is in and listeners are bound).
// Agent log lines (`TIME\tLEVEL\tmessage`, pilot-agent's shape) go to stderr, access logs to
// stdout. SIGTERM/SIGINT exit at once.
//
// Knobs for running on the host in unit tests (unset inside the image):
//   STANDIN_ROOT            prefix for /var/run/secrets/... and /etc/hosts (read by this program)
//   STANDIN_STATUS_ADDRESS  address of the status listener (default 0.0.0.0)
//   STANDIN_REFRESH_MS      config re-poll period once ready (default 5000), our stand-in of an
//                           xDS stream's pushes
import { X509Certificate, randomUUID } from 'node:crypto';
import dns from 'node:dns';
import { readFileSync, statSync } from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';

const ROOT = process.env.STANDIN_ROOT ?? '';
const TOKEN_PATH = '/var/run/secrets/tokens/istio-token';
const ROOT_CERT_PATH = '/var/run/secrets/istio/root-cert.pem';
const CONFIG_PATH = '/standin/xds/v1/config';
const REFRESH_MS = Number(process.env.STANDIN_REFRESH_MS ?? 5000);
const CONNECT_TIMEOUT_MS = 10_000; // Istio's default connectTimeout
const OUTBOUND_ATTEMPTS = 3; // Istio's default retry policy: 2 retries on connect-failure

// ---------------------------------------------------------------- logging
function agentTime() {
  // pilot-agent prints microseconds: 2026-11-26T19:05:18.424000Z
  return new Date().toISOString().replace('Z', '000Z');
}
function log(level, msg) {
  process.stderr.write(`${agentTime()}\t${level}\t${msg}\n`);
}
function fatal(msg) {
  log('error', msg);
  process.exit(1);
}

// ---------------------------------------------------------------- bootstrap checks
const STRING_FLAGS = new Set([
  'serviceCluster', 'trust-domain', 'domain', 'proxyLogLevel', 'proxyComponentLogLevel',
  'log_output_level', 'log_stacktrace_level', 'log_target', 'outlierLogPath', 'templateFile',
  'tokenManagerPlugin', 'meshConfig', 'vklog',
]);
const INT_FLAGS = new Set(['concurrency', 'statusPort', 'stsPort']);
const BOOL_FLAGS = new Set(['log_as_json', 'log_caller']);

function parseArgs(argv) {
  if (argv[0] !== 'proxy') {
    fatal(`bad arguments: expected "proxy sidecar [flags]", got "${argv.join(' ')}"`);
  }
  if (argv[1] !== 'sidecar') {
    fatal(`bad arguments: proxy type must be "sidecar" for a VM workload, got "${argv[1] ?? ''}"`);
  }
  const flags = {};
  for (let i = 2; i < argv.length; i++) {
    const arg = argv[i];
    const m = /^--([A-Za-z_-][A-Za-z0-9_-]*)(?:=(.*))?$/.exec(arg);
    if (!m) fatal(`bad arguments: unexpected argument "${arg}"`);
    const name = m[1];
    let value = m[2];
    if (BOOL_FLAGS.has(name)) {
      flags[name] = value === undefined ? 'true' : value;
      continue;
    }
    if (!STRING_FLAGS.has(name) && !INT_FLAGS.has(name)) fatal(`bad arguments: unknown flag: --${name}`);
    if (value === undefined) {
      value = argv[++i];
      if (value === undefined) fatal(`bad arguments: flag needs an argument: --${name}`);
    }
    if (INT_FLAGS.has(name) && !/^\d+$/.test(value)) {
      fatal(`bad arguments: invalid argument "${value}" for "--${name}": not an integer`);
    }
    flags[name] = value;
  }
  return flags;
}

function splitHostPort(s) {
  const m = /^\[([^\]]+)\]:(\d+)$/.exec(s) ?? /^([^:\s[\]]+):(\d+)$/.exec(s);
  if (!m) return null;
  const port = Number(m[2]);
  return port > 0 && port < 65536 ? { host: m[1], port } : null;
}

function checkEnv(env) {
  const missing = ['POD_NAMESPACE', 'SERVICE_ACCOUNT', 'CA_ADDR', 'INSTANCE_IP'].filter((k) => !env[k]);
  if (!env.ISTIO_META_WORKLOAD_NAME && !env.POD_NAME) missing.push('ISTIO_META_WORKLOAD_NAME or POD_NAME');
  if (missing.length) fatal(`missing environment variable(s) ${missing.join(', ')} (expected in sidecar.env)`);
  const ca = splitHostPort(env.CA_ADDR);
  if (!ca) fatal(`CA_ADDR "${env.CA_ADDR}" is not host:port`);
  if (!net.isIP(env.INSTANCE_IP)) fatal(`INSTANCE_IP "${env.INSTANCE_IP}" is not an IP address`);
  if (env.JWT_POLICY && env.JWT_POLICY !== 'third-party-jwt') {
    fatal(`JWT_POLICY "${env.JWT_POLICY}" is not supported for VMs: use third-party-jwt (token at ${TOKEN_PATH})`);
  }
  if (env.PROXY_CONFIG) {
    let pc;
    try {
      pc = JSON.parse(env.PROXY_CONFIG);
    } catch (e) {
      fatal(`PROXY_CONFIG is not valid JSON: ${e.message}`);
    }
    if (pc === null || typeof pc !== 'object' || Array.isArray(pc)) fatal('PROXY_CONFIG is not a JSON object');
  }
  return { ca, workload: env.ISTIO_META_WORKLOAD_NAME || env.POD_NAME };
}

// Reads a mounted file; a missing host file given to `docker run -v` becomes an empty
// directory in the container, which is worth naming.
function readMounted(path, what) {
  const full = ROOT + path;
  let st;
  try {
    st = statSync(full);
  } catch {
    fatal(`${what} ${path} does not exist (mount it with -v DIR/FILE:${path})`);
  }
  if (st.isDirectory()) {
    fatal(`${what} ${path} is a directory, not a file (docker creates one when the host file given to -v is missing)`);
  }
  const text = readFileSync(full, 'utf8');
  if (!text.trim()) fatal(`${what} ${path} is empty`);
  return text;
}

function decodeJwt(token) {
  const parts = token.trim().split('.');
  const b64url = /^[A-Za-z0-9_-]+$/;
  if (parts.length !== 3 || !parts.every((p) => b64url.test(p))) {
    return { error: `expected 3 base64url parts (header.payload.signature), got ${parts.length} part(s)` };
  }
  try {
    const header = JSON.parse(Buffer.from(parts[0], 'base64url').toString('utf8'));
    const payload = JSON.parse(Buffer.from(parts[1], 'base64url').toString('utf8'));
    if (!header || typeof header !== 'object' || !payload || typeof payload !== 'object') throw new Error('not JSON objects');
    return { header, payload };
  } catch (e) {
    return { error: `header and payload are not base64url JSON (${e.message})` };
  }
}

function checkToken(token, env) {
  const jwt = decodeJwt(token);
  if (jwt.error) fatal(`istio token ${TOKEN_PATH} is not a JWT: ${jwt.error}`);
  const { payload } = jwt;
  const aud = Array.isArray(payload.aud) ? payload.aud : payload.aud === undefined ? [] : [payload.aud];
  if (!aud.includes('istio-ca')) {
    fatal(`istio token audience ${JSON.stringify(aud)} does not include "istio-ca" (request the token with audiences: ["istio-ca"])`);
  }
  if (typeof payload.exp !== 'number') fatal('istio token has no exp claim');
  if (payload.exp * 1000 <= Date.now()) {
    const ago = Math.round(Date.now() / 1000 - payload.exp);
    fatal(`istio token expired at ${new Date(payload.exp * 1000).toISOString()} (${ago}s ago): mint a new one`);
  }
  const want = `system:serviceaccount:${env.POD_NAMESPACE}:${env.SERVICE_ACCOUNT}`;
  if (payload.sub !== want) {
    fatal(`istio token subject "${payload.sub}" does not match POD_NAMESPACE/SERVICE_ACCOUNT (expected "${want}")`);
  }
  return payload;
}

function checkRootCert(pem) {
  const blocks = pem.match(/-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g);
  if (!blocks) fatal(`root cert ${ROOT_CERT_PATH} is not a PEM certificate (no BEGIN CERTIFICATE block)`);
  for (const block of blocks) {
    let cert;
    try {
      cert = new X509Certificate(block);
    } catch (e) {
      fatal(`root cert ${ROOT_CERT_PATH} is not a PEM certificate: ${e.message}`);
    }
    if (new Date(cert.validTo).getTime() < Date.now()) fatal(`root cert ${ROOT_CERT_PATH} expired on ${cert.validTo}`);
  }
}

// ---------------------------------------------------------------- name resolution
// Inside the container getaddrinfo reads /etc/hosts (docker's --add-host entries). On the
// host, tests point STANDIN_ROOT at a directory whose etc/hosts plays that part.
function hostsLookup(hostname, options, callback) {
  const opts = typeof options === 'function' ? {} : options ?? {};
  const cb = typeof options === 'function' ? options : callback;
  let address;
  try {
    for (const line of readFileSync(ROOT + '/etc/hosts', 'utf8').split('\n')) {
      const [ip, ...names] = line.replace(/#.*/, '').trim().split(/\s+/);
      if (ip && names.includes(hostname)) {
        address = ip;
        break;
      }
    }
  } catch {
    // no hosts file: fall through to DNS
  }
  if (!address) return dns.lookup(hostname, opts, cb);
  const family = net.isIP(address);
  if (opts.all) cb(null, [{ address, family }]);
  else cb(null, address, family);
}
const lookup = ROOT ? hostsLookup : undefined;

// ---------------------------------------------------------------- talking to istiod
function fetchConfig(ctx) {
  const { ca } = ctx;
  const servername = process.env.CA_SNI || (net.isIP(ca.host) ? undefined : ca.host);
  const body = JSON.stringify({ node: ctx.node });
  return new Promise((resolve, reject) => {
    const req = https.request({
      host: ca.host, port: ca.port, method: 'POST', path: CONFIG_PATH, servername, lookup,
      ca: ctx.rootCert, agent: false, timeout: 5000,
      headers: {
        authorization: `Bearer ${ctx.readToken()}`,
        'content-type': 'application/json',
        'content-length': Buffer.byteLength(body),
      },
    });
    req.on('timeout', () => req.destroy(new Error('timed out after 5s')));
    req.on('error', (e) => {
      const tls = /CERT|SELF_SIGNED|UNABLE_TO|ALTNAME|ERR_SSL|ERR_TLS/.test(e.code ?? '');
      reject(new Error(tls
        ? `TLS verification of istiod at ${process.env.CA_ADDR} failed: ${e.message} (check the root cert and CA_SNI)`
        : `istiod at ${process.env.CA_ADDR} unreachable: ${e.message}`));
    });
    req.on('response', (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (c) => (text += c));
      res.on('end', () => {
        let json;
        try {
          json = JSON.parse(text);
        } catch {
          json = undefined;
        }
        if (res.statusCode === 200 && json) return resolve(json);
        const reason = json?.reason ?? `HTTP ${res.statusCode}: ${text.trim().slice(0, 200)}`;
        reject(new Error(`istiod rejected the request: ${reason}`));
      });
    });
    req.end(body);
  });
}

// ---------------------------------------------------------------- access log
function dash(v) {
  return v === undefined || v === null || v === '' ? '-' : String(v);
}
function accessLog(e) {
  // Istio's default TEXT format, 1.24+ shape (UPSTREAM_CLUSTER_RAW in field 19).
  const line =
    `[${e.start.toISOString()}] "${e.method} ${e.path} ${e.protocol}" ${e.code} ${dash(e.flags)} ` +
    `${dash(e.details)} - "${dash(e.transportFailure)}" ${e.rx} ${e.tx} ${e.duration} ${dash(e.upstreamTime)} ` +
    `"${dash(e.xff)}" "${dash(e.ua)}" "${dash(e.requestId)}" "${dash(e.authority)}" "${dash(e.upstreamHost)}" ` +
    `${dash(e.cluster)} ${dash(e.upstreamLocal)} ${dash(e.downstreamLocal)} ${dash(e.downstreamRemote)} - ${dash(e.route)}`;
  process.stdout.write(line + '\n');
}

// ---------------------------------------------------------------- proxying
const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'proxy-connection', 'transfer-encoding', 'upgrade', 'te', 'trailer', 'host', 'content-length']);
const STRERROR = {
  ECONNREFUSED: 'Connection refused', ENETUNREACH: 'Network is unreachable', EHOSTUNREACH: 'No route to host',
  ETIMEDOUT: 'Connection timed out', ECONNRESET: 'Connection reset by peer', EADDRNOTAVAIL: 'Cannot assign requested address',
};

function addr(host, port) {
  return host === undefined ? undefined : net.isIPv6(host) ? `[${host}]:${port}` : `${host}:${port}`;
}

// One upstream attempt. Resolves with {res, upstreamLocal, sentAt} or rejects with
// {kind: 'connect'|'reset', detail, transportFailure, message}.
function attempt(target, req, headers, body) {
  return new Promise((resolve, reject) => {
    let connected = false;
    let upstreamLocal;
    const up = http.request({ host: target.host, port: target.port, method: req.method, path: req.url, headers, agent: false });
    const timer = setTimeout(() => {
      if (!connected) up.destroy(Object.assign(new Error('connect timeout'), { code: 'ESTANDIN_CONNECT_TIMEOUT' }));
    }, CONNECT_TIMEOUT_MS);
    up.on('socket', (s) => s.once('connect', () => {
      connected = true;
      clearTimeout(timer);
      upstreamLocal = addr(s.localAddress, s.localPort);
    }));
    up.on('error', (e) => {
      clearTimeout(timer);
      if (!connected && e.code === 'ESTANDIN_CONNECT_TIMEOUT') {
        reject({ kind: 'connect', detail: 'connection_timeout', message: 'connection timeout' });
      } else if (!connected) {
        const text = STRERROR[e.code] ?? e.code ?? e.message;
        reject({
          kind: 'connect', detail: `remote_connection_failure,delayed_connect_error:_${text.replace(/ /g, '_')}`,
          transportFailure: `delayed_connect_error:_${text.replace(/ /g, '_')}`,
          message: `remote connection failure, transport failure reason: delayed connect error: ${text}`,
        });
      } else {
        reject({ kind: 'reset', detail: 'connection_termination', message: 'connection termination' });
      }
    });
    up.on('response', (res) => resolve({ res, upstreamLocal }));
    up.end(body);
  });
}

async function proxyRequest(req, res, route, entry) {
  const chunks = [];
  for await (const c of req) chunks.push(c);
  const body = Buffer.concat(chunks);
  entry.rx = body.length;
  const headers = {};
  for (const [k, v] of Object.entries(req.headers)) if (!HOP_BY_HOP.has(k)) headers[k] = v;
  headers.host = route.authority ?? req.headers.host ?? entry.downstreamLocal;
  headers['x-request-id'] = entry.requestId;
  headers['x-forwarded-proto'] = 'http';
  if (body.length || req.headers['content-length'] !== undefined) headers['content-length'] = String(body.length);

  const target = splitHostPort(route.upstream);
  entry.upstreamHost = route.upstream;
  const attempts = route.retries ? OUTBOUND_ATTEMPTS : 1;
  let failure;
  for (let i = 0; i < attempts; i++) {
    if (i > 0) await new Promise((r) => setTimeout(r, 25 * i)); // Envoy's 25 ms base backoff
    const sentAt = Date.now();
    try {
      const { res: upRes, upstreamLocal } = await attempt(target, req, headers, body);
      entry.upstreamLocal = upstreamLocal;
      entry.upstreamTime = Date.now() - sentAt;
      return relayResponse(upRes, res, entry);
    } catch (f) {
      failure = f;
      if (f.kind !== 'connect') break; // retry_on connect-failure only
    }
  }
  const retried = attempts > 1 && failure.kind === 'connect';
  entry.flags = failure.kind === 'connect' ? (retried ? 'UF,URX' : 'UF') : 'UC';
  entry.details = `upstream_reset_before_response_started{${failure.detail}}`;
  entry.transportFailure = failure.transportFailure;
  localReply(res, entry, 503,
    `upstream connect error or disconnect/reset before headers. ${retried ? 'retried and the latest reset reason' : 'reset reason'}: ${failure.message}`);
}

function relayResponse(upRes, res, entry) {
  const headers = {};
  for (const [k, v] of Object.entries(upRes.headers)) if (!HOP_BY_HOP.has(k) || k === 'content-length') headers[k] = v;
  headers['x-envoy-upstream-service-time'] = String(entry.upstreamTime);
  res.writeHead(upRes.statusCode ?? 502, headers);
  entry.code = upRes.statusCode;
  entry.details = 'via_upstream';
  upRes.on('data', (c) => {
    entry.tx += c.length;
    res.write(c);
  });
  upRes.on('end', () => res.end());
  upRes.on('error', () => {
    entry.flags = 'UR';
    entry.details = 'upstream_reset_after_response_started{remote_reset}';
    res.destroy();
  });
}

function localReply(res, entry, code, text) {
  entry.code = code;
  entry.tx = Buffer.byteLength(text);
  res.writeHead(code, { 'content-type': 'text/plain', 'content-length': entry.tx });
  res.end(text);
}

function routeFor(listener, host) {
  if (listener.direction === 'inbound') {
    return { cluster: `inbound|${listener.port}||`, upstream: listener.endpoint, route: 'default', retries: false };
  }
  const h = (host ?? '').toLowerCase();
  const r = listener.routes.find((x) => x.domains.includes(h));
  return r && { cluster: r.cluster, upstream: r.upstream, authority: r.authority, route: 'default', retries: true };
}

function handle(listener, req, res) {
  const s = req.socket;
  const entry = {
    start: new Date(), method: req.method, path: req.headers['x-envoy-original-path'] ?? req.url,
    protocol: `HTTP/${req.httpVersion}`, code: 0, rx: 0, tx: 0,
    requestId: req.headers['x-request-id'] || randomUUID(), authority: req.headers.host,
    xff: req.headers['x-forwarded-for'], ua: req.headers['user-agent'],
    downstreamLocal: addr(s.localAddress, s.localPort), downstreamRemote: addr(s.remoteAddress, s.remotePort),
  };
  const route = routeFor(listener, req.headers.host);
  res.on('close', () => {
    entry.duration = Date.now() - entry.start.getTime();
    if (!res.writableFinished && !entry.flags) entry.flags = 'DC';
    accessLog(entry);
  });
  if (!route) {
    req.resume();
    entry.flags = 'NR';
    entry.details = 'route_not_found';
    return localReply(res, entry, 404, '');
  }
  entry.cluster = route.cluster;
  entry.route = route.route;
  proxyRequest(req, res, route, entry).catch((e) => {
    log('error', `proxying ${entry.method} ${entry.path}: ${e.message}`);
    res.destroy();
  });
}

// ---------------------------------------------------------------- listeners from config
const listeners = new Map(); // key "direction bind:port" -> { spec, server, bound }

function desiredListeners(cfg, instanceIp) {
  const out = new Map();
  for (const i of cfg.inbound ?? []) {
    const bind = i.bind || instanceIp;
    out.set(`inbound ${addr(bind, i.port)}`, { direction: 'inbound', bind, port: i.port, endpoint: i.endpoint });
  }
  for (const o of cfg.outbound ?? []) {
    out.set(`outbound ${addr(o.bind, o.port)}`, { direction: 'outbound', bind: o.bind, port: o.port, routes: o.routes ?? [] });
  }
  return out;
}

async function applyConfig(cfg, instanceIp) {
  const want = desiredListeners(cfg, instanceIp);
  for (const [key, l] of listeners) {
    if (!want.has(key)) {
      l.server.close();
      l.server.closeAllConnections();
      listeners.delete(key);
      log('info', `removed listener ${key}`);
    }
  }
  const problems = [];
  for (const [key, spec] of want) {
    const existing = listeners.get(key);
    if (existing) {
      existing.spec = spec; // routes change in place, as an RDS update would
      continue;
    }
    const l = { spec };
    l.server = http.createServer((req, res) => handle(l.spec, req, res));
    try {
      await new Promise((resolve, reject) => {
        l.server.once('error', reject);
        l.server.listen(spec.port, spec.bind, () => resolve());
      });
      listeners.set(key, l);
      log('info', `listener ${key} ready${spec.endpoint ? ` -> ${spec.endpoint}` : ` (${spec.routes.length} route(s))`}`);
    } catch (e) {
      problems.push(`cannot bind ${key}: ${e.code ?? e.message}`);
    }
  }
  return problems;
}

// ---------------------------------------------------------------- readiness
const state = { ready: false, problem: 'config not received from istiod yet', startedAt: Date.now() };

function setReady(ready, problem) {
  if (ready && !state.ready) {
    log('info', `Readiness succeeded in ${Date.now() - state.startedAt}ms`);
    log('info', 'Envoy proxy is ready');
  }
  state.ready = ready;
  state.problem = problem;
}

function startStatusServer(port) {
  const server = http.createServer((req, res) => {
    if (req.url === '/healthz/ready') {
      if (state.ready) return res.writeHead(200).end();
      return res.writeHead(503, { 'content-type': 'text/plain' }).end(`Envoy proxy is NOT ready: ${state.problem}\n`);
    }
    res.writeHead(404).end();
  });
  const host = process.env.STANDIN_STATUS_ADDRESS || '0.0.0.0';
  server.on('error', (e) => fatal(`cannot start the status server on ${addr(host, port)}: ${e.message}`));
  server.listen(port, host);
}

// ---------------------------------------------------------------- main
function main() {
  const env = process.env;
  const flags = parseArgs(process.argv.slice(2));
  const { ca, workload } = checkEnv(env);
  const token = readMounted(TOKEN_PATH, 'istio token');
  const rootCert = readMounted(ROOT_CERT_PATH, 'root cert');
  checkRootCert(rootCert);
  checkToken(token, env);

  const trustDomain = flags['trust-domain'] ?? 'cluster.local';
  let labels = {};
  try {
    labels = env.ISTIO_METAJSON_LABELS ? JSON.parse(env.ISTIO_METAJSON_LABELS) : {};
  } catch {
    log('warn', 'ISTIO_METAJSON_LABELS is not JSON; ignored');
  }
  const meta = Object.fromEntries(Object.entries(env).filter(([k]) => k.startsWith('ISTIO_META_')));
  const ctx = {
    ca, rootCert,
    readToken: () => readFileSync(ROOT + TOKEN_PATH, 'utf8').trim(), // re-read: the file may be replaced
    node: {
      id: `sidecar~${env.INSTANCE_IP}~${workload}.${env.POD_NAMESPACE}~${env.POD_NAMESPACE}.svc.cluster.local`,
      workloadName: workload, namespace: env.POD_NAMESPACE, serviceAccount: env.SERVICE_ACCOUNT,
      instanceIp: env.INSTANCE_IP, serviceCluster: flags.serviceCluster, trustDomain, labels, meta,
    },
  };

  for (const sig of ['SIGTERM', 'SIGINT']) {
    process.on(sig, () => {
      log('info', `Received ${sig}, exiting`);
      process.exit(0);
    });
  }
  startStatusServer(Number(flags.statusPort ?? 15021));
  log('info', `pilot-agent stand-in: workload ${workload}.${env.POD_NAMESPACE}, CA_ADDR ${env.CA_ADDR}${env.CA_SNI ? ` (SNI ${env.CA_SNI})` : ''}, trust domain ${trustDomain}`);

  let failures = 0;
  let lastVersion;
  let warnedTd = false;
  const loop = async () => {
    let delay;
    try {
      const cfg = await fetchConfig(ctx);
      failures = 0;
      if (cfg.version !== lastVersion) {
        lastVersion = cfg.version;
        log('info', `config ${cfg.version} from istiod: identity ${cfg.identity}, sidecar ${cfg.sidecar ?? '(none)'}, ${cfg.inbound?.length ?? 0} inbound, ${cfg.outbound?.length ?? 0} outbound listener(s)`);
        for (const w of cfg.warnings ?? []) log('warn', w);
        if (cfg.trustDomain && cfg.trustDomain !== trustDomain && !warnedTd) {
          warnedTd = true;
          log('warn', `--trust-domain ${trustDomain} differs from the mesh trust domain ${cfg.trustDomain}`);
        }
      }
      const problems = await applyConfig(cfg, env.INSTANCE_IP);
      for (const p of problems) log('error', p);
      setReady(problems.length === 0, problems.join('; '));
      delay = problems.length ? 1000 : REFRESH_MS;
    } catch (e) {
      delay = Math.min(250 * 2 ** failures, 4000);
      failures++;
      log('warn', `${e.message} (retrying in ${(delay / 1000).toFixed(2)}s)`);
      // Like Envoy, keep serving the last good config; before the first one, not ready.
      if (!lastVersion) setReady(false, `config not received from istiod: ${e.message}`);
    }
    setTimeout(loop, delay);
  };
  loop();
}

process.on('uncaughtException', (e) => fatal(`internal error: ${e.message ?? e}`));
main();
