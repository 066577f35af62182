import { defineProjectConfig } from '../../../../tools/vitest/project-config.mts';

// Integration tests (*.int.spec.ts) run against one migrated template database per run.
export default defineProjectConfig(import.meta.dirname, { environment: 'node', database: true });
