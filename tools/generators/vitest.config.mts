import { defineConfig, mergeConfig } from 'vitest/config';
import { defineProjectConfig } from '../vitest/project-config.mts';

// The generator's specs live beside it (module/*.spec.ts), not under src/.
export default mergeConfig(defineProjectConfig(import.meta.dirname, { environment: 'node' }), defineConfig({ test: { include: ['module/**/*.spec.ts'] } }));
