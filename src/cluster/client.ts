// One connection to the cluster, from the kubeconfig in the settings, bound to one
// AbortSignal: every request it sends is aborted with it (the calls themselves are
// cluster/kube-api.ts, the one file that talks to the Kubernetes client). Each request is also
// bounded by api-timeout, so an API server that never answers fails the step instead of holding the run
// until its timeout. Calls that the API server answers with 429/503/504 are retried a few
// times, honouring Retry-After.
import type { Logger } from '../log.js';
import { retry } from '../pipeline/retry.js';
import { ApiTimeout, statusOf } from './errors.js';
import type { KubeApi } from './kube-api.js';

export interface Cluster extends KubeApi {
  /** Runs fn, retrying transient API errors (429, 503, 504); a request without an answer within api-timeout throws ApiTimeout. */
  call<T>(fn: () => Promise<T>): Promise<T>;
  /** The same cluster with another signal (the rollback's, once the run's has fired). */
  withSignal(signal: AbortSignal): Cluster;
}

const RETRYABLE = new Set([429, 503, 504]);
const MAX_ATTEMPTS = 4;
const MAX_RETRY_AFTER_MS = 10_000;
/** The api-timeout input's default, for callers without settings. */
export const DEFAULT_REQUEST_TIMEOUT_MS = 30_000;

function retryAfterMs(err: unknown, attempt: number): number {
  const header = (err as { headers?: Record<string, string> }).headers?.['retry-after'];
  return Math.min(header && /^\d+$/.test(header) ? Number(header) * 1000 : 500 * 2 ** (attempt - 1), MAX_RETRY_AFTER_MS);
}

/** The per-request timer fired (the run's own abort is told apart by its signal). */
function isRequestTimeout(err: unknown): boolean {
  const name = (err as { name?: string; cause?: { name?: string } } | undefined)?.name;
  return name === 'TimeoutError' || (err as { cause?: { name?: string } } | undefined)?.cause?.name === 'TimeoutError';
}

/**
 * Loads the Kubernetes client (cluster/kube-api.ts, by import(): this module is light, and is
 * imported by the post step too) and opens the cluster of this kubeconfig.
 */
export async function connectCluster(
  kubeconfig: string,
  context: string,
  log: Logger,
  signal: AbortSignal,
  requestTimeoutMs = DEFAULT_REQUEST_TIMEOUT_MS,
): Promise<Cluster> {
  const { openKubeApi } = await import('./kube-api.js');
  return withRetries(openKubeApi({ kubeconfig, context, signal, requestTimeoutMs }), log, signal, requestTimeoutMs);
}

function withRetries(api: KubeApi, log: Logger, signal: AbortSignal, requestTimeoutMs: number): Cluster {
  return {
    ...api,
    call: <T>(fn: () => Promise<T>) =>
      retry(
        async () => {
          try {
            return await fn();
          } catch (err) {
            if (!signal.aborted && isRequestTimeout(err)) throw new ApiTimeout(requestTimeoutMs);
            throw err;
          }
        },
        {
          signal,
          attempts: MAX_ATTEMPTS,
          shouldRetry: (err) => RETRYABLE.has(statusOf(err)?.code ?? 0),
          delayMs: (attempt, err) => retryAfterMs(err, attempt),
          onRetry: ({ attempt, err, delayMs }) =>
            log.info(`API server answered ${statusOf(err)?.code}; retrying in ${delayMs} ms (attempt ${attempt + 1} of ${MAX_ATTEMPTS})`),
        },
      ),
    withSignal: (other) => withRetries(api.withSignal(other), log, other, requestTimeoutMs),
  };
}
