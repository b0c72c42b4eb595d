// Two runs, one VM: a coordination.k8s.io/v1 Lease per VM serializes them, as client-go's
// leader election does (tools/leaderelection/resourcelock/leaselock.go): the holder is this
// run's ID, renewed every few seconds while the run lives; a run that dies stops renewing and
// its lease counts as expired leaseDurationSeconds after the last renewal. A second run waits
// up to lock-timeout, then fails naming the holder.
//
// Where: the istio-namespace, one Lease per vm-host. The VM is what two runs must not share
// (one istio-proxy container, one /etc/istio-proxy), whatever workload or namespace each
// onboards, so the lease lives in the one namespace every run for that VM uses and that
// always exists (the mesh facts are read there).
//
// Expiry is judged as client-go judges it, by what this run observed (no change of the
// record for leaseDurationSeconds), and also by the holder's renewTime, so a lease left long
// ago by a dead run is taken over at once rather than after a full duration.
import { createHash, randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import { formatDuration } from '../config/duration.js';
import { canonicalHost } from '../config/rules.js';
import type { Logger } from '../log.js';
import { MANAGED_BY_LABEL, MANAGED_BY_VALUE } from '../plan/labels.js';
import { boundedSignal } from '../pipeline/abort.js';
import { sleep } from '../pipeline/retry.js';
import { StepError } from '../pipeline/step-error.js';
import type { Cluster } from './client.js';
import { clusterError, isNotFound, statusOf } from './errors.js';
import type { Lease } from './kube-api.js';

/** client-go's default for leader election: long enough for a busy runner, short enough to wait out. */
export const LEASE_DURATION_SECONDS = 15;
const RENEW_EVERY_MS = 5_000;
const POLL_MS = 1_000;
const RELEASE_TIMEOUT_MS = 10_000;
const NAME_PREFIX = 'istio-vm-onboard.';
const ANNOTATION_WORKLOAD = 'istio-vm-onboard.io/workload';
const ANNOTATION_RUN_URL = 'istio-vm-onboard.io/run-url';
const DNS1123_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;

/**
 * The Lease of one VM: istio-vm-onboard.<vm-host> in its one spelling (canonicalHost: case,
 * trailing dot, IPv6 text, ::ffff: forms), so every spelling of a VM contends for one lease; a
 * host that is no DNS name as it is (an IPv6 address) gets its characters folded and a hash of
 * that text, so two hosts never share a lease.
 */
export function vmLeaseName(vmHost: string): string {
  const host = canonicalHost(vmHost);
  const plain = `${NAME_PREFIX}${host}`;
  if (plain.length <= 253 && DNS1123_SUBDOMAIN.test(plain)) return plain;
  const folded = host
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 200);
  const hash = createHash('sha256').update(host).digest('hex').slice(0, 10);
  return `${NAME_PREFIX}${folded ? `${folded}-` : ''}${hash}`;
}

export interface RunIdentity {
  /** The Lease's holderIdentity: unique per process, so two legs of one matrix job differ too. */
  id: string;
  /** Where a person finds the run (GitHub Actions), if known. */
  url?: string;
}

/** This run's ID: the GitHub run, attempt and job when on a runner, else host and PID; plus a random suffix. */
export function runIdentity(env: NodeJS.ProcessEnv): RunIdentity {
  const suffix = randomBytes(3).toString('hex');
  const { GITHUB_REPOSITORY: repo, GITHUB_RUN_ID: run, GITHUB_RUN_ATTEMPT: attempt, GITHUB_JOB: job, GITHUB_SERVER_URL: server } = env;
  if (repo && run) {
    const id = `github:${repo}/runs/${run}/attempts/${attempt || '1'}${job ? `/jobs/${job}` : ''}#${suffix}`;
    return { id: id.slice(0, 240), url: `${server || 'https://github.com'}/${repo}/actions/runs/${run}/attempts/${attempt || '1'}` };
  }
  return { id: `cli:${hostname()}/pid/${process.pid}#${suffix}`.slice(0, 240) };
}

