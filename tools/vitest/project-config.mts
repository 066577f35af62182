// Shared Vitest settings: every project runs its *.spec.ts files; projects that
// talk to the database get one migrated template per run (see database-setup.ts).
import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

export function defineProjectConfig(root: string, { environment = 'node', database = false }: { environment?: 'node' | 'jsdom'; database?: boolean } = {}) {
  return defineConfig({
    root,
    plugins: environment === 'jsdom' ? [react()] : [],
    resolve: { tsconfigPaths: true },
    test: {
      environment,
      include: ['src/**/*.spec.ts', 'src/**/*.spec.tsx'],
      passWithNoTests: true,
      pool: 'forks',
      maxWorkers: 2,
      testTimeout: 30_000,
      hookTimeout: 120_000,
      globalSetup: database ? [new URL('./database-setup.ts', import.meta.url).pathname] : [],
      setupFiles: environment === 'jsdom' ? [new URL('./setup-dom.ts', import.meta.url).pathname] : [],
    },
  });
}
