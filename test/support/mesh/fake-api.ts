// A MeshApi for tests that do not need the Kubernetes API test server: an object list and
// ServiceAccount tokens signed (ES256) and verified with a node crypto key pair, shaped like
// TokenRequest tokens (iss, sub system:serviceaccount:NS:SA, aud, exp, kubernetes.io claims).
import { generateKeyPairSync, randomUUID, sign, verify, type KeyObject } from 'node:crypto';
import type { KubeObject, MeshApi } from '../mesh-standin.js';

export interface TokenOptions {
  namespace: string;
  serviceAccount: string;
  audiences?: string[];
  expiresInSeconds?: number; // negative: already expired
  sub?: string; // override the subject
}

export class FakeMeshApi implements MeshApi {
  readonly objects: KubeObject[] = [];
  private readonly key: { privateKey: KeyObject; publicKey: KeyObject } = generateKeyPairSync('ec', { namedCurve: 'P-256' });

  /** Mint a token; `signWith` another FakeMeshApi gives a bad signature for this one. */
  mintToken(o: TokenOptions, signWith: FakeMeshApi = this): string {
    const now = Math.floor(Date.now() / 1000);
    const header = { alg: 'ES256', kid: 'test', typ: 'JWT' };
    const payload = {
      aud: o.audiences ?? ['istio-ca'],
      exp: now + (o.expiresInSeconds ?? 3600),
      iat: now,
      nbf: now,
      iss: 'https://kubernetes.default.svc.cluster.local',
      sub: o.sub ?? `system:serviceaccount:${o.namespace}:${o.serviceAccount}`,
      'kubernetes.io': { namespace: o.namespace, serviceaccount: { name: o.serviceAccount, uid: randomUUID() } },
    };
    const input = `${b64(header)}.${b64(payload)}`;
    const sig = sign('sha256', Buffer.from(input), { key: signWith.key.privateKey, dsaEncoding: 'ieee-p1363' });
    return `${input}.${sig.toString('base64url')}`;
  }

  verifyServiceAccountToken(jwt: string) {
    const [h, p, s] = jwt.split('.');
    if (!h || !p || !s) throw new Error('token is not a JWT');
    const ok = verify('sha256', Buffer.from(`${h}.${p}`), { key: this.key.publicKey, dsaEncoding: 'ieee-p1363' }, Buffer.from(s, 'base64url'));
    if (!ok) throw new Error('invalid bearer token, token could not be verified (bad signature)');
    const claims = JSON.parse(Buffer.from(p, 'base64url').toString('utf8'));
    const expiresAt = new Date(claims.exp * 1000);
    if (expiresAt.getTime() <= Date.now()) throw new Error(`invalid bearer token, token expired at ${expiresAt.toISOString()}`);
    const m = /^system:serviceaccount:([^:]+):([^:]+)$/.exec(claims.sub ?? '');
    if (!m) throw new Error(`token subject ${claims.sub} is not a service account`);
    const aud = Array.isArray(claims.aud) ? claims.aud : [claims.aud];
    return { namespace: m[1]!, serviceAccount: m[2]!, audiences: aud, expiresAt };
  }

  listObjects(apiVersion: string, kind: string, namespace?: string): KubeObject[] {
    return this.objects.filter((o) => o.apiVersion === apiVersion && o.kind === kind && (namespace === undefined || o.metadata.namespace === namespace));
  }

  add(...objs: KubeObject[]): void {
    this.objects.push(...objs);
  }
}

function b64(v: unknown): string {
  return Buffer.from(JSON.stringify(v)).toString('base64url');
}
