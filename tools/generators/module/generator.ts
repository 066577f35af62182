// `nx g @ancrage/tools:module <id>`: scaffolds libs/modules/<id>/{domain,server,web}
// from ./files and registers the module in the explicit registries (server modules,
// app router, web modules, path aliases, lint module graph).
//
// Loaded by Nx through Node's native TypeScript stripping: erasable syntax only,
// relative imports with their extension, type-only imports marked `type`.
import { execSync } from 'node:child_process';
import { join } from 'node:path';
import { formatFiles, generateFiles, names, type GeneratorCallback, type Tree } from '@nx/devkit';

export interface ModuleGeneratorSchema {
  id: string;
  skipFormat?: boolean;
  /** Skip `npm install` (which links the three new workspace packages and records them in package-lock.json). */
  skipInstall?: boolean;
}

/**
 * Kebab-case, like the module SDK's MODULE_ID_PATTERN, and every part starts with
 * a letter: tables are `<id_snake>_item` and Kysely's CamelCasePlugin would map a
 * part starting with a digit (`foo_2x`) to another table name (`foo2x`).
 */
export const MODULE_ID_PATTERN = /^[a-z][a-z0-9]*(-[a-z][a-z0-9]*)*$/;

/**
 * Ids a module may not take: the platform's own manifest, the app router's
 * other top-level keys, and the platform's i18n namespaces.
 */
export const RESERVED_MODULE_IDS: readonly string[] = ['platform', 'auth', 'admin', 'common', 'errors', 'emails'];

/** Files the generator edits (never creates). */
export const REGISTRY_FILES = {
  serverModules: 'libs/platform/registry/src/server-modules.ts',
  appRouter: 'libs/platform/registry/src/app-router.ts',
  webModules: 'apps/web/src/modules.ts',
  tsconfigBase: 'tsconfig.base.json',
  eslintConfig: 'eslint.config.mjs',
} as const;

export interface ModuleNames {
  /** events, centre-governance */
  id: string;
  /** events, centreGovernance */
  camel: string;
  /** Events, CentreGovernance */
  pascal: string;
  /** events, centre_governance (SQL table prefix) */
  snake: string;
  /** Events, Centre governance */
  title: string;
  /** `events` or `'centre-governance'`: the id as an object key. */
  key: string;
  /** `.events` or `['centre-governance']`: the id as a property access. */
  access: string;
}

export function moduleNames(id: string): ModuleNames {
  const n = names(id);
  const identifier = /^[a-z][a-zA-Z0-9]*$/.test(id);
  return {
    id,
    camel: n.propertyName,
    pascal: n.className,
    snake: id.replaceAll('-', '_'),
    title: id.charAt(0).toUpperCase() + id.slice(1).replaceAll('-', ' '),
    key: identifier ? id : `'${id}'`,
    access: identifier ? `.${id}` : `['${id}']`,
  };
}

function fail(message: string): never {
  throw new Error(`@ancrage/tools:module — ${message}`);
}

function read(tree: Tree, path: string): string {
  const content = tree.read(path, 'utf-8');
  if (content === null) fail(`${path} is missing; the generator edits it but never creates it.`);
  return content;
}

