// One connection to the cluster, from the kubeconfig in the settings, bound to one
// AbortSignal: every request it sends is aborted with it. Each request is also bounded by
// api-timeout, so an API server that never answers fails the step instead of holding the run
// until its timeout. Calls that the API server answers with 429/503/504 are retried a few
// times, honouring Retry-After.
import { CoordinationV1Api, CoreV1Api, KubeConfig, KubernetesObjectApi, type RequestContext } from '@kubernetes/client-node';
import type { Logger } from '../log.js';
import { retry } from '../pipeline/retry.js';
import { ApiTimeout, statusOf } from './errors.js';

export interface Cluster {
  objects: KubernetesObjectApi;
  core: CoreV1Api;
  coordination: CoordinationV1Api;
  server: string;
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

/**
 * client-node asks the kubeconfig to authenticate every request just before sending it; that
 * is the one place, for both API styles, where the request's signal can be set: the run's,
 * combined with a fresh timer per request.
 */
class SignalledKubeConfig extends KubeConfig {
  /**
   * Fires with the run's signal but with a reason of its own: fetch rejects with the signal's
   * reason object, and client-node prefixes that error's message in place ("Failed to fetch
   * resource metadata for ..."), which would rewrite the run's own reason for every later reader.
   */
  private readonly stopped: AbortSignal;

  constructor(
    private readonly signal: AbortSignal,
    private readonly requestTimeoutMs: number,
  ) {
    super();
    const shield = new AbortController();
    const stop = () => shield.abort(Object.assign(new Error('the request was stopped with the run'), { name: 'AbortError' }));
    if (signal.aborted) stop();
    else signal.addEventListener('abort', stop, { once: true });
    this.stopped = shield.signal;
    // client-node builds a new undici Agent for every request (createDispatcher, private), so
    // each request opened its own TLS connection: a fleet spent most of its API time, ours and
    // the API server's, in handshakes. One per KubeConfig keeps a keep-alive pool, as kubectl
    // does; its TLS options come from the current context, which does not change here.
    const self = this as unknown as { createDispatcher: (cluster: unknown, agentOptions: unknown) => unknown };
    const create = self.createDispatcher.bind(this);
    let dispatcher: unknown;
    self.createDispatcher = (cluster, agentOptions) => (dispatcher ??= create(cluster, agentOptions));
  }

  override async applySecurityAuthentication(context: RequestContext): Promise<void> {
    this.signal.throwIfAborted();
    await super.applySecurityAuthentication(context);
    context.setSignal(AbortSignal.any([this.stopped, AbortSignal.timeout(this.requestTimeoutMs)]));
  }
}

function retryAfterMs(err: unknown, attempt: number): number {
  const header = (err as { headers?: Record<string, string> }).headers?.['retry-after'];
  return Math.min(header && /^\d+$/.test(header) ? Number(header) * 1000 : 500 * 2 ** (attempt - 1), MAX_RETRY_AFTER_MS);
}

/** The per-request timer fired (the run's own abort is told apart by its signal). */
function isRequestTimeout(err: unknown): boolean {
  const name = (err as { name?: string; cause?: { name?: string } } | undefined)?.name;
  return name === 'TimeoutError' || (err as { cause?: { name?: string } } | undefined)?.cause?.name === 'TimeoutError';
}

export function connectCluster(kubeconfig: string, context: string, log: Logger, signal: AbortSignal, requestTimeoutMs = DEFAULT_REQUEST_TIMEOUT_MS): Cluster {
  const kc = new SignalledKubeConfig(signal, requestTimeoutMs);
  kc.loadFromString(kubeconfig);
  if (context) kc.setCurrentContext(context);
  return {
    objects: KubernetesObjectApi.makeApiClient(kc),
    core: kc.makeApiClient(CoreV1Api),
    coordination: kc.makeApiClient(CoordinationV1Api),
    server: kc.getCurrentCluster()?.server ?? '',
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
          onRetry: ({ attempt, err, delayMs }) => log.info(`API server answered ${statusOf(err)?.code}; retrying in ${delayMs} ms (attempt ${attempt + 1} of ${MAX_ATTEMPTS})`),
        },
      ),
    withSignal: (other) => connectCluster(kubeconfig, context, log, other, requestTimeoutMs),
  };
}
