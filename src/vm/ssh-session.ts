// One SSH connection per VM (ssh2), optionally through a jump host. Host keys are checked
// on every hop; connection attempts are retried with backoff, commands never are; each
// command has its own timeout and takes the run's signal (on abort the remote command is
// sent KILL and its channel closed); nothing stays open after close().
import type { Client, ConnectConfig } from 'ssh2';
import { isIPv6Address } from '../config/ip-address.js';
import type { Duplex } from 'node:stream';
import type { Settings, SshEndpoint } from '../config/settings.js';
import type { Logger } from '../log.js';
import { shellJoin } from '../plan/shell.js';
import { abortReason } from '../pipeline/abort.js';
import { retry } from '../pipeline/retry.js';
import { StepError } from '../pipeline/step-error.js';
import { checkHostKey, type HostKeyDecision } from './host-keys.js';

export interface ExecResult {
  code: number;
  stdout: string;
  stderr: string;
}

export interface ExecOptions {
  /** Stops the command: the run's signal, or the rollback's. */
  signal: AbortSignal;
  stdin?: string | Buffer;
  timeoutMs?: number;
}

export interface SshSession {
  target: string;
  hostKey: HostKeyDecision;
  exec(argv: string[], opts: ExecOptions): Promise<ExecResult>;
  /** True once the connection has ended: closed by us, or lost (the rollback then opens a new one). */
  readonly closed: boolean;
  close(): void;
}

class HostKeyRefused extends Error {}

/** ssh2's client, loaded by the first openSession: a mode loads without it, render never needs it. */
let SshClient: typeof Client | undefined;

/** user@host:port, an IPv6 host in brackets (user@[fd00::2]:22) as ssh and URLs write it. */
function describe(e: SshEndpoint): string {
  return `${e.user}@${isIPv6Address(e.host) ? `[${e.host}]` : e.host}:${e.port}`;
}

/** The VM as reports name it: user@host:port, and the jump host when there is one. */
export function sshTarget(s: Pick<Settings, 'ssh'>): string {
  return `${describe(s.ssh.target)}${s.ssh.jumpHost ? ` via ${describe(s.ssh.jumpHost)}` : ''}`;
}

function connectOnce(
  s: Settings,
  endpoint: SshEndpoint,
  sock: Duplex | undefined,
  signal: AbortSignal,
): Promise<{ client: Client; hostKey: HostKeyDecision }> {
  return new Promise((resolve, reject) => {
    const client = new (SshClient as typeof Client)();
    let decision: HostKeyDecision | undefined;
    const config: ConnectConfig = {
      host: endpoint.host,
      port: endpoint.port,
      username: endpoint.user,
      privateKey: s.ssh.privateKey,
      passphrase: s.ssh.passphrase,
      // The key is the one way in: ssh2 would ask with method "none" first (as OpenSSH does, to
      // learn the methods the server takes), a round trip of the handshake that says nothing here.
      authHandler: ['publickey'],
      readyTimeout: s.ssh.connectTimeoutMs,
      keepaliveInterval: 15_000,
      ...(sock ? { sock } : {}),
      hostVerifier: (key: Buffer) => {
        decision = checkHostKey(
          { knownHosts: s.ssh.knownHosts, fingerprints: s.ssh.fingerprints, strict: s.ssh.strictHostKey },
          endpoint.host,
          endpoint.port,
          key,
        );
        return decision.accepted;
      },
    };
    const onAbort = () => {
      client.destroy();
      reject(abortReason(signal));
    };
    const onError = (err: Error) => {
      signal.removeEventListener('abort', onAbort);
      client.end();
      if (decision && !decision.accepted)
        reject(new HostKeyRefused(`host key of ${describe(endpoint)} (${decision.fingerprint}) refused: ${decision.reason}`));
      else reject(err);
    };
    // on, not once: a reset during the handshake can emit a second error, which without a
    // listener would crash the process with no rollback (the promise settles once anyway).
    client.on('error', onError);
    client.once('ready', () => {
      signal.removeEventListener('abort', onAbort);
      client.removeListener('error', onError);
      client.on('error', () => undefined); // later errors surface through exec
      resolve({ client, hostKey: decision as HostKeyDecision });
    });
    signal.addEventListener('abort', onAbort, { once: true });
    client.connect(config);
    // Nagle's algorithm holds each small SSH packet back until the previous one is acknowledged,
    // and the peer delays that acknowledgement (40 ms on Linux): every handshake step and every
    // exec (channel open, request, data, close) waited for it, about 90 ms per command. Off, as
    // OpenSSH's own client has it for interactive sessions. (No-op over a jump host's channel.)
    client.setNoDelay(true);
  });
}

function isAuthFailure(err: Error): boolean {
  return /authentication methods failed|permission denied/i.test(err.message);
}

async function connectWithRetries(s: Settings, endpoint: SshEndpoint, log: Logger, signal: AbortSignal, sock?: () => Promise<Duplex>) {
  let attempts = 0;
  try {
    return await retry(
      async () => {
        attempts++;
        return connectOnce(s, endpoint, sock ? await sock() : undefined, signal);
      },
      {
        signal,
        attempts: s.ssh.retries + 1,
        shouldRetry: (err) => !(err instanceof HostKeyRefused) && !isAuthFailure(err as Error),
        delayMs: (attempt) => Math.min(1000 * 2 ** (attempt - 1), 10_000),
        onRetry: ({ err, delayMs }) =>
          log.info(`connection to ${describe(endpoint)} failed (${(err as Error).message}); retrying in ${delayMs} ms`),
      },
    );
  } catch (err) {
    if (signal.aborted) throw err;
    const e = err as Error;
    if (e instanceof HostKeyRefused) {
      throw new StepError(
        e.message,
        'verify the host key out of band (ssh-keyscan on a trusted path, or the cloud console), then update ssh-known-hosts or ssh-host-fingerprint',
      );
    }
    if (isAuthFailure(e)) {
      throw new StepError(
        `SSH login to ${describe(endpoint)} was refused: ${e.message}`,
        `check that ssh-key is authorized for user ${endpoint.user} on the VM (~${endpoint.user}/.ssh/authorized_keys)`,
      );
    }
    throw new StepError(
      `cannot connect to ${describe(endpoint)} after ${attempts} attempt(s): ${e.message}`,
      'check that the VM is up, the address and ssh-port are right, and port 22 is open from where this runs; ssh-connect-timeout bounds each attempt',
    );
  }
}

