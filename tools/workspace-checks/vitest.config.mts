import { defineProjectConfig } from '../vitest/project-config.mts';

export default defineProjectConfig(import.meta.dirname);
