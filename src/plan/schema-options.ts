// The ajv options of the offline check, in one place: scripts/generate-validators.ts compiles
// the schemas with them ahead of time (schemas/validators.js), and that generated code imports
// the formats from here at run time (functions cannot be written into generated code).
import type { Options } from 'ajv';

const INT32 = 2 ** 31;
const INT64 = 2n ** 63n;
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
// RFC 3339, as Go's time.Parse reads metav1.Time and kube-openapi checks date-time.
const DATE_TIME = /^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:[Zz]|[+-]\d{2}:\d{2})$/;

/** The OpenAPI formats the schemas use, as the API server checks them. */
export const formats = {
  int32: { type: 'number', validate: (n: number) => Number.isInteger(n) && n >= -INT32 && n < INT32 },
  int64: { type: 'number', validate: (n: number) => Number.isInteger(n) && BigInt(n) >= -INT64 && BigInt(n) < INT64 },
  double: { type: 'number', validate: (n: number) => Number.isFinite(n) },
  byte: (s: string) => BASE64.test(s.replace(/[\r\n]/g, '')),
  'date-time': (s: string) => DATE_TIME.test(s) && !Number.isNaN(Date.parse(s)),
  // Marks IntOrString; its oneOf does the checking.
  'int-or-string': true,
} as const;

/** The schema bundle's $id: a kind's validator is `${SCHEMA_BUNDLE_ID}#/$defs/<definition>`. */
export const SCHEMA_BUNDLE_ID = 'kube';

/** Everything but the schemas and the code options (the generator adds both). */
export const ajvOptions: Options = {
  allErrors: true,
  // Not verbose: that embeds every schema in the generated code. The schema behind an error is
  // looked up instead (validate.ts errorSchema).
  // Unknown keywords and formats stay errors (a generator change must be looked at); the
  // OpenAPI schemas leave `type` out beside $ref and oneOf, which is fine for validation.
  strict: true,
  strictTypes: false,
  strictRequired: false,
  logger: false,
  keywords: [
    // Evaluated in validate.ts (CEL, list types), or only meaningful there (int-or-string typing).
    'x-kubernetes-validations',
    'x-kubernetes-int-or-string',
    'x-kubernetes-preserve-unknown-fields',
    'x-kubernetes-embedded-resource',
    'x-kubernetes-list-type',
    'x-kubernetes-list-map-keys',
  ],
  formats,
};
