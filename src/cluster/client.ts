// One connection to the cluster, from the kubeconfig in the settings. Calls that the API
// server answers with 429/503/504 are retried a few times, honouring Retry-After.
import { CoreV1Api, KubeConfig, KubernetesObjectApi } from '@kubernetes/client-node';
import type { Logger } from '../log.js';
import { statusOf } from './errors.js';

export interface Cluster {
  objects: KubernetesObjectApi;
  core: CoreV1Api;
  server: string;
  /** Runs fn, retrying transient API errors (429, 503, 504). */
  call<T>(fn: () => Promise<T>): Promise<T>;
}

const RETRYABLE = new Set([429, 503, 504]);
const MAX_ATTEMPTS = 4;
const MAX_RETRY_AFTER_MS = 10_000;

export function connectCluster(kubeconfig: string, context: string, log: Logger): Cluster {
  const kc = new KubeConfig();
  kc.loadFromString(kubeconfig);
  if (context) kc.setCurrentContext(context);
  const server = kc.getCurrentCluster()?.server ?? '';
  const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
  return {
    objects: KubernetesObjectApi.makeApiClient(kc),
    core: kc.makeApiClient(CoreV1Api),
    server,
    async call<T>(fn: () => Promise<T>): Promise<T> {
      for (let attempt = 1; ; attempt++) {
        try {
          return await fn();
        } catch (err) {
          const s = statusOf(err);
          if (!s || !RETRYABLE.has(s.code) || attempt >= MAX_ATTEMPTS) throw err;
          const header = (err as { headers?: Record<string, string> }).headers?.['retry-after'];
          const waitMs = Math.min(header && /^\d+$/.test(header) ? Number(header) * 1000 : 500 * 2 ** (attempt - 1), MAX_RETRY_AFTER_MS);
          log.info(`API server answered ${s.code}; retrying in ${waitMs} ms (attempt ${attempt + 1} of ${MAX_ATTEMPTS})`);
          await sleep(waitMs);
        }
      }
    },
  };
}
