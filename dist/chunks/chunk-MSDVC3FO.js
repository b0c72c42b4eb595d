#!/usr/bin/env node
import { createRequire as __ivoCreateRequire } from 'node:module';
import { fileURLToPath as __ivoFileURLToPath } from 'node:url';
import { dirname as __ivoDirname } from 'node:path';
const require = __ivoCreateRequire(import.meta.url);
const __filename = __ivoFileURLToPath(import.meta.url);
const __dirname = __ivoDirname(__filename);
import {
  shellJoin
} from "./chunk-AURWTH66.js";
import {
  checkHostKey
} from "./chunk-ZT6DMEPR.js";
import {
  isIPv6Address
} from "./chunk-LSYLP4SE.js";
import {
  abortReason
} from "./chunk-XDIF27FF.js";
import {
  retry
} from "./chunk-ZZDNQLL2.js";
import {
  StepError
} from "./chunk-GFWLNMO4.js";

// src/vm/ssh-session.ts
var HostKeyRefused = class extends Error {
};
var SshClient;
function describe(e) {
  return `${e.user}@${isIPv6Address(e.host) ? `[${e.host}]` : e.host}:${e.port}`;
}
function sshTarget(s) {
  return `${describe(s.ssh.target)}${s.ssh.jumpHost ? ` via ${describe(s.ssh.jumpHost)}` : ""}`;
}
function connectOnce(s, endpoint, sock, signal) {
  return new Promise((resolve, reject) => {
    const client = new SshClient();
    let decision;
    const config = {
      host: endpoint.host,
      port: endpoint.port,
      username: endpoint.user,
      privateKey: s.ssh.privateKey,
      passphrase: s.ssh.passphrase,
      // The key is the one way in: ssh2 would ask with method "none" first (as OpenSSH does, to
      // learn the methods the server takes), a round trip of the handshake that says nothing here.
      authHandler: ["publickey"],
      readyTimeout: s.ssh.connectTimeoutMs,
      keepaliveInterval: 15e3,
      ...sock ? { sock } : {},
      hostVerifier: (key) => {
        decision = checkHostKey(
          { knownHosts: s.ssh.knownHosts, fingerprints: s.ssh.fingerprints, strict: s.ssh.strictHostKey },
          endpoint.host,
          endpoint.port,
          key
        );
        return decision.accepted;
      }
    };
    const onAbort = () => {
      client.destroy();
      reject(abortReason(signal));
    };
    const onError = (err) => {
      signal.removeEventListener("abort", onAbort);
      client.end();
      if (decision && !decision.accepted)
        reject(new HostKeyRefused(`host key of ${describe(endpoint)} (${decision.fingerprint}) refused: ${decision.reason}`));
      else reject(err);
    };
    client.on("error", onError);
    client.once("ready", () => {
      signal.removeEventListener("abort", onAbort);
      client.removeListener("error", onError);
      client.on("error", () => void 0);
      resolve({ client, hostKey: decision });
    });
    signal.addEventListener("abort", onAbort, { once: true });
    client.connect(config);
    client.setNoDelay(true);
  });
}
function isAuthFailure(err) {
  return /authentication methods failed|permission denied/i.test(err.message);
}
async function connectWithRetries(s, endpoint, log, signal, sock) {
  let attempts = 0;
  try {
    return await retry(
      async () => {
        attempts++;
        return connectOnce(s, endpoint, sock ? await sock() : void 0, signal);
      },
      {
        signal,
        attempts: s.ssh.retries + 1,
        shouldRetry: (err) => !(err instanceof HostKeyRefused) && !isAuthFailure(err),
        delayMs: (attempt) => Math.min(1e3 * 2 ** (attempt - 1), 1e4),
        onRetry: ({ err, delayMs }) => log.info(`connection to ${describe(endpoint)} failed (${err.message}); retrying in ${delayMs} ms`)
      }
    );
  } catch (err) {
    if (signal.aborted) throw err;
    const e = err;
    if (e instanceof HostKeyRefused) {
      throw new StepError(
        e.message,
        "verify the host key out of band (ssh-keyscan on a trusted path, or the cloud console), then update ssh-known-hosts or ssh-host-fingerprint"
      );
    }
    if (isAuthFailure(e)) {
      throw new StepError(
        `SSH login to ${describe(endpoint)} was refused: ${e.message}`,
        `check that ssh-key is authorized for user ${endpoint.user} on the VM (~${endpoint.user}/.ssh/authorized_keys)`
      );
    }
    throw new StepError(
      `cannot connect to ${describe(endpoint)} after ${attempts} attempt(s): ${e.message}`,
      "check that the VM is up, the address and ssh-port are right, and port 22 is open from where this runs; ssh-connect-timeout bounds each attempt"
    );
  }
}
var ConnectionLost = class extends StepError {
};
function execOn(client, command, opts, defaultTimeoutMs, what, lost) {
  const { signal } = opts;
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(abortReason(signal));
    if (lost()) return reject(connectionLost(what));
    client.exec(command, (err, stream) => {
      if (err) {
        if (lost()) return reject(connectionLost(what));
        return reject(new StepError(`${what}: cannot open a channel: ${err.message}`));
      }
      let stdout = "";
      let stderr = "";
      let settled = false;
      const timeoutMs = opts.timeoutMs ?? defaultTimeoutMs;
      const stop = (reason) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        signal.removeEventListener("abort", onAbort);
        try {
          stream.signal("KILL");
        } catch {
        }
        stream.close();
        reject(reason);
      };
      const onAbort = () => stop(abortReason(signal));
      const timer = setTimeout(
        () => stop(
          new StepError(
            `${what}: no answer within ${timeoutMs} ms`,
            "the command was stopped; raise ssh-command-timeout if the VM is slow (e.g. pulling the proxy image)"
          )
        ),
        timeoutMs
      );
      stream.on("data", (d) => stdout += d.toString());
      stream.stderr.on("data", (d) => stderr += d.toString());
      stream.on("close", (code, sig) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        signal.removeEventListener("abort", onAbort);
        if (code == null && !sig && lost()) return reject(connectionLost(what));
        resolve({ code: code ?? (sig ? 128 : 255), stdout, stderr });
      });
      if (signal.aborted) return onAbort();
      signal.addEventListener("abort", onAbort, { once: true });
      stream.end(opts.stdin ?? "");
    });
  });
}
function connectionLost(what) {
  return new ConnectionLost(
    `${what}: the SSH connection was lost before the command finished (no exit status)`,
    "the network path to the VM or its sshd dropped the connection; what this run wrote is undone over a new connection, then run again"
  );
}
function commandLabel(argv) {
  const a = argv[0] === "sudo" ? argv.slice(argv.indexOf("--") + 1) : argv;
  return a[0] === "sh" && a[1] === "-c" ? a[3] ?? "sh -c" : a.slice(0, 2).join(" ");
}
async function openSession(s, log, signal) {
  SshClient ??= (await import("./lib-VGUXB6V4.js")).default.Client;
  const target = s.ssh.target;
  let jump;
  let sock;
  if (s.ssh.jumpHost) {
    const jumpHost = s.ssh.jumpHost;
    const hop = await connectWithRetries(s, jumpHost, log, signal);
    jump = hop.client;
    log.info(`jump host ${describe(jumpHost)}: host key ${hop.hostKey.fingerprint} (${hop.hostKey.reason})`);
    sock = () => new Promise(
      (resolve, reject) => jump.forwardOut(
        "127.0.0.1",
        0,
        target.host,
        target.port,
        (err, channel) => err ? reject(new Error(`jump host ${describe(jumpHost)} cannot reach ${describe(target).replace(/^[^@]*@/, "")}: ${err.message}`)) : resolve(channel)
      )
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
  client.once("end", ended).once("close", ended);
  jump?.once("end", ended).once("close", ended);
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
        `on ${describe(target)}: ${argv.slice(0, 4).join(" ")}`,
        () => closed
      );
    },
    get closed() {
      return closed;
    },
    close: () => {
      closed = true;
      client.end();
      jump?.end();
    }
  };
}

export {
  sshTarget,
  ConnectionLost,
  commandLabel,
  openSession
};
