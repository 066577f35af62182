import { z } from 'zod';
import { TENANT_ROLES } from '@ancrage/module-sdk';
import { email } from './auth.schema';

export const role = z.enum(TENANT_ROLES);
export const inviteUserInput = z.object({ email, displayName: z.string().trim().min(2).max(120), role });
export const setRoleInput = z.object({ userId: z.uuid(), role });
export const removeUserInput = z.object({ userId: z.uuid() });
