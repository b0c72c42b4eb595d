// A TCP relay for the IPv6 tests: the test world's istiod listens on the hub's IPv4 address
// only (control-plane/istiod.ts), so a relay on [hub IPv6]:15012 passes each connection on
// unchanged (TLS end to end), as an east-west gateway's passthrough port would. It records
// where each connection came from, so a test can show the proxy dialled over IPv6.
import { connect, createServer, type Socket } from 'node:net';

export interface TcpRelay {
  /** The remote address of each connection, in order. */
  relayed: string[];
  /** Closes the listener and every connection still open. */
  close(): Promise<void>;
}

export async function startTcpRelay(listen: { host: string; port: number }, upstream: { host: string; port: number }): Promise<TcpRelay> {
  const relayed: string[] = [];
  const sockets = new Set<Socket>();
  const server = createServer((down) => {
    relayed.push(down.remoteAddress ?? '?');
    const up = connect(upstream);
    for (const s of [down, up]) {
      sockets.add(s);
      s.on('close', () => sockets.delete(s));
      s.on('error', () => {
        down.destroy();
        up.destroy();
      });
    }
    down.pipe(up).pipe(down);
  });
  await new Promise<void>((resolve, reject) => server.once('error', reject).listen(listen, resolve));
  return {
    relayed,
    close: async () => {
      for (const s of sockets) s.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
