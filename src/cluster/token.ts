// The bootstrap token: a TokenRequest for the workload's ServiceAccount, audience istio-ca,
// bounded lifetime. The token and its derived forms are masked before anything can log them.
import type { Logger } from '../log.js';
import { derivedForms } from '../config/secrets.js';
import type { Cluster } from './client.js';
import { clusterError } from './errors.js';

export const ISTIO_CA_AUDIENCE = 'istio-ca';

export interface BootstrapToken {
  token: string;
  expiresAt: Date;
}

export async function requestToken(
  cluster: Cluster,
  log: Logger,
  namespace: string,
  serviceAccount: string,
  lifetimeSeconds: number,
): Promise<BootstrapToken> {
  let response;
  try {
    response = await cluster.call(() =>
      cluster.requestToken(namespace, serviceAccount, { audiences: [ISTIO_CA_AUDIENCE], expirationSeconds: lifetimeSeconds }),
    );
  } catch (err) {
    throw clusterError(`request a token for ServiceAccount ${namespace}/${serviceAccount}`, err);
  }
  const token = response.token;
  if (!token)
    throw clusterError(`request a token for ServiceAccount ${namespace}/${serviceAccount}`, new Error('the API server returned no token'));
  for (const form of derivedForms(token)) log.secret(form);
  const expiresAt = response.expirationTimestamp ? new Date(response.expirationTimestamp) : new Date(Date.now() + lifetimeSeconds * 1000);
  return { token, expiresAt };
}