export interface LeaseRequest {
  namespace: string;
  name: string;
  run: RunIdentity;
  /** What this run does to the VM, for whoever finds the lease held: "onboard demo/backend-vm". */
  purpose: string;
  /** The VM as reports name it (user@host:port). */
  vm: string;
  waitMs: number;
  log: Logger;
  signal: AbortSignal;
}

/** A VM lease as the post step finds it in the state: where, and the holder this run wrote. */
export interface LeaseRef {
  namespace: string;
  name: string;
  holder: string;
}

export interface HeldLease {
  namespace: string;
  name: string;
  holder: string;
  /** How long this run waited for another one. */
  waitedMs: number;
  /** The run whose lease expired and was taken over. */
  tookOverFrom?: string;
  /** Ends the renewals and deletes the lease if it is still this run's; never throws. */
  release(): Promise<void>;
}

function microTime(ms: number): string {
  // MicroTime on the wire: RFC 3339 with exactly six fraction digits (metav1.RFC3339Micro).
  return new Date(ms).toISOString().replace(/\.(\d{3})Z$/, '.$1000Z');
}

function timeOf(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const ms = new Date(value).getTime();
  return Number.isNaN(ms) ? undefined : ms;
}

function conflicted(err: unknown): boolean {
  return statusOf(err)?.code === 409;
}

function body(req: LeaseRequest, now: number, prior?: Lease): Lease {
  const transitions = prior?.spec?.leaseTransitions ?? 0;
  const takeover = Boolean(prior?.spec?.holderIdentity && prior.spec.holderIdentity !== req.run.id);
  return {
    apiVersion: 'coordination.k8s.io/v1',
    kind: 'Lease',
    metadata: {
      name: req.name,
      namespace: req.namespace,
      ...(prior?.metadata?.resourceVersion ? { resourceVersion: prior.metadata.resourceVersion } : {}),
      // Whoever held it before, the record now says only who holds it now.
      labels: { [MANAGED_BY_LABEL]: MANAGED_BY_VALUE },
      annotations: { [ANNOTATION_WORKLOAD]: `${req.purpose} on ${req.vm}`, ...(req.run.url ? { [ANNOTATION_RUN_URL]: req.run.url } : {}) },
    },
    spec: {
      holderIdentity: req.run.id,
      leaseDurationSeconds: LEASE_DURATION_SECONDS,
      acquireTime: microTime(now),
      renewTime: microTime(now),
      leaseTransitions: transitions + (takeover ? 1 : 0),
    },
  };
}

function describeHolder(lease: Lease): string {
  const holder = lease.spec?.holderIdentity ?? '';
  const what = lease.metadata?.annotations?.[ANNOTATION_WORKLOAD];
  const url = lease.metadata?.annotations?.[ANNOTATION_RUN_URL];
  return `${holder}${what ? ` (${what})` : ''}${url ? ` ${url}` : ''}`;
}

/**
 * Takes the VM's lease for this run, waiting up to waitMs while another live run holds it,
 * and keeps renewing it until release(). Throws a StepError naming the holder when the wait
 * runs out.
 */
