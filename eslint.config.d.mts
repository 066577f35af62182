import type { Linter } from 'eslint';

/** Module id → ids of the modules it may use (see eslint.config.mjs). */
export declare const moduleDependencies: Record<string, string[]>;
declare const config: Linter.Config[];
export default config;
