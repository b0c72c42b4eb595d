// Issue #18: one file talks to @kubernetes/client-node (src/cluster/kube-api.ts), and only
// through the package entry: its dist/ paths are no public API, and any other file of src/
// that imported the package would load the whole client (or a part of it, unchecked) where
// the adapter's contract test does not look. Imports are read with TypeScript's own
// pre-processor (static, type-only, dynamic, require and re-exports alike), as
// scripts/check-cycles.mjs reads them.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, it } from 'node:test';
import ts from 'typescript';

const ROOT = join(import.meta.dirname, '..', '..');
const PACKAGE = '@kubernetes/client-node';
const ADAPTER = 'src/cluster/kube-api.ts';

/** The .ts/.mts/.cts/.mjs/.js files under dir (relative to the repository). */
function sources(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { recursive: true })
    .map(String)
    .filter((f) => /\.(c|m)?[tj]s$/.test(f) && !f.endsWith('.d.ts') && !f.split('/').includes('node_modules'))
    .map((f) => join(dir, f));
}

/** Every module specifier the file imports, by any form. */
function specifiers(file: string): string[] {
  return ts.preProcessFile(readFileSync(join(ROOT, file), 'utf8'), true, true).importedFiles.map((i) => i.fileName);
}

const isPackage = (spec: string) => spec === PACKAGE || spec.startsWith(`${PACKAGE}/`);

describe('who imports @kubernetes/client-node', () => {
  it("the reader sees the adapter's own imports (else this test checks nothing)", () => {
    assert.ok(specifiers(ADAPTER).some(isPackage), 'the adapter imports the package entry');
    assert.ok(sources('src').length > 50 && sources('test').length > 50);
  });

  it('in src/, only cluster/kube-api.ts', () => {
    const others = sources('src').filter((f) => relative(ROOT, join(ROOT, f)) !== ADAPTER && specifiers(f).some(isPackage));
    assert.deepEqual(others, [], 'these import the Kubernetes client: go through src/cluster/kube-api.ts');
  });

  it("in src/, the adapter's values only by import(): other modules import its types alone", () => {
    const adapter = join(ROOT, ADAPTER);
    const offenders: string[] = [];
    for (const f of sources('src')) {
      const file = ts.createSourceFile(f, readFileSync(join(ROOT, f), 'utf8'), ts.ScriptTarget.Latest);
      for (const node of file.statements) {
        if (!ts.isImportDeclaration(node) && !ts.isExportDeclaration(node)) continue;
        const spec = node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier) ? node.moduleSpecifier.text : '';
        if (!spec.startsWith('.') || join(ROOT, dirname(f), spec).replace(/\.js$/, '.ts') !== adapter) continue;
        let typeOnly: boolean;
        if (ts.isExportDeclaration(node)) typeOnly = node.isTypeOnly;
        else {
          const clause = node.importClause;
          const named = clause?.namedBindings && ts.isNamedImports(clause.namedBindings) ? clause.namedBindings.elements : undefined;
          typeOnly = Boolean(clause?.isTypeOnly || (clause && !clause.name && named?.every((e) => e.isTypeOnly)));
        }
        if (!typeOnly) offenders.push(`${f}: ${node.getText(file)}`);
      }
    }
    assert.deepEqual(
      offenders,
      [],
      'a static import of the adapter loads the client with this module: import() it (cluster/client.ts connectCluster)',
    );
    assert.ok(
      readFileSync(join(ROOT, 'src/cluster/client.ts'), 'utf8').includes("await import('./kube-api.js')"),
      'connectCluster loads it by import()',
    );
  });

  it('nothing (src/, test/, scripts/) imports a path inside the package, only its entry', () => {
    const deep = ['src', 'test', 'scripts'].flatMap(sources).flatMap((f) =>
      specifiers(f)
        .filter((s) => s.startsWith(`${PACKAGE}/`))
        .map((s) => `${f}: ${s}`),
    );
    assert.deepEqual(deep, []);
  });
});
