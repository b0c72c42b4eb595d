// A tiny "app" for a test VM: an HTTP server that answers with its name and echoes the
// x-request-id it got (the proxy stand-in adds one when the caller did not), so a test can
// tie a request through the proxy to the app.
//
// Every test VM has the test's own node binary at VM_NODE (bound in by vm-world.ts; the
// project may live under /tmp, which a VM covers), so APP_NODE works inside any VM. Start it in the background, e.g. through vm.exec:
//   ['sh', '-c', `${shellQuote(appServerArgv({ name: 'vm-app', port: 8080 }))} >/tmp/app.log 2>&1 &`]
// It prints "listening HOST:PORT" once bound.

export { VM_NODE as APP_NODE } from './vm-world.js';
import { VM_NODE } from './vm-world.js';

export function appServerSource(): string {
  return `
const http = require('node:http');
const [name, port, host] = process.argv.slice(1);
http.createServer((req, res) => {
  let n = 0;
  req.on('data', (c) => (n += c.length));
  req.on('end', () => {
    const id = req.headers['x-request-id'];
    const body = JSON.stringify({ app: name, method: req.method, path: req.url, host: req.headers.host, requestId: id ?? null, bytes: n }) + '\\n';
    const headers = { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) };
    if (id) headers['x-request-id'] = id;
    res.writeHead(200, headers).end(body);
  });
}).listen(Number(port), host || '127.0.0.1', function () {
  console.log('listening ' + (host || '127.0.0.1') + ':' + port);
});
process.on('SIGTERM', () => process.exit(0));
`;
}

export function appServerArgv(opts: { name: string; port: number; host?: string; node?: string }): string[] {
  return [opts.node ?? VM_NODE, '-e', appServerSource(), opts.name, String(opts.port), ...(opts.host ? [opts.host] : [])];
}

export function shellQuote(argv: string[]): string {
  return argv.map((a) => `'${a.replace(/'/g, `'\\''`)}'`).join(' ');
}
