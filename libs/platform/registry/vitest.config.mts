import { defineProjectConfig } from '../../../tools/vitest/project-config.mjs';

export default defineProjectConfig(import.meta.dirname, { environment: 'node' });
