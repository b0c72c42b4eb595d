#!/usr/bin/env node
import { createRequire as __ivoCreateRequire } from 'node:module';
import { fileURLToPath as __ivoFileURLToPath } from 'node:url';
import { dirname as __ivoDirname } from 'node:path';
const require = __ivoCreateRequire(import.meta.url);
const __filename = __ivoFileURLToPath(import.meta.url);
const __dirname = __ivoDirname(__filename);
import {
  MANAGED_BY_LABEL,
  MANAGED_BY_VALUE
} from "./chunk-W5WJZYGS.js";
import {
  canonicalHost
} from "./chunk-JOC6KVYR.js";
import {
  clusterError,
  isNotFound,
  statusOf
} from "./chunk-B4I3RDRT.js";
import {
  boundedSignal
} from "./chunk-XDIF27FF.js";
import {
  sleep
} from "./chunk-ZZDNQLL2.js";
import {
  StepError
} from "./chunk-GFWLNMO4.js";
import {
  formatDuration
} from "./chunk-KI37J66C.js";

// src/cluster/lease.ts
import { createHash, randomBytes } from "node:crypto";
import { hostname } from "node:os";
var LEASE_DURATION_SECONDS = 15;
var RENEW_EVERY_MS = 5e3;
var POLL_MS = 1e3;
var RELEASE_TIMEOUT_MS = 1e4;
var NAME_PREFIX = "istio-vm-onboard.";
var ANNOTATION_WORKLOAD = "istio-vm-onboard.io/workload";
var ANNOTATION_RUN_URL = "istio-vm-onboard.io/run-url";
var DNS1123_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
function vmLeaseName(vmHost) {
  const host = canonicalHost(vmHost);
  const plain = `${NAME_PREFIX}${host}`;
  if (plain.length <= 253 && DNS1123_SUBDOMAIN.test(plain)) return plain;
  const folded = host.replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "").slice(0, 200);
  const hash = createHash("sha256").update(host).digest("hex").slice(0, 10);
  return `${NAME_PREFIX}${folded ? `${folded}-` : ""}${hash}`;
}
function runIdentity(env) {
  const suffix = randomBytes(3).toString("hex");
  const { GITHUB_REPOSITORY: repo, GITHUB_RUN_ID: run, GITHUB_RUN_ATTEMPT: attempt, GITHUB_JOB: job, GITHUB_SERVER_URL: server } = env;
  if (repo && run) {
    const id = `github:${repo}/runs/${run}/attempts/${attempt || "1"}${job ? `/jobs/${job}` : ""}#${suffix}`;
    return { id: id.slice(0, 240), url: `${server || "https://github.com"}/${repo}/actions/runs/${run}/attempts/${attempt || "1"}` };
  }
  return { id: `cli:${hostname()}/pid/${process.pid}#${suffix}`.slice(0, 240) };
}
function microTime(ms) {
  return new Date(ms).toISOString().replace(/\.(\d{3})Z$/, ".$1000Z");
}
function timeOf(value) {
  if (value === void 0) return void 0;
  const ms = new Date(value).getTime();
  return Number.isNaN(ms) ? void 0 : ms;
}
function conflicted(err) {
  return statusOf(err)?.code === 409;
}
function body(req, now, prior) {
  const transitions = prior?.spec?.leaseTransitions ?? 0;
  const takeover = Boolean(prior?.spec?.holderIdentity && prior.spec.holderIdentity !== req.run.id);
  return {
    apiVersion: "coordination.k8s.io/v1",
    kind: "Lease",
    metadata: {
      name: req.name,
      namespace: req.namespace,
      ...prior?.metadata?.resourceVersion ? { resourceVersion: prior.metadata.resourceVersion } : {},
      // Whoever held it before, the record now says only who holds it now.
      labels: { [MANAGED_BY_LABEL]: MANAGED_BY_VALUE },
      annotations: { [ANNOTATION_WORKLOAD]: `${req.purpose} on ${req.vm}`, ...req.run.url ? { [ANNOTATION_RUN_URL]: req.run.url } : {} }
    },
    spec: {
      holderIdentity: req.run.id,
      leaseDurationSeconds: LEASE_DURATION_SECONDS,
      acquireTime: microTime(now),
      renewTime: microTime(now),
      leaseTransitions: transitions + (takeover ? 1 : 0)
    }
  };
}
function describeHolder(lease) {
  const holder = lease.spec?.holderIdentity ?? "";
  const what = lease.metadata?.annotations?.[ANNOTATION_WORKLOAD];
  const url = lease.metadata?.annotations?.[ANNOTATION_RUN_URL];
  return `${holder}${what ? ` (${what})` : ""}${url ? ` ${url}` : ""}`;
}
async function acquireVmLease(cluster, req) {
  const { namespace, name, log, signal } = req;
  const ref = `Lease ${namespace}/${name}`;
  const started = Date.now();
  const deadline = started + req.waitMs;
  let observed;
  let announced = "";
  let mayBeFree = true;
  for (; ; ) {
    signal.throwIfAborted();
    let current;
    if (!mayBeFree) {
      try {
        current = await cluster.call(() => cluster.readLease(namespace, name));
      } catch (err) {
        if (!isNotFound(err)) throw clusterError(`read ${ref}`, err);
      }
    }
    mayBeFree = false;
    const now = Date.now();
    if (!current) {
      try {
        const created = await cluster.call(() => cluster.createLease(namespace, body(req, now)));
        return hold(cluster, req, created, now - started);
      } catch (err) {
        if (conflicted(err)) continue;
        if (isNotFound(err))
          throw new StepError(
            `create ${ref}: namespace ${namespace} does not exist`,
            `set istio-namespace to the namespace of the Istio control plane: the VM leases live there`
          );
        throw clusterError(`create ${ref}`, err);
      }
    }
    const spec = current.spec ?? {};
    const holder = spec.holderIdentity ?? "";
    const durationMs = (spec.leaseDurationSeconds ?? LEASE_DURATION_SECONDS) * 1e3;
    const version = current.metadata?.resourceVersion ?? "";
    if (observed?.version !== version) observed = { version, at: now };
    const renewedAt = timeOf(spec.renewTime) ?? timeOf(spec.acquireTime);
    const expired = renewedAt === void 0 || now - renewedAt > durationMs || now - observed.at > durationMs;
    if (!holder || holder === req.run.id || expired) {
      try {
        const taken = await cluster.call(() => cluster.replaceLease(namespace, name, body(req, now, current)));
        if (holder && holder !== req.run.id)
          log.warning(
            `took over the VM's ${ref} from ${describeHolder(current)}: it expired (last renewed ${renewedAt === void 0 ? "never" : `${Math.round((now - renewedAt) / 1e3)} s ago`}; that run has ended or stopped renewing)`
          );
        return hold(cluster, req, taken, now - started, holder && holder !== req.run.id ? holder : void 0);
      } catch (err) {
        if (conflicted(err)) continue;
        throw clusterError(`take over ${ref}`, err);
      }
    }
    const ago = renewedAt === void 0 ? "never renewed" : `renewed ${Math.max(0, Math.round((now - renewedAt) / 1e3))} s ago`;
    if (now >= deadline) {
      throw new StepError(
        `the VM ${req.vm} is held by another run: ${ref} holder ${describeHolder(current)}, ${ago}; waited ${Math.round((now - started) / 1e3)} s (lock-timeout ${formatDuration(req.waitMs)})`,
        `let that run finish, then run again (or raise lock-timeout). A run that died stops renewing: its lease expires ${durationMs / 1e3} s after the last renewal`
      );
    }
    if (announced !== holder) {
      announced = holder;
      log.info(
        `the VM is held by ${describeHolder(current)} (${ref}, ${ago}); waiting up to ${Math.round(Math.max(0, deadline - now) / 1e3)} s`
      );
    }
    await sleep(Math.min(POLL_MS, deadline - now), signal);
  }
}
function hold(cluster, req, lease, waitedMs, tookOverFrom) {
  const { namespace, name, log } = req;
  const ref = `Lease ${namespace}/${name}`;
  const renewing = cluster.withSignal(new AbortController().signal);
  let released = false;
  let refusedOnce = false;
  let mine = lease;
  let timer;
  let inFlight = Promise.resolve();
  const renew = async () => {
    if (!mine) return;
    const now = Date.now();
    const next = { ...mine, spec: { ...mine.spec, renewTime: microTime(now) } };
    try {
      mine = await renewing.call(() => renewing.replaceLease(namespace, name, next));
    } catch (err) {
      if (!conflicted(err) && !isNotFound(err)) {
        const e = clusterError(`renew ${ref}`, err);
        const code = statusOf(err)?.code ?? 0;
        if ((code === 401 || code === 403) && !refusedOnce)
          log.warning(`${e.message}: the lease will expire under this run (${e.hint ?? ""})`);
        else log.debug(`${e.message}; trying again in ${RENEW_EVERY_MS / 1e3} s`);
        refusedOnce ||= code === 401 || code === 403;
        return;
      }
      const seen = await renewing.call(() => renewing.readLease(namespace, name)).catch(() => void 0);
      if (seen?.spec?.holderIdentity === req.run.id) {
        mine = seen;
      } else {
        mine = void 0;
        log.warning(
          `lost the VM's ${ref}${seen ? ` to ${describeHolder(seen)}` : " (deleted)"}: another run may now change this VM at the same time`
        );
      }
    }
  };
  const schedule = () => {
    timer = setTimeout(() => {
      inFlight = renew().finally(() => {
        if (!released && mine) schedule();
      });
    }, RENEW_EVERY_MS);
    timer.unref();
  };
  schedule();
  log.info(
    `took the VM's ${ref} as ${req.run.id}; renewing it every ${RENEW_EVERY_MS / 1e3} s (expires ${LEASE_DURATION_SECONDS} s after the last renewal)`
  );
  return {
    namespace,
    name,
    holder: req.run.id,
    waitedMs,
    ...tookOverFrom ? { tookOverFrom } : {},
    async release() {
      if (released) return;
      released = true;
      clearTimeout(timer);
      await inFlight.catch(() => void 0);
      if (!mine) return;
      const bound = boundedSignal(RELEASE_TIMEOUT_MS, `releasing ${ref}`);
      const own = cluster.withSignal(bound.signal);
      const version = mine.metadata?.resourceVersion;
      try {
        await own.call(() => own.deleteLease(namespace, name, version));
        log.info(`released the VM's ${ref}`);
      } catch (err) {
        if (isNotFound(err)) return;
        if (conflicted(err)) log.info(`the VM's ${ref} was no longer this run's; left it`);
        else
          log.warning(
            `could not release the VM's ${ref} (${err instanceof Error ? err.message : String(err)}): it expires by itself ${LEASE_DURATION_SECONDS} s after the last renewal`
          );
      } finally {
        bound.dispose();
      }
    }
  };
}
function isThisJobsLease(lease, istioNamespace, env) {
  const own = runIdentity(env).id;
  const prefix = own.slice(0, own.lastIndexOf("#") + 1);
  return lease.namespace === istioNamespace && lease.name.startsWith(NAME_PREFIX) && lease.name.length <= 253 && DNS1123_SUBDOMAIN.test(lease.name) && own.startsWith("github:") && lease.holder.startsWith(prefix) && /^[0-9a-f]{6}$/.test(lease.holder.slice(prefix.length));
}
async function releaseLeftLease(cluster, lease) {
  const { namespace, name, holder } = lease;
  const ref = `Lease ${namespace}/${name}`;
  try {
    let current;
    try {
      current = await cluster.call(() => cluster.readLease(namespace, name));
    } catch (err) {
      if (isNotFound(err)) return `the VM's ${ref} is gone already`;
      throw err;
    }
    const now = current.spec?.holderIdentity ?? "";
    if (now !== holder) return `left the VM's ${ref}: it is held by ${now ? describeHolder(current) : "nobody"} now, not by this run`;
    const version = current.metadata?.resourceVersion;
    try {
      await cluster.call(() => cluster.deleteLease(namespace, name, version));
    } catch (err) {
      if (isNotFound(err)) return `the VM's ${ref} is gone already`;
      if (conflicted(err)) return `left the VM's ${ref}: it changed meanwhile (another run took it)`;
      throw err;
    }
    return `released the VM's ${ref}, which the main step held as ${holder} and did not release (it was killed): the next run need not wait for it to expire`;
  } catch (err) {
    return `could not release the VM's ${ref} (${clusterError(`release ${ref}`, err).message}): it expires by itself ${LEASE_DURATION_SECONDS} s after the main step's last renewal`;
  }
}

export {
  LEASE_DURATION_SECONDS,
  vmLeaseName,
  runIdentity,
  acquireVmLease,
  isThisJobsLease,
  releaseLeftLease
};
