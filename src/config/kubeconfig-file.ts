// The kubeconfig as @kubernetes/client-node reads it, without loading the client. Validating
// the inputs and masking its credentials happen at startup, before any mode; the client's
// package entry pulls in all its generated APIs (MiBs to parse), so this reads the file with
// the client's own parts instead: js-yaml (what KubeConfig.loadFromString parses with) and
// its config_types (the entry checks that throw on an invalid cluster, context or user and
// read a user's token-file). The same text gives the same clusters, contexts, users and
// errors as KubeConfig (test/unit/kubeconfig-file.test.ts compares them); connecting still
// uses the client's KubeConfig (cluster/client.ts), loaded only when a mode needs the cluster.
import { newClusters, newContexts, newUsers, type Cluster, type Context, type User } from '@kubernetes/client-node/dist/config_types.js';
import { load } from 'js-yaml';

export type { Cluster, Context, User };

/** KubeConfig's findObject: a named list entry, the inner object carrying the name. */
function findObject<T extends { name: string }>(list: T[] | undefined, name: string): T | null {
  return list?.find((o) => o.name === name) ?? null;
}

/** The part of client-node's KubeConfig that reads a kubeconfig, with the same method names. */
export class KubeconfigFile {
  clusters: Cluster[] = [];
  contexts: Context[] = [];
  users: User[] = [];
  currentContext = '';

  /** As KubeConfig.loadFromString: throws what it throws (YAML errors, invalid entries). */
  loadFromString(content: string): void {
    // Read exactly as the client does, a non-mapping document included (the TypeError it raises).
    const obj = load(content) as Record<string, unknown>;
    this.clusters = newClusters(obj.clusters);
    this.contexts = newContexts(obj.contexts);
    this.users = newUsers(obj.users);
    this.currentContext = obj['current-context'] as string;
  }

  getContexts(): Context[] {
    return this.contexts;
  }

  getCurrentContext(): string {
    return this.currentContext;
  }

  getContextObject(name: string): Context | null {
    return findObject(this.contexts, name);
  }

  getCluster(name: string): Cluster | null {
    return findObject(this.clusters, name);
  }

  getUser(name: string): User | null {
    return findObject(this.users, name);
  }
}
