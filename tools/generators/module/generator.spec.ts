import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { cp, lstat, mkdir, mkdtemp, readdir, readFile, readlink, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import type { Tree } from '@nx/devkit';
import { createTreeWithEmptyWorkspace } from '@nx/devkit/testing';
import { beforeEach, describe, expect, it } from 'vitest';
import { moduleGenerator, moduleNames, REGISTRY_FILES } from './generator';

// ---------------------------------------------------------------------------
// 1. On a virtual tree seeded with the files the generator edits.

const SERVER_MODULES = `import { territoryServer } from '@ancrage/territory-server';

/**
 * Every module of this deployment, server side. An explicit object literal so
 * that AppRouter keeps full type inference; \`nx g @ancrage/tools:module\` edits it.
 */
export const serverModules = {
  territory: territoryServer,
} as const;
`;

const APP_ROUTER = `import { authRouter, usersRouter } from '@ancrage/auth';
import { router } from '@ancrage/trpc';
import { serverModules } from './server-modules';

export const appRouter = router({
  auth: authRouter,
  admin: { users: usersRouter, nested: { deep: authRouter } },
  territory: serverModules.territory.router,
});

export type AppRouter = typeof appRouter;
`;

const WEB_MODULES = `import { territoryWeb } from '@ancrage/territory-web';

/** The web part of every module. */
export const webModules = {
  territory: territoryWeb,
} as const;
`;

const TSCONFIG_BASE = `{
  "compilerOptions": {
    "strict": true,
    "paths": {
      "@ancrage/module-sdk": ["libs/platform/module-sdk/src/index.ts"],
      "@ancrage/territory-web": ["libs/modules/territory/web/src/index.ts"]
    }
  }
}
`;

const ESLINT_CONFIG = `import nx from '@nx/eslint-plugin';

/** Which modules each module may use. */
export const moduleDependencies = {
  territory: [],
};

const constraints = Object.entries(moduleDependencies).map(([id]) => ({ sourceTag: \`module:\${id}\` }));

export default [...nx.configs['flat/base'], { rules: { x: constraints } }];
`;

function seededTree(): Tree {
  const tree = createTreeWithEmptyWorkspace();
  tree.write(REGISTRY_FILES.serverModules, SERVER_MODULES);
  tree.write(REGISTRY_FILES.appRouter, APP_ROUTER);
  tree.write(REGISTRY_FILES.webModules, WEB_MODULES);
  tree.write(REGISTRY_FILES.tsconfigBase, TSCONFIG_BASE);
  tree.write(REGISTRY_FILES.eslintConfig, ESLINT_CONFIG);
  tree.write('libs/modules/territory/domain/package.json', '{ "name": "@ancrage/territory-domain" }');
  return tree;
}

const read = (tree: Tree, path: string) => tree.read(path, 'utf-8') ?? '';
const readJson = <T = Record<string, unknown>>(tree: Tree, path: string) => JSON.parse(read(tree, path)) as T;

function keysOf(resources: Record<string, unknown>, prefix = ''): string[] {
  return Object.entries(resources).flatMap(([key, value]) =>
    value !== null && typeof value === 'object' ? keysOf(value as Record<string, unknown>, `${prefix}${key}.`) : [`${prefix}${key}`],
  );
}

const generate = (tree: Tree, id: string) => moduleGenerator(tree, { id, skipFormat: true, skipInstall: true });
const changesOf = (tree: Tree) => tree.listChanges().map((change) => `${change.type} ${change.path} ${change.content?.toString() ?? ''}`);

describe('module generator on a virtual tree', () => {
  let tree: Tree;
  beforeEach(() => {
    tree = seededTree();
  });

  it('scaffolds the domain, server and web projects', async () => {
    await generate(tree, 'events');
    const date = new Date().toISOString().slice(0, 10);
    const files = tree
      .listChanges()
      .filter((change) => change.type === 'CREATE')
      .map((change) => change.path)
      .filter((path) => path.startsWith('libs/modules/events/'));
    expect(files.sort()).toEqual(
      [
        'domain/package.json',
        'domain/tsconfig.json',
        'domain/vitest.config.mts',
        'domain/src/index.ts',
        'domain/src/events.manifest.ts',
        'domain/src/events.manifest.spec.ts',
        'domain/src/events.schema.ts',
        'domain/src/locales/fr.json',
        'domain/src/locales/en.json',
        'server/package.json',
        'server/tsconfig.json',
        'server/vitest.config.mts',
        'server/src/index.ts',
        'server/src/events.server.ts',
        'server/src/events.router.ts',
        'server/src/events-schema.ts',
        'server/src/items.repository.ts',
        'server/src/item-seeds.ts',
        'server/src/events.int.spec.ts',
        `server/src/migrations/${date}-01-events.ts`,
        'server/src/migrations/index.ts',
        'web/package.json',
        'web/tsconfig.json',
        'web/vitest.config.mts',
        'web/src/index.ts',
        'web/src/events-list.page.tsx',
        'web/src/events-list.page.spec.tsx',
        'web/src/testing/render-page.tsx',
        'web/src/events-portal.page.tsx',
        'web/src/item-form.tsx',
      ]
        .map((path) => `libs/modules/events/${path}`)
        .sort(),
    );

    for (const part of ['domain', 'server', 'web'] as const) {
      const pkg = readJson(tree, `libs/modules/events/${part}/package.json`);
      expect(pkg).toMatchObject({
        name: `@ancrage/events-${part}`,
        type: 'module',
        exports: { '.': './src/index.ts' },
        nx: { name: `events-${part}`, tags: ['scope:module', 'module:events', `type:${part}`, ...(part === 'domain' ? ['domain:events'] : [])] },
        scripts: { lint: 'eslint .', typecheck: 'tsc -p tsconfig.json', test: 'vitest run' },
      });
      expect(readJson(tree, `libs/modules/events/${part}/tsconfig.json`)).toMatchObject({ extends: '../../../../tsconfig.base.json' });
    }
    expect(readJson(tree, 'libs/modules/events/web/tsconfig.json')).toMatchObject({ compilerOptions: { types: ['node', 'vite/client', '@testing-library/jest-dom/vitest'] } });
    expect(read(tree, 'libs/modules/events/web/vitest.config.mts')).toContain("environment: 'jsdom'");
    expect(read(tree, 'libs/modules/events/server/vitest.config.mts')).toContain('database: true');
  });

  it('writes a manifest with read and manage permissions, settings, nav and matching locales', async () => {
    await generate(tree, 'events');
    const manifest = read(tree, 'libs/modules/events/domain/src/events.manifest.ts');
    expect(manifest).toContain('export const eventsModule = defineModule({');
    expect(manifest).toContain("id: 'events',");
    expect(manifest).toContain("version: '0.1.0',");
    expect(manifest).toContain('dependsOn: [],');
    expect(manifest).toContain("'item.read': { labelKey: 'permissions.item.read', grantedTo: ['admin', 'officer', 'partner', 'viewer'] }");
    expect(manifest).toContain("'item.manage': { labelKey: 'permissions.item.manage', grantedTo: ['admin', 'officer'], dependsOn: ['item.read'] }");
    expect(manifest).toMatch(/area: 'admin', permission: 'item\.read'/);
    expect(manifest).toMatch(/area: 'portal'/);
    const fr = readJson(tree, 'libs/modules/events/domain/src/locales/fr.json');
    const en = readJson(tree, 'libs/modules/events/domain/src/locales/en.json');
    expect(keysOf(fr).sort()).toEqual(keysOf(en).sort());
    expect(keysOf(fr)).toEqual(expect.arrayContaining(['title', 'nav.items', 'nav.portal', 'permissions.item.read', 'permissions.item.manage', 'settings.pageSize', 'settings.pageSize_help']));
  });

  it('creates a tenant-owned table with row-level security, in a migration that imports no app code', async () => {
    await generate(tree, 'events');
    const date = new Date().toISOString().slice(0, 10);
    const migration = read(tree, `libs/modules/events/server/src/migrations/${date}-01-events.ts`);
    expect(migration).toContain('create table events_item (');
    expect(migration).toContain('tenant_id uuid not null references platform_tenant(id) on delete cascade');
    expect(migration).toContain('primary key (tenant_id, id)');
    expect(migration).toContain('on events_item (tenant_id, lower(name))');
    expect(migration).toContain('enable row level security');
    expect(migration).toContain("using (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid)");
    expect(migration.match(/from '([^']+)'/g)).toEqual(["from 'kysely'", "from 'kysely/migration'"]);
    expect(read(tree, 'libs/modules/events/server/src/migrations/index.ts')).toContain(`'${date}-01-events': eventsInitial,`);
    const router = read(tree, 'libs/modules/events/server/src/events.router.ts');
    expect(router).toMatch(/items: procedures\s+\.withPermission\('item\.read'\)/);
    expect(router).toMatch(/createItem: procedures\s+\.withPermission\('item\.manage'\)/);
    expect(router).toContain('ctx.audit(');
  });

  it('registers the module in every registry, keeping them explicit object literals', async () => {
    await generate(tree, 'events');
    expect(read(tree, REGISTRY_FILES.serverModules)).toBe(
      SERVER_MODULES.replace(
        "import { territoryServer } from '@ancrage/territory-server';\n",
        "import { territoryServer } from '@ancrage/territory-server';\nimport { eventsServer } from '@ancrage/events-server';\n",
      ).replace('  territory: territoryServer,\n', '  territory: territoryServer,\n  events: eventsServer,\n'),
    );
    expect(read(tree, REGISTRY_FILES.appRouter)).toBe(
      APP_ROUTER.replace('  territory: serverModules.territory.router,\n', '  territory: serverModules.territory.router,\n  events: serverModules.events.router,\n'),
    );
    expect(read(tree, REGISTRY_FILES.webModules)).toBe(
      WEB_MODULES.replace("from '@ancrage/territory-web';\n", "from '@ancrage/territory-web';\nimport { eventsWeb } from '@ancrage/events-web';\n").replace(
        '  territory: territoryWeb,\n',
        '  territory: territoryWeb,\n  events: eventsWeb,\n',
      ),
    );
    expect(read(tree, REGISTRY_FILES.eslintConfig)).toBe(ESLINT_CONFIG.replace('  territory: [],\n', '  territory: [],\n  events: [],\n'));
  });

  it('adds the three path aliases without reformatting tsconfig.base.json', async () => {
    await generate(tree, 'events');
    const text = read(tree, REGISTRY_FILES.tsconfigBase);
    expect(text).toContain('      "@ancrage/module-sdk": ["libs/platform/module-sdk/src/index.ts"],\n');
    expect(text).toContain('      "@ancrage/events-web": ["libs/modules/events/web/src/index.ts"]\n    }');
    expect(readJson<{ compilerOptions: { paths: Record<string, string[]> } }>(tree, REGISTRY_FILES.tsconfigBase).compilerOptions.paths).toEqual({
      '@ancrage/module-sdk': ['libs/platform/module-sdk/src/index.ts'],
      '@ancrage/territory-web': ['libs/modules/territory/web/src/index.ts'],
      '@ancrage/events-domain': ['libs/modules/events/domain/src/index.ts'],
      '@ancrage/events-server': ['libs/modules/events/server/src/index.ts'],
      '@ancrage/events-web': ['libs/modules/events/web/src/index.ts'],
    });
  });

  it('quotes hyphenated ids as keys and derives every name from the id', async () => {
    await generate(tree, 'centre-governance');
    expect(moduleNames('centre-governance')).toMatchObject({ camel: 'centreGovernance', pascal: 'CentreGovernance', snake: 'centre_governance', title: 'Centre governance' });
    expect(read(tree, REGISTRY_FILES.serverModules)).toContain("  'centre-governance': centreGovernanceServer,\n");
    expect(read(tree, REGISTRY_FILES.serverModules)).toContain("import { centreGovernanceServer } from '@ancrage/centre-governance-server';");
    expect(read(tree, REGISTRY_FILES.appRouter)).toContain("  'centre-governance': serverModules['centre-governance'].router,\n");
    expect(read(tree, REGISTRY_FILES.webModules)).toContain("  'centre-governance': centreGovernanceWeb,\n");
    expect(read(tree, REGISTRY_FILES.eslintConfig)).toContain("  'centre-governance': [],\n");
    expect(read(tree, 'libs/modules/centre-governance/server/src/centre-governance-schema.ts')).toContain('centreGovernanceItem: CentreGovernanceItemTable;');
    expect(read(tree, 'libs/modules/centre-governance/web/src/centre-governance-list.page.tsx')).toContain("trpc['centre-governance'].items.queryOptions");
    expect(read(tree, 'libs/modules/centre-governance/domain/src/locales/fr.json')).toContain('"title": "Centre governance"');
  });

  it('adds a property to an object literal written on one line', async () => {
    tree.write(REGISTRY_FILES.webModules, "import { territoryWeb } from '@ancrage/territory-web';\n\nexport const webModules = { territory: territoryWeb } as const;\n");
    await generate(tree, 'events');
    expect(read(tree, REGISTRY_FILES.webModules)).toContain('export const webModules = {\n  territory: territoryWeb,\n  events: eventsWeb,\n} as const;');
  });

  it('leaves a lint config without a moduleDependencies object alone, and never creates one', async () => {
    tree.write(REGISTRY_FILES.eslintConfig, 'export default [];\n');
    await generate(tree, 'events');
    expect(read(tree, REGISTRY_FILES.eslintConfig)).toBe('export default [];\n');

    const other = seededTree();
    other.delete(REGISTRY_FILES.eslintConfig);
    await generate(other, 'events');
    expect(other.exists(REGISTRY_FILES.eslintConfig)).toBe(false);
  });

  it.each(['Events', 'events_list', 'events-', '-events', 'events--x', '2events', 'foo-2x', 'évènements', '', 'a b'])('refuses the id %j: not kebab-case', async (id) => {
    const before = changesOf(tree);
    await expect(generate(tree, id)).rejects.toThrow(/not a valid module id: use kebab-case/);
    expect(changesOf(tree)).toEqual(before);
  });

  it.each(['platform', 'auth', 'admin', 'errors'])('refuses the reserved id %j', async (id) => {
    const before = changesOf(tree);
    await expect(generate(tree, id)).rejects.toThrow(`"${id}" is reserved`);
    expect(changesOf(tree)).toEqual(before);
  });

  it('refuses a module that already exists, as a folder or in a registry', async () => {
    await expect(generate(tree, 'territory')).rejects.toThrow('module "territory" already exists (libs/modules/territory)');
    tree.delete('libs/modules/territory');
    await expect(generate(tree, 'territory')).rejects.toThrow(`module "territory" already exists (registered in ${REGISTRY_FILES.serverModules})`);
    await generate(tree, 'events');
    await expect(generate(tree, 'events')).rejects.toThrow('module "events" already exists');
  });

  it('fails with a clear message, writing nothing, when a registry file is missing', async () => {
    tree.delete(REGISTRY_FILES.webModules);
    const before = changesOf(tree);
    await expect(generate(tree, 'events')).rejects.toThrow(`${REGISTRY_FILES.webModules} is missing; the generator edits it but never creates it.`);
    expect(changesOf(tree)).toEqual(before);
    expect(tree.exists('libs/modules/events')).toBe(false);
  });

  it('fails with a clear message when a registry no longer has its object literal', async () => {
    tree.write(REGISTRY_FILES.appRouter, 'export const appRouter = createRouter(modules);\n');
    await expect(generate(tree, 'events')).rejects.toThrow(`could not find \`export const appRouter = { … }\` in ${REGISTRY_FILES.appRouter}`);
  });
});

// ---------------------------------------------------------------------------
// 2. End to end: the real `nx g` on a throwaway copy of this workspace, then the
// new projects' lint, typecheck and tests. The copy keeps concurrent work (and
// test runs reading the registries) untouched; node_modules is shared through
// symlinks, with the workspace packages pointing into the copy.

const run = promisify(execFile);
// eslint-disable-next-line no-control-regex -- ANSI colour codes
const plain = (text: string) => text.replace(/\u001b\[[0-9;]*m/g, '');
const workspaceRoot = join(import.meta.dirname, '../../..');

async function copyWorkspace(target: string) {
  const { stdout } = await run('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: workspaceRoot, maxBuffer: 64 * 1024 * 1024 });
  const files = stdout.split('\0').filter((file) => file !== '' && existsSync(join(workspaceRoot, file)));
  for (const file of files) {
    await mkdir(dirname(join(target, file)), { recursive: true });
    await cp(join(workspaceRoot, file), join(target, file), { verbatimSymlinks: true });
  }
  const modules = join(workspaceRoot, 'node_modules');
  await mkdir(join(target, 'node_modules'));
  for (const entry of await readdir(modules)) {
    if (entry === '@ancrage' || entry.startsWith('.vite') || entry === '.cache') continue;
    await symlink(join(modules, entry), join(target, 'node_modules', entry));
  }
  // Workspace packages: relative links, so they resolve inside the copy.
  await mkdir(join(target, 'node_modules/@ancrage'));
  for (const entry of await readdir(join(modules, '@ancrage'))) {
    const link = join(modules, '@ancrage', entry);
    if ((await lstat(link)).isSymbolicLink()) await symlink(await readlink(link), join(target, 'node_modules/@ancrage', entry));
  }
}

describe('module generator end to end', () => {
  it('scaffolds a module that passes lint, typecheck and test at once', { timeout: 300_000 }, async () => {
    const id = `gen-check-x${randomBytes(3).toString('hex')}`;
    const copy = await mkdtemp(join(tmpdir(), 'ancrage-generator-'));
    const env = { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true', NX_SKIP_NX_CACHE: 'true', NX_TUI: 'false', NO_COLOR: '1' };
    const node = (cwd: string, script: string, args: string[]) =>
      run(process.execPath, [join(copy, 'node_modules', script), ...args], { cwd, env, maxBuffer: 64 * 1024 * 1024 }).catch((error: { stdout?: string; stderr?: string; message: string }) => {
        throw new Error(`${script} ${args.join(' ')} failed in ${cwd}:\n${error.stdout ?? ''}\n${error.stderr ?? error.message}`);
      });
    try {
      await copyWorkspace(copy);
      const before = Object.fromEntries(await Promise.all(Object.values(REGISTRY_FILES).map(async (path) => [path, await readFile(join(copy, path), 'utf-8').catch(() => null)] as const)));

      const generated = await node(copy, 'nx/dist/bin/nx.js', ['g', '@ancrage/tools:module', id, '--skipInstall', '--no-interactive']);
      expect(plain(generated.stdout)).toContain(`CREATE libs/modules/${id}/server/src/${id}.router.ts`);
      const camel = moduleNames(id).camel;
      expect(await readFile(join(copy, REGISTRY_FILES.serverModules), 'utf-8')).toContain(`'${id}': ${camel}Server,`);
      expect(await readFile(join(copy, REGISTRY_FILES.appRouter), 'utf-8')).toContain(`'${id}': serverModules['${id}'].router,`);
      expect(await readFile(join(copy, REGISTRY_FILES.webModules), 'utf-8')).toContain(`'${id}': ${camel}Web,`);
      if (before[REGISTRY_FILES.eslintConfig]?.includes('moduleDependencies')) {
        expect(await readFile(join(copy, REGISTRY_FILES.eslintConfig), 'utf-8')).toContain(`'${id}': [],`);
      }

      // Through Nx, as `npm run check` would: a fresh project graph (so the module-boundary
      // lint rules know the new projects), then each project's own lint/typecheck/test scripts.
      const projects = ['domain', 'server', 'web'].map((part) => `${id}-${part}`);
      const checked = await node(copy, 'nx/dist/bin/nx.js', ['run-many', '-t', 'lint', 'typecheck', 'test', `--projects=${projects.join(',')}`, '--parallel=3', '--outputStyle=static', '--skipNxCache']);
      const output = plain(checked.stdout);
      expect(output).toContain('Successfully ran targets lint, typecheck, test for 3 projects');
      expect(output).toMatch(new RegExp(`${id}\\.manifest\\.spec\\.ts \\(\\d+ tests?\\)`));
      expect(output).toMatch(new RegExp(`${id}\\.int\\.spec\\.ts \\(\\d+ tests?\\)`));
      expect(output).toMatch(new RegExp(`${id}-list\\.page\\.spec\\.tsx \\(\\d+ tests?\\)`));
      expect(output).not.toMatch(/\d+ (failed|skipped)/);
    } finally {
      await rm(copy, { recursive: true, force: true });
    }
    // The real workspace was never touched.
    expect(existsSync(join(workspaceRoot, 'libs/modules', id))).toBe(false);
  });
});
