// Listening with every socket tracked, so close() ends open keep-alive and tunnelled
// connections at once instead of waiting for them (a stand-in must never hold up teardown).
import type { Server } from 'node:net';
import type { Socket } from 'node:net';

export interface TrackedServer {
  /** Track a socket the server did not accept itself (e.g. an upstream it opened). */
  track(sock: Socket): void;
  close(): Promise<void>;
}

export function tracked(server: Server): TrackedServer {
  const sockets = new Set<Socket>();
  const track = (sock: Socket) => {
    sockets.add(sock);
    sock.on('close', () => sockets.delete(sock));
  };
  server.on('connection', track);
  return {
    track,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}

export async function listen(server: Server, port: number, address: string): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, address, resolve);
  });
}