/** Refuses a bad, reserved or existing id and missing registry files, before anything is written. */
export function validateModuleId(tree: Tree, rawId: unknown): ModuleNames {
  const id = typeof rawId === 'string' ? rawId.trim() : '';
  if (!MODULE_ID_PATTERN.test(id)) {
    fail(`"${String(rawId)}" is not a valid module id: use kebab-case, each part starting with a letter (e.g. events, centre-governance).`);
  }
  if (RESERVED_MODULE_IDS.includes(id)) fail(`"${id}" is reserved by the platform; choose another module id.`);
  const n = moduleNames(id);
  if (tree.exists(`libs/modules/${id}`)) fail(`module "${id}" already exists (libs/modules/${id}).`);
  for (const path of [REGISTRY_FILES.serverModules, REGISTRY_FILES.appRouter, REGISTRY_FILES.webModules, REGISTRY_FILES.tsconfigBase]) {
    if (!tree.exists(path)) fail(`${path} is missing; the generator edits it but never creates it.`);
  }
  const taken = [
    [REGISTRY_FILES.serverModules, objectLiteralHasKey(read(tree, REGISTRY_FILES.serverModules), 'serverModules', id)],
    [REGISTRY_FILES.appRouter, objectLiteralHasKey(read(tree, REGISTRY_FILES.appRouter), 'appRouter', id)],
    [REGISTRY_FILES.webModules, objectLiteralHasKey(read(tree, REGISTRY_FILES.webModules), 'webModules', id)],
    [REGISTRY_FILES.tsconfigBase, read(tree, REGISTRY_FILES.tsconfigBase).includes(`"@ancrage/${id}-domain"`)],
  ] as const;
  for (const [path, found] of taken) if (found) fail(`module "${id}" already exists (registered in ${path}).`);
  return n;
}

// ---------------------------------------------------------------------------
// Editing object literals in source files, keeping them explicit and in place.

/** Index just past the matching close of the bracket at `open`, skipping strings and comments. */
function matchingClose(source: string, open: number): number {
  const pairs: Record<string, string> = { '{': '}', '(': ')', '[': ']' };
  const stack: string[] = [];
  for (let i = open; i < source.length; i++) {
    const c = source.charAt(i);
    if (c === '/' && source[i + 1] === '/') {
      i = source.indexOf('\n', i);
      if (i < 0) break;
      continue;
    }
    if (c === '/' && source[i + 1] === '*') {
      i = source.indexOf('*/', i + 2) + 1;
      if (i <= 0) break;
      continue;
    }
    if (c === "'" || c === '"' || c === '`') {
      for (i++; i < source.length && source[i] !== c; i++) if (source[i] === '\\') i++;
      continue;
    }
    if (pairs[c]) stack.push(pairs[c]);
    else if (c === stack[stack.length - 1]) {
      stack.pop();
      if (stack.length === 0) return i;
    }
  }
  return -1;
}

/** [open, close] of the object literal assigned to `export const <name> = {` or `= router({`. */
function findObjectLiteral(source: string, name: string): [number, number] | undefined {
  const match = new RegExp(`export\\s+const\\s+${name}\\s*(?::[^=]+)?=\\s*(?:\\w+\\s*\\(\\s*)?\\{`).exec(source);
  if (!match) return undefined;
  const open = match.index + match[0].length - 1;
  const close = matchingClose(source, open);
  return close < 0 ? undefined : [open, close];
}

/** Whether the top level of that object literal has the key `id` (quoted or not). */
function objectLiteralHasKey(source: string, name: string, id: string): boolean {
  const range = findObjectLiteral(source, name);
  return range ? topLevelKeys(source.slice(range[0] + 1, range[1])).includes(id) : false;
}

/** Keys (`a:`, `'a-b':`, shorthand `a,`) at the top level of an object literal's body. */
function topLevelKeys(body: string): string[] {
  const keys: string[] = [];
  let depth = 0;
  let expectKey = true;
  for (let i = 0; i < body.length; i++) {
    const c = body.charAt(i);
    if (c === '/' && body[i + 1] === '/') {
      i = body.indexOf('\n', i);
      if (i < 0) break;
      continue;
    }
    if (c === '/' && body[i + 1] === '*') {
      i = body.indexOf('*/', i + 2) + 1;
      if (i <= 0) break;
      continue;
    }
    if (depth === 0 && expectKey && /\S/.test(c)) {
      const key = /^(?:'([^']*)'|"([^"]*)"|([\w$]+))/.exec(body.slice(i));
      expectKey = false;
      if (key) {
        keys.push(key[1] ?? key[2] ?? key[3] ?? '');
        i += key[0].length - 1;
        continue;
      }
    }
    if (c === "'" || c === '"' || c === '`') {
      for (i++; i < body.length && body[i] !== c; i++) if (body[i] === '\\') i++;
    } else if ('{[('.includes(c)) depth++;
    else if ('}])'.includes(c)) depth--;
    else if (depth === 0 && c === ',') expectKey = true;
  }
  return keys;
}

