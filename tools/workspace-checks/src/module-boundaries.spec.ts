// The architecture's import rules are lint rules: these tests prove they bite.
import { join } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { catalog } from '@ancrage/registry';
// eslint-disable-next-line @nx/enforce-module-boundaries -- the workspace lint config itself is under test
import { moduleDependencies } from '../../../eslint.config.mjs';

const root = join(import.meta.dirname, '../../..');
const eslint = new ESLint({ cwd: root });

async function violations(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(root, file) });
  return (result?.messages ?? []).filter((m) => m.severity === 2).map((m) => `${m.ruleId}: ${m.message}`);
}

describe('module boundaries', () => {
  it('lets a module use the platform and its own projects', async () => {
    expect(await violations('libs/modules/territory/server/src/probe.ts', "import { withTenant } from '@ancrage/db';\nimport { territoryModule } from '@ancrage/territory-domain';\nexport const x = [withTenant, territoryModule];\n")).toEqual([]);
  });

  it('keeps domain code isomorphic: no server library', async () => {
    const messages = await violations('libs/modules/territory/domain/src/probe.ts', "import { withTenant } from '@ancrage/db';\nexport const x = withTenant;\n");
    expect(messages.join('\n')).toContain('@nx/enforce-module-boundaries');
  });

  it('forbids web code from importing server code at runtime, but allows types', async () => {
    const runtime = await violations('libs/modules/territory/web/src/probe.ts', "import { appRouter } from '@ancrage/registry';\nexport const x = appRouter;\n");
    expect(runtime.join('\n')).toContain('Web code may only import types');
    const server = await violations('libs/modules/territory/web/src/probe.ts', "import { territoryServer } from '@ancrage/territory-server';\nexport const x = territoryServer;\n");
    expect(server.join('\n')).toMatch(/enforce-module-boundaries|Web code may only import types/);
    expect(await violations('libs/modules/territory/web/src/probe.ts', "import type { AppRouter } from '@ancrage/registry';\nexport type X = AppRouter;\n")).toEqual([]);
  });

  it('keeps platform libraries independent of modules', async () => {
    const messages = await violations('libs/platform/tenancy/src/probe.ts', "import { territoryModule } from '@ancrage/territory-domain';\nexport const x = territoryModule;\n");
    expect(messages.join('\n')).toContain('Platform libraries must not depend on modules');
  });
});

describe('declared module dependencies', () => {
  it('match the dependsOn of every manifest', () => {
    const declared = Object.fromEntries(
      catalog.modules.filter((m) => m.id !== 'platform').map((m) => [m.id, [...m.dependsOn].sort()]),
    );
    const linted = Object.fromEntries(Object.entries(moduleDependencies).map(([id, deps]) => [id, [...deps].sort()]));
    expect(linted).toEqual(declared);
  });
});
