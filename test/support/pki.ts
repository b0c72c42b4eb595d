// A throwaway PKI for the test world, made with the real openssl CLI: a CA (the mesh's root
// cert, and the API server's serving CA) and leaf certificates with DNS/IP/SPIFFE URI SANs.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface CertificateAuthority {
  certPem: string;
  keyPem: string;
}

export interface LeafCertificate {
  certPem: string;
  keyPem: string;
}

export interface LeafOptions {
  commonName: string;
  dns?: string[];
  ips?: string[];
  uris?: string[];
  days?: number;
}

function withTempDir<T>(fn: (dir: string) => T): T {
  const dir = mkdtempSync(join(tmpdir(), 'ivo-pki-'));
  try {
    return fn(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function openssl(args: string[], cwd: string): void {
  execFileSync('openssl', args, { cwd, stdio: ['ignore', 'ignore', 'pipe'] });
}

export function createCa(commonName = 'istio-vm-onboard test root CA'): CertificateAuthority {
  return withTempDir((dir) => {
    openssl(
      [
        'req',
        '-x509',
        '-newkey',
        'ec',
        '-pkeyopt',
        'ec_paramgen_curve:P-256',
        '-nodes',
        '-keyout',
        'ca.key',
        '-out',
        'ca.crt',
        '-days',
        '2',
        '-subj',
        `/O=cluster.local/CN=${commonName}`,
        '-addext',
        'basicConstraints=critical,CA:TRUE',
        '-addext',
        'keyUsage=critical,keyCertSign,cRLSign',
      ],
      dir,
    );
    return { certPem: readFileSync(join(dir, 'ca.crt'), 'utf8'), keyPem: readFileSync(join(dir, 'ca.key'), 'utf8') };
  });
}

export function issueCert(ca: CertificateAuthority, opts: LeafOptions): LeafCertificate {
  return withTempDir((dir) => {
    writeFileSync(join(dir, 'ca.crt'), ca.certPem);
    writeFileSync(join(dir, 'ca.key'), ca.keyPem, { mode: 0o600 });
    const sans = [
      ...(opts.dns ?? []).map((d) => `DNS:${d}`),
      ...(opts.ips ?? []).map((i) => `IP:${i}`),
      ...(opts.uris ?? []).map((u) => `URI:${u}`),
    ];
    const ext = [
      'basicConstraints=critical,CA:FALSE',
      'keyUsage=critical,digitalSignature,keyEncipherment',
      'extendedKeyUsage=serverAuth,clientAuth',
      ...(sans.length ? [`subjectAltName=${sans.join(',')}`] : []),
    ].join('\n');
    writeFileSync(join(dir, 'leaf.ext'), ext + '\n');
    openssl(
      [
        'req',
        '-newkey',
        'ec',
        '-pkeyopt',
        'ec_paramgen_curve:P-256',
        '-nodes',
        '-keyout',
        'leaf.key',
        '-out',
        'leaf.csr',
        '-subj',
        `/CN=${opts.commonName}`,
      ],
      dir,
    );
    openssl(
      [
        'x509',
        '-req',
        '-in',
        'leaf.csr',
        '-CA',
        'ca.crt',
        '-CAkey',
        'ca.key',
        '-CAcreateserial',
        '-out',
        'leaf.crt',
        '-days',
        String(opts.days ?? 2),
        '-extfile',
        'leaf.ext',
      ],
      dir,
    );
    return { certPem: readFileSync(join(dir, 'leaf.crt'), 'utf8'), keyPem: readFileSync(join(dir, 'leaf.key'), 'utf8') };
  });
}