/** Adds `entry` as the last property of the object literal `name`, one property per line. */
function addProperty(source: string, path: string, name: string, entry: string): string {
  const range = findObjectLiteral(source, name);
  if (!range) fail(`could not find \`export const ${name} = { … }\` in ${path}; add the module there by hand.`);
  return addPropertyInRange(source, range[0], range[1], entry);
}

/** Adds `entry` before `close`, in the indentation of the other properties. */
function addPropertyInRange(source: string, open: number, close: number, entry: string): string {
  const body = source.slice(open + 1, close);
  const trimmed = body.trimEnd();
  if (!body.includes('\n')) {
    // `{}` or `{ a: 1 }` on one line: open it up.
    const items = trimmed.trim();
    const lines = items === '' ? [] : [`  ${items}${items.endsWith(',') ? '' : ','}`];
    return `${source.slice(0, open + 1)}\n${[...lines, `  ${entry}`].join('\n')}\n${source.slice(close)}`;
  }
  const firstLine = body.split('\n').find((line, index) => index > 0 && line.trim() !== '') ?? '';
  const indent = /^\s*/.exec(firstLine)?.[0] || '  ';
  const needsComma = trimmed.trim() !== '' && !/[,{[(]$/.test(trimmed);
  const closingIndent = /\n([ \t]*)$/.exec(source.slice(0, close))?.[1] ?? '';
  return `${source.slice(0, open + 1)}${trimmed}${needsComma ? ',' : ''}\n${indent}${entry}\n${closingIndent}${source.slice(close)}`;
}

/** Adds an import line after the last import of the file. */
function addImport(source: string, statement: string): string {
  if (source.includes(statement)) return source;
  const imports = [...source.matchAll(/^import[\s\S]*?from\s+['"][^'"]+['"];?[ \t]*$/gm)];
  const last = imports[imports.length - 1];
  if (!last) return `${statement}\n${source}`;
  const end = last.index + last[0].length;
  return `${source.slice(0, end)}\n${statement}${source.slice(end)}`;
}

function editSource(tree: Tree, path: string, edit: (source: string) => string) {
  tree.write(path, edit(read(tree, path)));
}

export function registerServerModule(tree: Tree, n: ModuleNames) {
  editSource(tree, REGISTRY_FILES.serverModules, (source) =>
    addProperty(addImport(source, `import { ${n.camel}Server } from '@ancrage/${n.id}-server';`), REGISTRY_FILES.serverModules, 'serverModules', `${n.key}: ${n.camel}Server,`),
  );
}

export function registerRouter(tree: Tree, n: ModuleNames) {
  editSource(tree, REGISTRY_FILES.appRouter, (source) => addProperty(source, REGISTRY_FILES.appRouter, 'appRouter', `${n.key}: serverModules${n.access}.router,`));
}

export function registerWebModule(tree: Tree, n: ModuleNames) {
  editSource(tree, REGISTRY_FILES.webModules, (source) =>
    addProperty(addImport(source, `import { ${n.camel}Web } from '@ancrage/${n.id}-web';`), REGISTRY_FILES.webModules, 'webModules', `${n.key}: ${n.camel}Web,`),
  );
}

/** The three path aliases, inserted as text so the file keeps its layout. */
export function addPathAliases(tree: Tree, n: ModuleNames) {
  const path = REGISTRY_FILES.tsconfigBase;
  const source = read(tree, path);
  const aliases = (['domain', 'server', 'web'] as const).map((part) => [`@ancrage/${n.id}-${part}`, `libs/modules/${n.id}/${part}/src/index.ts`] as const);
  const match = /"paths"\s*:\s*\{/.exec(source);
  const close = match ? matchingClose(source, match.index + match[0].length - 1) : -1;
  let edited: string | undefined;
  if (match && close > 0) {
    const open = match.index + match[0].length - 1;
    const body = source.slice(open + 1, close);
    const trimmed = body.trimEnd();
    const lines = body.split('\n').filter((line) => line.trim() !== '');
    const indent = /^\s*/.exec(lines[0] ?? '')?.[0] || '      ';
    const closingIndent = /\n([ \t]*)$/.exec(source.slice(0, close))?.[1] ?? '    ';
    const added = aliases.map(([alias, target]) => `${indent}${JSON.stringify(alias)}: [${JSON.stringify(target)}]`).join(',\n');
    const prefix = trimmed.trim() === '' ? '' : `${trimmed}${trimmed.endsWith(',') ? '' : ','}`;
    edited = `${source.slice(0, open + 1)}${prefix}\n${added}\n${closingIndent}${source.slice(close)}`;
  }
  // Check the result; fall back to a plain JSON rewrite if the layout was unexpected.
  const parsed = edited ? safeParse(edited) : undefined;
  if (edited && parsed && aliases.every(([alias, target]) => parsed.compilerOptions?.paths?.[alias]?.[0] === target)) {
    tree.write(path, edited);
    return;
  }
  const json = safeParse(source);
  if (!json) fail(`${path} is not plain JSON; add the aliases @ancrage/${n.id}-{domain,server,web} by hand.`);
  json.compilerOptions ??= {};
  json.compilerOptions.paths ??= {};
  for (const [alias, target] of aliases) json.compilerOptions.paths[alias] = [target];
  tree.write(path, `${JSON.stringify(json, null, 2)}\n`);
}

interface TsconfigJson {
  compilerOptions?: { paths?: Record<string, string[]> };
}

function safeParse(text: string): TsconfigJson | undefined {
  try {
    return JSON.parse(text) as TsconfigJson;
  } catch {
    return undefined;
  }
}

/** The lint rule's module graph (`moduleDependencies = { … }` or `moduleDependencies: { … }`), when the config has one. */
export function addLintModuleDependencies(tree: Tree, n: ModuleNames) {
  const path = REGISTRY_FILES.eslintConfig;
  const source = tree.read(path, 'utf-8');
  if (source === null) return;
  const match = /\bmoduleDependencies\s*(?:(?::[^={;]+)?=|:)\s*\{/.exec(source);
  if (!match) return;
  const open = match.index + match[0].length - 1;
  const close = matchingClose(source, open);
  if (close < 0) return;
  if (topLevelKeys(source.slice(open + 1, close)).includes(n.id)) return;
  tree.write(path, addPropertyInRange(source, open, close, `${n.key}: [],`));
}

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

export async function moduleGenerator(tree: Tree, options: ModuleGeneratorSchema): Promise<GeneratorCallback | undefined> {
  const n = validateModuleId(tree, options.id);
  generateFiles(tree, join(import.meta.dirname, 'files'), `libs/modules/${n.id}`, { ...n, date: today(), tmpl: '' });
  registerServerModule(tree, n);
  registerRouter(tree, n);
  registerWebModule(tree, n);
  addPathAliases(tree, n);
  addLintModuleDependencies(tree, n);
  if (!options.skipFormat) await formatFiles(tree);
  if (options.skipInstall) return undefined;
  // npm workspaces: link @ancrage/<id>-{domain,server,web} and keep package-lock.json in step (`npm ci` needs it).
  return () => {
    execSync('npm install --no-audit --no-fund', { cwd: tree.root, stdio: 'inherit' });
  };
}

export default moduleGenerator;