/** The connection ended under a running command (sshd killed, network gone): no exit status came. */
export class ConnectionLost extends StepError {}

function execOn(
  client: Client,
  command: string,
  opts: ExecOptions,
  defaultTimeoutMs: number,
  what: string,
  lost: () => boolean,
): Promise<ExecResult> {
  const { signal } = opts;
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(abortReason(signal));
    if (lost()) return reject(connectionLost(what));
    client.exec(command, (err, stream) => {
      if (err) {
        if (lost()) return reject(connectionLost(what));
        return reject(new StepError(`${what}: cannot open a channel: ${err.message}`));
      }
      let stdout = '';
      let stderr = '';
      let settled = false;
      const timeoutMs = opts.timeoutMs ?? defaultTimeoutMs;
      const stop = (reason: Error) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        signal.removeEventListener('abort', onAbort);
        // KILL for an sshd that honours signal requests; closing the channel for one that does not.
        try {
          stream.signal('KILL');
        } catch {
          // the channel is already closing
        }
        stream.close();
        reject(reason);
      };
      const onAbort = () => stop(abortReason(signal));
      const timer = setTimeout(
        () =>
          stop(
            new StepError(
              `${what}: no answer within ${timeoutMs} ms`,
              'the command was stopped; raise ssh-command-timeout if the VM is slow (e.g. pulling the proxy image)',
            ),
          ),
        timeoutMs,
      );
      stream.on('data', (d: Buffer) => (stdout += d.toString()));
      stream.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
      stream.on('close', (code: number | null | undefined, sig?: string) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        signal.removeEventListener('abort', onAbort);
        if (code == null && !sig && lost()) return reject(connectionLost(what));
        resolve({ code: code ?? (sig ? 128 : 255), stdout, stderr });
      });
      // The run may have stopped while the channel was opening.
      if (signal.aborted) return onAbort();
      signal.addEventListener('abort', onAbort, { once: true });
      stream.end(opts.stdin ?? '');
    });
  });
}

function connectionLost(what: string): ConnectionLost {
  return new ConnectionLost(
    `${what}: the SSH connection was lost before the command finished (no exit status)`,
    'the network path to the VM or its sshd dropped the connection; what this run wrote is undone over a new connection, then run again',
  );
}

/** A command in a few words: a script by its $0 (install-bundle, ready-check, ...), else its first words; no sudo, no values. */
export function commandLabel(argv: string[]): string {
  const a = argv[0] === 'sudo' ? argv.slice(argv.indexOf('--') + 1) : argv;
  return a[0] === 'sh' && a[1] === '-c' ? (a[3] ?? 'sh -c') : a.slice(0, 2).join(' ');
}

export async function openSession(s: Settings, log: Logger, signal: AbortSignal): Promise<SshSession> {
  SshClient ??= (await import('ssh2')).default.Client;
  const target = s.ssh.target;
  let jump: Client | undefined;
  let sock: (() => Promise<Duplex>) | undefined;
  if (s.ssh.jumpHost) {
    const jumpHost = s.ssh.jumpHost;
    const hop = await connectWithRetries(s, jumpHost, log, signal);
    jump = hop.client;
    log.info(`jump host ${describe(jumpHost)}: host key ${hop.hostKey.fingerprint} (${hop.hostKey.reason})`);
    sock = () =>
      new Promise((resolve, reject) =>
        (jump as Client).forwardOut('127.0.0.1', 0, target.host, target.port, (err, channel) =>
          err
            ? reject(new Error(`jump host ${describe(jumpHost)} cannot reach ${describe(target).replace(/^[^@]*@/, '')}: ${err.message}`))
            : resolve(channel),
        ),
      );
  }
  let connected;
  try {
    connected = await connectWithRetries(s, target, log, signal, sock);
  } catch (err) {
    jump?.end();
    throw err;
  }
  const { client, hostKey } = connected;
  log.info(`connected to ${describe(target)}: host key ${hostKey.fingerprint} (${hostKey.reason})`);
  let closed = false;
  const ended = () => {
    closed = true;
  };
  client.once('end', ended).once('close', ended);
  jump?.once('end', ended).once('close', ended);
  // Each exec is one remote round trip; the debug line numbers them (npm run bench counts them per VM).
  let roundTrips = 0;
  return {
    target: describe(target),
    hostKey,
    exec: (argv, opts) => {
      log.debug(`remote round trip ${++roundTrips} on ${describe(target)}: ${commandLabel(argv)}`);
      return execOn(
        client,
        shellJoin(argv),
        opts,
        s.ssh.commandTimeoutMs,
        `on ${describe(target)}: ${argv.slice(0, 4).join(' ')}`,
        () => closed,
      );
    },
    get closed() {
      return closed;
    },
    close: () => {
      closed = true;
      client.end();
      jump?.end();
    },
  };
}
