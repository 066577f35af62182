import { defineProjectConfig } from '../../../../tools/vitest/project-config.mts';

export default defineProjectConfig(import.meta.dirname, { environment: 'jsdom' });
