#!/usr/bin/env node
// The floor of one onboarding (issue #20): an ideal client doing the action's work for one VM
// and nothing else, as plain Node (no bundler, no framework), timed by scripts/bench.ts from
// spawn to exit like `node dist/index.js`:
//   Node's start; the SSH connection opened in parallel with the cluster writes (server-side
//   apply of the ServiceAccount, then its TokenRequest beside the other objects); one upload of
//   the action's own bundle with the fresh token; one round trip that replaces the proxy and
//   polls readiness on the VM (the action's own command); then the WorkloadEntry.
// No render, no checks, no lease, no mesh facts, no keeping of what it replaces, no report.
//   node scripts/bench-ideal-client.mjs SPEC.json     (SPEC: written by scripts/bench.ts)
// Prints one JSON line: when each part ended, in ms since the process started.
import { readFileSync } from 'node:fs';
import { Agent, request } from 'node:https';
import ssh2 from 'ssh2';

const spec = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const since = () => Math.round(performance.now());
const marks = {};

const agent = new Agent({ keepAlive: true, ca: spec.api.caPem });
function api(method, path, body, contentType = 'application/json') {
  return new Promise((resolve, reject) => {
    const url = new URL(path, spec.api.server);
    const req = request(
      url,
      { method, agent, headers: { authorization: `Bearer ${spec.api.token}`, 'content-type': contentType, accept: 'application/json' } },
      (res) => {
        let text = '';
        res.on('data', (d) => (text += d));
        res.on('end', () =>
          res.statusCode < 300
            ? resolve(JSON.parse(text))
            : reject(new Error(`${method} ${path}: ${res.statusCode} ${text.slice(0, 300)}`)),
        );
      },
    );
    req.on('error', reject);
    req.end(body === undefined ? undefined : JSON.stringify(body));
  });
}
const pathOf = (o) =>
  `${o.apiVersion.includes('/') ? `/apis/${o.apiVersion}` : `/api/${o.apiVersion}`}/namespaces/${o.metadata.namespace}/${o.kind.toLowerCase().replace(/y$/, 'ie')}s/${o.metadata.name}`;
const apply = (o) =>
  api('PATCH', `${pathOf(o)}?fieldManager=${encodeURIComponent(spec.fieldManager)}&force=true`, o, 'application/apply-patch+yaml');

function exec(client, command, stdin) {
  return new Promise((resolve, reject) =>
    client.exec(command, (err, stream) => {
      if (err) return reject(err);
      let stdout = '';
      let stderr = '';
      stream.on('data', (d) => (stdout += d));
      stream.stderr.on('data', (d) => (stderr += d));
      stream.on('close', (code) => (code === 0 ? resolve(stdout) : reject(new Error(`${command.slice(0, 60)}: exit ${code}: ${stderr}`))));
      stream.end(stdin ?? '');
    }),
  );
}

const connecting = new Promise((resolve, reject) => {
  const c = new ssh2.Client();
  c.once('ready', () => {
    marks.connected = since();
    resolve(c);
  }).once('error', reject);
  c.connect({ ...spec.ssh, hostVerifier: (key) => key.toString('base64') === spec.ssh.hostKey });
  c.setNoDelay(true); // small packets sent at once, not held for the previous one's acknowledgement
});
connecting.catch(() => undefined);

const [sa, ...rest] = spec.objects;
await apply(sa);
const [minted] = await Promise.all([
  api('POST', `/api/v1/namespaces/${sa.metadata.namespace}/serviceaccounts/${sa.metadata.name}/token`, {
    apiVersion: 'authentication.k8s.io/v1',
    kind: 'TokenRequest',
    spec: { audiences: ['istio-ca'], expirationSeconds: spec.tokenSeconds },
  }),
  ...rest.map(apply),
]);
marks.registered = since();
const client = await connecting;
const stdin = spec.bundle
  .map((f) => `${f.name} ${f.mode} ${f.name === 'istio-token' ? Buffer.from(minted.status.token).toString('base64') : f.base64}\n`)
  .join('');
await exec(client, spec.uploadCommand, stdin);
marks.uploaded = since();
let last = (await exec(client, spec.startCommand)).trim().split('\n').pop();
while (last !== 'ready-check 200') last = `ready-check ${(await exec(client, spec.readyCommand)).trim()}`;
marks.ready = since();
await apply(spec.workloadEntry);
marks.entry = since();
client.end();
agent.destroy();
console.log(JSON.stringify(marks));
