// One connection to the cluster, from the kubeconfig in the settings, bound to one
// AbortSignal: every request it sends is aborted with it. Calls that the API server answers
// with 429/503/504 are retried a few times, honouring Retry-After.
import { CoreV1Api, KubeConfig, KubernetesObjectApi, type RequestContext } from '@kubernetes/client-node';
import type { Logger } from '../log.js';
import { retry } from '../pipeline/retry.js';
import { statusOf } from './errors.js';

export interface Cluster {
  objects: KubernetesObjectApi;
  core: CoreV1Api;
  server: string;
  /** Runs fn, retrying transient API errors (429, 503, 504). */
  call<T>(fn: () => Promise<T>): Promise<T>;
  /** The same cluster with another signal (the rollback's, once the run's has fired). */
  withSignal(signal: AbortSignal): Cluster;
}

const RETRYABLE = new Set([429, 503, 504]);
const MAX_ATTEMPTS = 4;
const MAX_RETRY_AFTER_MS = 10_000;

/**
 * client-node asks the kubeconfig to authenticate every request just before sending it; that
 * is the one place, for both API styles, where the request's signal can be set.
 */
class SignalledKubeConfig extends KubeConfig {
  constructor(private readonly signal: AbortSignal) {
    super();
  }

  override async applySecurityAuthentication(context: RequestContext): Promise<void> {
    this.signal.throwIfAborted();
    await super.applySecurityAuthentication(context);
    context.setSignal(this.signal);
  }
}

function retryAfterMs(err: unknown, attempt: number): number {
  const header = (err as { headers?: Record<string, string> }).headers?.['retry-after'];
  return Math.min(header && /^\d+$/.test(header) ? Number(header) * 1000 : 500 * 2 ** (attempt - 1), MAX_RETRY_AFTER_MS);
}

export function connectCluster(kubeconfig: string, context: string, log: Logger, signal: AbortSignal): Cluster {
  const kc = new SignalledKubeConfig(signal);
  kc.loadFromString(kubeconfig);
  if (context) kc.setCurrentContext(context);
  return {
    objects: KubernetesObjectApi.makeApiClient(kc),
    core: kc.makeApiClient(CoreV1Api),
    server: kc.getCurrentCluster()?.server ?? '',
    call: <T>(fn: () => Promise<T>) =>
      retry(fn, {
        signal,
        attempts: MAX_ATTEMPTS,
        shouldRetry: (err) => RETRYABLE.has(statusOf(err)?.code ?? 0),
        delayMs: (attempt, err) => retryAfterMs(err, attempt),
        onRetry: ({ attempt, err, delayMs }) => log.info(`API server answered ${statusOf(err)?.code}; retrying in ${delayMs} ms (attempt ${attempt + 1} of ${MAX_ATTEMPTS})`),
      }),
    withSignal: (other) => connectCluster(kubeconfig, context, log, other),
  };
}
