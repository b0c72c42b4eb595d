// Validation rules. Each returns undefined when the value is fine, or the rule it breaks,
// phrased so "input `x`: <rule>" reads as a sentence. Messages never echo secret values, and
// quote others through quoteValue: escaped, and cut to a short prefix when overlong.
import { isIPv4 } from 'node:net';
import { isIPAddress, isIPv6Address } from './ip-address.js';
import { isAbsolute } from 'node:path';
import { escapeControls, quoteValue as q } from '../log.js';

const DNS1123_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const DNS1123_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
const LABEL_NAME = /^[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?$/;
const HOSTNAME_LABEL = /^[A-Za-z0-9]([-A-Za-z0-9]*[A-Za-z0-9])?$/;
const POSIX_USER = /^[a-z_][a-z0-9_-]*\$?$/;
const IMAGE_REF =
  /^(?:[a-zA-Z0-9.-]+(?::[0-9]+)?\/)?[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:\/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*(?::[\w][\w.-]{0,127})?(?:@sha256:[a-f0-9]{64})?$/;
const FINGERPRINT = /^SHA256:[A-Za-z0-9+/]{43}$/;

export function dns1123Label(value: string): string | undefined {
  if (value.length > 63) return 'must be at most 63 characters (DNS-1123 label)';
  if (!DNS1123_LABEL.test(value))
    return 'must be a DNS-1123 label: lower-case letters, digits and "-", starting and ending with a letter or digit';
  return undefined;
}

export function dns1123Subdomain(value: string): string | undefined {
  if (value.length > 253) return 'must be at most 253 characters (DNS-1123 subdomain)';
  if (!DNS1123_SUBDOMAIN.test(value))
    return 'must be a DNS-1123 subdomain: lower-case letters, digits, "-" and ".", starting and ending with a letter or digit';
  return undefined;
}

export function labelKey(key: string): string | undefined {
  const slash = key.lastIndexOf('/');
  const prefix = slash >= 0 ? key.slice(0, slash) : undefined;
  const name = slash >= 0 ? key.slice(slash + 1) : key;
  if (prefix !== undefined && (prefix.length === 0 || dns1123Subdomain(prefix)))
    return `label key ${q(key)} has an invalid prefix (must be a DNS-1123 subdomain)`;
  if (name.length === 0 || name.length > 63 || !LABEL_NAME.test(name))
    return `label key ${q(key)} must be 1-63 characters of letters, digits, "-", "_", ".", starting and ending with a letter or digit`;
  return undefined;
}

export function labelValue(value: string): string | undefined {
  if (value === '') return undefined;
  if (value.length > 63 || !LABEL_NAME.test(value))
    return `label value ${q(value)} must be at most 63 characters of letters, digits, "-", "_", ".", starting and ending with a letter or digit`;
  return undefined;
}

export function port(text: string): string | undefined {
  if (!/^\d+$/.test(text)) return `${q(text)} is not a port number`;
  const n = Number(text);
  if (n < 1 || n > 65535) return `port ${text} is outside 1-65535`;
  return undefined;
}

/**
 * An IPv6 address in its one canonical text (RFC 5952: lower case, the longest run of zero
 * groups as ::), which is what Go's netip prints: pilot-agent reports the proxy's IPs so, and
 * istiod finds a proxy's WorkloadEntry by comparing that text with the entry's address
 * (serviceentry controller, ServiceInstancesByIP). OpenSSH matches known_hosts against the
 * same form. Anything else (IPv4, names, embedded IPv4, zones) is returned as given.
 */
export function canonicalIp(value: string): string {
  if (!isIPv6Address(value) || /[.%]/.test(value)) return value;
  try {
    return new URL(`http://[${value}]/`).hostname.slice(1, -1);
  } catch {
    return value;
  }
}

/**
 * One VM, one spelling: the identity duplicates, the Lease and the report use. Host names
 * lower-cased without the trailing dot (DNS ignores both); IPv6 in canonicalIp's text, an
 * IPv4-mapped one (::ffff:a.b.c.d) as the IPv4 address it is. Call it on a value host()
 * accepted: that refuses the other spellings of an address (zones, inet_aton forms).
 */
export function canonicalHost(value: string): string {
  if (isIPv4(value)) return value;
  if (isIPv6Address(value) && !value.includes('%')) {
    const text = new URL(`http://[${value}]/`).hostname.slice(1, -1);
    const mapped = /^::ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(text);
    if (!mapped) return text;
    const [hi, lo] = [parseInt(mapped[1] as string, 16), parseInt(mapped[2] as string, 16)];
    return [hi >> 8, hi & 255, lo >> 8, lo & 255].join('.');
  }
  return value.toLowerCase().replace(/\.$/, '');
}

/** Labels getaddrinfo (inet_aton) reads as an address: 0x7f.0.0.1, 127.1, 2130706433, 0177.0.0.1. */
const NUMERIC_LABELS = /^(0x[0-9a-f]*|\d+)(\.(0x[0-9a-f]*|\d+))*\.?$/i;

/** An IP address or an RFC 1123 host name. */
export function host(value: string): string | undefined {
  // A zone names an interface of whoever connects (the runner), and the same VM without it
  // would count as another VM.
  if (isIPAddress(value)) return value.includes('%') ? `${q(value)} holds an IPv6 zone (%...): give the address without it` : undefined;
  if (value.length > 253) return 'must be an IP address or a host name of at most 253 characters';
  // Otherwise the resolver reads it as an address, and one VM goes by two names (two Leases).
  if (NUMERIC_LABELS.test(value))
    return `${q(value)} is an IPv4 address in another form than four decimal numbers (hex, octal or fewer parts, as inet_aton reads it): write it as a.b.c.d`;
  const labels = value.replace(/\.$/, '').split('.');
  if (labels.every((l) => l.length <= 63 && HOSTNAME_LABEL.test(l))) return undefined;
  return `${q(value)} is neither an IP address nor a host name`;
}

export function posixUser(value: string): string | undefined {
  if (value.length > 32 || !POSIX_USER.test(value))
    return `${q(value)} is not a valid user name (lower-case letters, digits, "_", "-"; at most 32 characters)`;
  return undefined;
}

export function imageReference(value: string): string | undefined {
  // The registry's own limit: a repository name (with its registry) of at most 255 characters.
  const name = value.replace(/@sha256:[a-f0-9]{64}$/, '').replace(/:[\w][\w.-]{0,127}$/, '');
  if (name.length > 255) return `${q(value)} is not an image reference: its name is longer than 255 characters`;
  if (!IMAGE_REF.test(value)) return `${q(value)} is not an image reference like registry.example/istio/proxyv2:1.24.2`;
  return undefined;
}

export function fingerprint(value: string): string | undefined {
  if (!FINGERPRINT.test(value))
    return `${q(value)} is not an OpenSSH SHA256 fingerprint (SHA256: followed by 43 base64 characters, as ssh-keygen -lf prints it)`;
  return undefined;
}

/** An absolute directory path safe to use in remote commands and mounts. */
export function absoluteDir(value: string): string | undefined {
  if (!value.startsWith('/')) return `${q(value)} must be an absolute path`;
  if (!/^[A-Za-z0-9._/-]+$/.test(value)) return `${q(value)} may only hold letters, digits, ".", "_", "-" and "/"`;
  if (value.split('/').some((seg) => seg === '..' || seg === '.')) return `${q(value)} must not contain "." or ".." segments`;
  if (value.replace(/\/+$/, '') === '') return 'must not be the root directory';
  return undefined;
}

/**
 * Where proxy-config-dir may be: the default /etc/istio-proxy or a directory below it, or a
 * directory below Istio's own /etc/istio, /var/lib/istio, /opt/istio. The bundle holds a
 * file named `hosts` and offboarding removes the bundle's names from the directory: in /etc
 * that would replace and then delete /etc/hosts, in any system directory files the VM needs.
 */
export const PROXY_CONFIG_DIR_ROOTS = ['/etc/istio-proxy', '/etc/istio/', '/var/lib/istio/', '/opt/istio/'] as const;

export function proxyConfigDir(value: string): string | undefined {
  const problem = absoluteDir(value);
  if (problem) return problem;
  const dir = value.replace(/\/+$/, '');
  if (dir.includes('//')) return `${q(value)} must not hold "//"`;
  const allowed = PROXY_CONFIG_DIR_ROOTS.some((root) =>
    root.endsWith('/') ? dir.startsWith(root) && dir.length > root.length : dir === root || dir.startsWith(`${root}/`),
  );
  if (!allowed)
    return `${q(value)} is not a directory of Istio's: give /etc/istio-proxy (the default) or a directory below /etc/istio-proxy, /etc/istio, /var/lib/istio or /opt/istio (the bundle's files, \`hosts\` among them, are written there and removed again when offboarding)`;
  return undefined;
}

export function httpUrl(value: string): string | undefined {
  if (value.length > 2048) return `${q(value)} is longer than 2048 characters`;
  // As written in RFC 3986: no blanks, quotes, backticks, pipes, braces or control characters
  // (WHATWG URL parsing would quietly percent-encode them). "$", "(", ")", ";" and "&" are legal
  // URL characters; the URL reaches the VM only as one quoted argument (plan/shell.ts).
  if (!/^[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=%]+$/.test(value))
    return `${q(value)} holds characters a URL may not (blanks, quotes, backticks, "|", "<", ">", "{", "}", "\\", "^" or control characters)`;
  try {
    const url = new URL(value);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return `${q(value)} must be an http or https URL`;
    return undefined;
  } catch {
    return `${q(value)} is not a URL`;
  }
}

export function envName(value: string): string | undefined {
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(value))
    return `${q(value)} is not a variable name (letters, digits and "_", not starting with a digit)`;
  return undefined;
}

/**
 * The runner's own variables, never read for ${VAR}: the action's inputs (INPUT_KUBECONFIG is the
 * whole kubeconfig), main's state, the runner's tokens and settings, the job's GitHub token.
 */
const RUNNER_VARIABLE = /^(INPUT_|STATE_|ACTIONS_|RUNNER_)|^GITHUB_TOKEN$/i;

/** A variable vars-from-env may name: a variable name, and none of the runner's own. */
export function envVarToRead(value: string): string | undefined {
  return (
    envName(value) ??
    (RUNNER_VARIABLE.test(value)
      ? `${q(value)} is one of the runner's own variables (INPUT_*, STATE_*, ACTIONS_*, RUNNER_*, GITHUB_TOKEN), which are never read`
      : undefined)
  );
}

const KNOWN_KEY_TYPES = new Set([
  'ssh-ed25519',
  'ssh-rsa',
  'ecdsa-sha2-nistp256',
  'ecdsa-sha2-nistp384',
  'ecdsa-sha2-nistp521',
  'sk-ssh-ed25519@openssh.com',
  'sk-ecdsa-sha2-nistp256@openssh.com',
  'ssh-dss',
]);

/** One known_hosts line: [marker] hosts keytype base64 [comment]. */
export function knownHostsLine(line: string): string | undefined {
  const fields = line.trim().split(/\s+/);
  if (fields[0]?.startsWith('@')) {
    if (fields[0] !== '@cert-authority' && fields[0] !== '@revoked') return `unknown marker ${q(fields[0])}`;
    fields.shift();
  }
  const [hosts, type, blob] = fields;
  if (!hosts || !type || !blob) return `${q(line)} is not a known_hosts line (hosts, key type, base64 key)`;
  if (!KNOWN_KEY_TYPES.has(type)) return `key type ${q(type)} is not one OpenSSH knows`;
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(blob)) return `the key of ${q(hosts)} is not base64`;
  const raw = Buffer.from(blob, 'base64');
  const len = raw.length >= 4 ? raw.readUInt32BE(0) : -1;
  if (len < 0 || raw.subarray(4, 4 + len).toString('latin1') !== type) return `the key of ${q(hosts)} does not match its type ${type}`;
  return undefined;
}

/** Patterns that name a path outside the workspace on their face (checked again on the real paths). */
export function manifestPattern(pattern: string): string | undefined {
  if (escapeControls(pattern, { keepNewlines: false }) !== pattern) return `${q(pattern)} holds a control or invisible character`;
  if (pattern.length > 4096) return `${q(pattern)} is longer than 4096 characters`;
  if (isAbsolute(pattern) || /^[A-Za-z]:[\\/]/.test(pattern))
    return `${q(pattern)} must be a path relative to the workspace, not an absolute one`;
  if (/(^|[/\\{,])\.\.($|[/\\},])/.test(pattern)) return `${q(pattern)} must not leave the workspace with ".."`;
  return undefined;
}