export async function acquireVmLease(cluster: Cluster, req: LeaseRequest): Promise<HeldLease> {
  const { namespace, name, log, signal } = req;
  const ref = `Lease ${namespace}/${name}`;
  const started = Date.now();
  const deadline = started + req.waitMs;
  let observed: { version: string; at: number } | undefined;
  let announced = '';
  // A released lease is deleted, so a run mostly finds none: it creates one first (one round
  // trip), and reads only when the API server answers that one is there (409 AlreadyExists).
  let mayBeFree = true;
  for (;;) {
    signal.throwIfAborted();
    let current: Lease | undefined;
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
        if (conflicted(err)) continue; // there is one (another run's, or one created meanwhile): look at it
        if (isNotFound(err))
          throw new StepError(
            `create ${ref}: namespace ${namespace} does not exist`,
            `set istio-namespace to the namespace of the Istio control plane: the VM leases live there`,
          );
        throw clusterError(`create ${ref}`, err);
      }
    }
    const spec = current.spec ?? {};
    const holder = spec.holderIdentity ?? '';
    const durationMs = (spec.leaseDurationSeconds ?? LEASE_DURATION_SECONDS) * 1000;
    const version = current.metadata?.resourceVersion ?? '';
    if (observed?.version !== version) observed = { version, at: now };
    const renewedAt = timeOf(spec.renewTime) ?? timeOf(spec.acquireTime);
    const expired = renewedAt === undefined || now - renewedAt > durationMs || now - observed.at > durationMs;
    if (!holder || holder === req.run.id || expired) {
      try {
        const taken = await cluster.call(() => cluster.replaceLease(namespace, name, body(req, now, current)));
        if (holder && holder !== req.run.id)
          log.warning(
            `took over the VM's ${ref} from ${describeHolder(current)}: it expired (last renewed ${renewedAt === undefined ? 'never' : `${Math.round((now - renewedAt) / 1000)} s ago`}; that run has ended or stopped renewing)`,
          );
        return hold(cluster, req, taken, now - started, holder && holder !== req.run.id ? holder : undefined);
      } catch (err) {
        if (conflicted(err)) continue; // someone else wrote it first: look again
        throw clusterError(`take over ${ref}`, err);
      }
    }
    const ago = renewedAt === undefined ? 'never renewed' : `renewed ${Math.max(0, Math.round((now - renewedAt) / 1000))} s ago`;
    if (now >= deadline) {
      throw new StepError(
        `the VM ${req.vm} is held by another run: ${ref} holder ${describeHolder(current)}, ${ago}; waited ${Math.round((now - started) / 1000)} s (lock-timeout ${formatDuration(req.waitMs)})`,
        `let that run finish, then run again (or raise lock-timeout). A run that died stops renewing: its lease expires ${durationMs / 1000} s after the last renewal`,
      );
    }
    if (announced !== holder) {
      announced = holder;
      log.info(
        `the VM is held by ${describeHolder(current)} (${ref}, ${ago}); waiting up to ${Math.round(Math.max(0, deadline - now) / 1000)} s`,
      );
    }
    await sleep(Math.min(POLL_MS, deadline - now), signal);
  }
}

