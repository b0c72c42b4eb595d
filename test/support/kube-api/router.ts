// Maps request paths onto resources the way the real server's routes do:
// /api/v1/[namespaces/NS/]PLURAL[/NAME[/SUB]] and /apis/GROUP/VERSION/[namespaces/NS/]PLURAL[/NAME[/SUB]].
import { byPlural, NAMESPACES, type ResourceType } from './resources.js';

export interface ResourceRoute {
  rt: ResourceType;
  group: string;
  version: string;
  namespace?: string;
  name?: string;
  subresource?: string;
}

/** undefined: not a resource path (or an unknown resource: the caller answers 404). */
export function parseResourcePath(pathname: string): ResourceRoute | undefined {
  const segs = pathname.split('/').filter((s) => s !== '').map(decodeURIComponent);
  let group: string;
  let version: string;
  let rest: string[];
  if (segs[0] === 'api' && segs.length >= 3) {
    group = '';
    version = segs[1] as string;
    rest = segs.slice(2);
  } else if (segs[0] === 'apis' && segs.length >= 4) {
    group = segs[1] as string;
    version = segs[2] as string;
    rest = segs.slice(3);
  } else return undefined;

  if (rest[0] === 'namespaces' && rest.length >= 3) {
    const rt = byPlural(group, version, rest[2] as string);
    if (rt?.namespaced && rest.length <= 5) {
      return { rt, group, version, namespace: rest[1] as string, ...(rest[3] ? { name: rest[3] } : {}), ...(rest[4] ? { subresource: rest[4] } : {}) };
    }
    // /api/v1/namespaces/NAME/status|finalize
    if (group === '' && version === 'v1' && rest.length === 3 && NAMESPACES.subresources.includes(rest[2] as string)) {
      return { rt: NAMESPACES, group, version, name: rest[1] as string, subresource: rest[2] as string };
    }
    return undefined;
  }
  const rt = byPlural(group, version, rest[0] as string);
  if (!rt || rest.length > 3) return undefined;
  // A namespaced resource without a namespace is only a collection (list/watch across namespaces).
  if (rt.namespaced && rest.length > 1) return undefined;
  return { rt, group, version, ...(rest[1] ? { name: rest[1] } : {}), ...(rest[2] ? { subresource: rest[2] } : {}) };
}
