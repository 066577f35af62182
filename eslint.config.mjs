// Lint rules that encode the architecture: module boundaries, web never
// importing server code, modules reaching each other only through `domain`.
import nx from '@nx/eslint-plugin';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';

/**
 * Which modules each module may use (through their `domain` project only).
 * Mirrors each manifest's `dependsOn` — a test checks they agree; the module
 * generator adds an entry per new module.
 */
export const moduleDependencies = {
  territory: [],
  demography: ['territory'],
  events: [],
  'centre-governance': [],
  incentives: ['territory'],
};

const moduleConstraints = Object.entries(moduleDependencies).map(([id, dependencies]) => ({
  sourceTag: `module:${id}`,
  onlyDependOnLibsWithTags: ['scope:platform', `module:${id}`, ...dependencies.map((dependency) => `domain:${dependency}`)],
}));

const serverPackages = ['@ancrage/db', '@ancrage/db/*', '@ancrage/trpc', '@ancrage/auth', '@ancrage/tenancy', '@ancrage/jobs', '@ancrage/files', '@ancrage/registry', '@ancrage/registry/*', '@ancrage/*-server'];

export default [
  { ignores: ['**/dist', '**/node_modules', '**/.data', '**/test-results', '**/playwright-report', '**/vite.config.*.timestamp*', '**/vitest.config.*.timestamp*'] },
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  ...nx.configs['flat/javascript'],
  {
    files: ['**/*.ts', '**/*.tsx', '**/*.js', '**/*.mjs', '**/*.mts'],
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: false,
          banTransitiveDependencies: false,
          // Modules' integration tests run through the registry's test harness, which composes them.
          ignoredCircularDependencies: [['registry', '*-server']],
          depConstraints: [
            { sourceTag: 'type:isomorphic', onlyDependOnLibsWithTags: ['type:isomorphic'] },
            { sourceTag: 'type:domain', onlyDependOnLibsWithTags: ['type:isomorphic', 'type:domain'] },
            { sourceTag: 'type:web', onlyDependOnLibsWithTags: ['type:isomorphic', 'type:domain', 'type:web', 'type:registry'] },
            { sourceTag: 'type:server', onlyDependOnLibsWithTags: ['type:isomorphic', 'type:domain', 'type:server', 'type:registry'] },
            { sourceTag: 'type:registry', onlyDependOnLibsWithTags: ['type:isomorphic', 'type:domain', 'type:server'] },
            { sourceTag: 'scope:platform', onlyDependOnLibsWithTags: ['scope:platform', 'scope:module'] },
            { sourceTag: 'scope:tools', onlyDependOnLibsWithTags: ['scope:tools', 'scope:platform'] },
            ...moduleConstraints,
          ],
        },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
    },
  },
  {
    // Platform libraries never reach into modules, except the registry that composes them.
    files: ['libs/platform/!(registry)/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['@ancrage/*-domain', '@ancrage/*-server', '@ancrage/*-web'], message: 'Platform libraries must not depend on modules.' }] }],
    },
  },
  {
    // Web code may name server types (AppRouter) but never import server code at runtime.
    files: ['apps/web/**/*.{ts,tsx}', 'libs/ui/**/*.{ts,tsx}', 'libs/modules/*/web/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.flatConfigs.recommended.rules,
      '@typescript-eslint/no-restricted-imports': [
        'error',
        { patterns: [{ group: serverPackages, allowTypeImports: true, message: 'Web code may only import types from server packages.' }] },
      ],
    },
  },
  {
    // Tool configuration, not product code: it may import the shared test settings.
    files: ['**/vitest.config.mts', '**/vite.config.mts', '**/playwright.config.ts'],
    rules: { '@nx/enforce-module-boundaries': 'off' },
  },
  {
    // Migrations and the migrator work on schemas of any shape (Kysely<any> is Kysely's own idiom there).
    files: ['**/migrations/**/*.ts', 'libs/platform/db/src/migrator.ts', 'libs/platform/module-sdk/src/define-module-server.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    files: ['**/*.spec.ts', '**/*.spec.tsx', '**/testing.ts', '**/*.int-helpers.ts'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
];