/** Renews the lease until release(); release deletes it if it is still ours. */
function hold(cluster: Cluster, req: LeaseRequest, lease: Lease, waitedMs: number, tookOverFrom?: string): HeldLease {
  const { namespace, name, log } = req;
  const ref = `Lease ${namespace}/${name}`;
  // Renewals outlive the run's signal (the rollback after a timeout or SIGTERM still holds the
  // VM); each is bounded by api-timeout, and release() waits for the one in flight.
  const renewing = cluster.withSignal(new AbortController().signal);
  let released = false;
  let refusedOnce = false;
  let mine: Lease | undefined = lease;
  let timer: NodeJS.Timeout | undefined;
  let inFlight: Promise<void> = Promise.resolve();

  const renew = async (): Promise<void> => {
    if (!mine) return;
    const now = Date.now();
    const next: Lease = { ...mine, spec: { ...mine.spec, renewTime: microTime(now) } };
    try {
      mine = await renewing.call(() => renewing.replaceLease(namespace, name, next));
    } catch (err) {
      if (!conflicted(err) && !isNotFound(err)) {
        const e = clusterError(`renew ${ref}`, err);
        // A refusal (RBAC) will not pass by itself: say so once; anything else may.
        const code = statusOf(err)?.code ?? 0;
        if ((code === 401 || code === 403) && !refusedOnce)
          log.warning(`${e.message}: the lease will expire under this run (${e.hint ?? ''})`);
        else log.debug(`${e.message}; trying again in ${RENEW_EVERY_MS / 1000} s`);
        refusedOnce ||= code === 401 || code === 403;
        return;
      }
      // Someone else wrote the lease: still ours (a newer resourceVersion) or lost.
      const seen = await renewing.call(() => renewing.readLease(namespace, name)).catch(() => undefined);
      if (seen?.spec?.holderIdentity === req.run.id) {
        mine = seen;
      } else {
        mine = undefined;
        log.warning(
          `lost the VM's ${ref}${seen ? ` to ${describeHolder(seen)}` : ' (deleted)'}: another run may now change this VM at the same time`,
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
    `took the VM's ${ref} as ${req.run.id}; renewing it every ${RENEW_EVERY_MS / 1000} s (expires ${LEASE_DURATION_SECONDS} s after the last renewal)`,
  );

  return {
    namespace,
    name,
    holder: req.run.id,
    waitedMs,
    ...(tookOverFrom ? { tookOverFrom } : {}),
    async release() {
      if (released) return;
      released = true;
      clearTimeout(timer);
      await inFlight.catch(() => undefined);
      if (!mine) return;
      const bound = boundedSignal(RELEASE_TIMEOUT_MS, `releasing ${ref}`);
      const own = cluster.withSignal(bound.signal);
      const version = mine.metadata?.resourceVersion;
      try {
        // Only the version this run wrote: a lease someone took over meanwhile stays theirs.
        await own.call(() => own.deleteLease(namespace, name, version));
        log.info(`released the VM's ${ref}`);
      } catch (err) {
        if (isNotFound(err)) return;
        if (conflicted(err)) log.info(`the VM's ${ref} was no longer this run's; left it`);
        else
          log.warning(
            `could not release the VM's ${ref} (${err instanceof Error ? err.message : String(err)}): it expires by itself ${LEASE_DURATION_SECONDS} s after the last renewal`,
          );
      } finally {
        bound.dispose();
      }
    },
  };
}

/**
 * Whether the state's lease is one the main step of this job can have taken: in the run's
 * istio-namespace, named as a VM lease is, held under this job's run identity (all of it but
 * the random suffix, which is the main step's own). The state is not proof (see state.ts): a
 * forged entry can name no other run's lease.
 */
export function isThisJobsLease(lease: LeaseRef, istioNamespace: string, env: NodeJS.ProcessEnv): boolean {
  const own = runIdentity(env).id;
  const prefix = own.slice(0, own.lastIndexOf('#') + 1);
  return (
    lease.namespace === istioNamespace &&
    lease.name.startsWith(NAME_PREFIX) &&
    lease.name.length <= 253 &&
    DNS1123_SUBDOMAIN.test(lease.name) &&
    own.startsWith('github:') &&
    lease.holder.startsWith(prefix) &&
    /^[0-9a-f]{6}$/.test(lease.holder.slice(prefix.length))
  );
}

/**
 * The post step's release of a lease the main step left (killed before its own release): only
 * if it is still held by `holder` (this run), and only that version of it (a delete with the
 * resourceVersion read as precondition), so a run that took it over meanwhile keeps it.
 * Returns what it did, in words; never throws.
 */
export async function releaseLeftLease(cluster: Cluster, lease: LeaseRef): Promise<string> {
  const { namespace, name, holder } = lease;
  const ref = `Lease ${namespace}/${name}`;
  try {
    let current: Lease;
    try {
      current = await cluster.call(() => cluster.readLease(namespace, name));
    } catch (err) {
      if (isNotFound(err)) return `the VM's ${ref} is gone already`;
      throw err;
    }
    const now = current.spec?.holderIdentity ?? '';
    if (now !== holder) return `left the VM's ${ref}: it is held by ${now ? describeHolder(current) : 'nobody'} now, not by this run`;
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
