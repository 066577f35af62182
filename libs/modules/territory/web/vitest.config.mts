import { mergeConfig } from 'vitest/config';
import { defineProjectConfig } from '../../../../tools/vitest/project-config.mts';

export default mergeConfig(defineProjectConfig(import.meta.dirname, { environment: 'jsdom' }), {
  test: { setupFiles: ['./src/testing/setup-tests.ts'] },
});
