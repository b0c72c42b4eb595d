// Service account tokens as the real TokenRequest API issues them: RS256 JWTs signed by the
// server's key (kid = base64url SHA-256 of the public key DER), with the bound-token claims
// (iss, sub system:serviceaccount:NS:SA, aud, exp, iat, nbf, jti, kubernetes.io{namespace,
// serviceaccount{name,uid}}). verify() plays the part of a TokenReview for host-side stand-ins.
import { createHash, generateKeyPair, randomUUID, sign, verify, type KeyObject } from 'node:crypto';
import { promisify } from 'node:util';

export const ISSUER = 'https://kubernetes.default.svc.cluster.local';

export interface TokenClaims {
  aud: string[];
  exp: number;
  iat: number;
  nbf: number;
  iss: string;
  jti: string;
  sub: string;
  'kubernetes.io': { namespace: string; serviceaccount: { name: string; uid: string } };
}

const b64url = (b: Buffer | string): string => Buffer.from(b).toString('base64url');

export class TokenIssuer {
  private constructor(
    private readonly privateKey: KeyObject,
    readonly publicKey: KeyObject,
    readonly kid: string,
  ) {}

  static async create(): Promise<TokenIssuer> {
    const { privateKey, publicKey } = await promisify(generateKeyPair)('rsa', { modulusLength: 2048 });
    const der = publicKey.export({ type: 'spki', format: 'der' });
    return new TokenIssuer(privateKey, publicKey, b64url(createHash('sha256').update(der).digest()));
  }

  issue(p: { namespace: string; serviceAccount: string; uid: string; audiences: string[]; expirationSeconds: number }): { token: string; claims: TokenClaims } {
    const iat = Math.floor(Date.now() / 1000);
    const claims: TokenClaims = {
      aud: p.audiences,
      exp: iat + p.expirationSeconds,
      iat,
      iss: ISSUER,
      jti: randomUUID(),
      'kubernetes.io': { namespace: p.namespace, serviceaccount: { name: p.serviceAccount, uid: p.uid } },
      nbf: iat,
      sub: `system:serviceaccount:${p.namespace}:${p.serviceAccount}`,
    };
    const head = b64url(JSON.stringify({ alg: 'RS256', kid: this.kid }));
    const body = b64url(JSON.stringify(claims));
    const sig = sign('sha256', Buffer.from(`${head}.${body}`), this.privateKey);
    return { token: `${head}.${body}.${b64url(sig)}`, claims };
  }

  /** Checks signature, issuer and time window; returns the claims or throws saying what is wrong. */
  verify(jwt: string, at = Date.now()): TokenClaims {
    const parts = jwt.trim().split('.');
    if (parts.length !== 3) throw new Error('token is not a JWT (expected three dot-separated parts)');
    const [head, body, sig] = parts as [string, string, string];
    let header: { alg?: string; kid?: string };
    let claims: TokenClaims;
    try {
      header = JSON.parse(Buffer.from(head, 'base64url').toString('utf8')) as { alg?: string; kid?: string };
      claims = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as TokenClaims;
    } catch {
      throw new Error('token is not a JWT (header or claims are not base64url JSON)');
    }
    if (header.alg !== 'RS256') throw new Error(`token signing algorithm ${String(header.alg)} is not RS256`);
    if (!verify('sha256', Buffer.from(`${head}.${body}`), this.publicKey, Buffer.from(sig, 'base64url'))) {
      throw new Error('token signature is invalid (not signed by this API server)');
    }
    if (claims.iss !== ISSUER) throw new Error(`token issuer ${claims.iss} is not ${ISSUER}`);
    const now = Math.floor(at / 1000);
    if (typeof claims.exp !== 'number' || claims.exp <= now) {
      throw new Error(`token has expired (exp ${new Date(claims.exp * 1000).toISOString()}, now ${new Date(at).toISOString()})`);
    }
    if (typeof claims.nbf === 'number' && claims.nbf > now + 60) throw new Error('token is not valid yet (nbf in the future)');
    return claims;
  }

  /** The JWKS the real server publishes at /openid/v1/jwks. */
  jwks(): { keys: object[] } {
    const jwk = this.publicKey.export({ format: 'jwk' });
    return { keys: [{ use: 'sig', kty: 'RSA', kid: this.kid, alg: 'RS256', n: jwk.n, e: jwk.e }] };
  }
}
