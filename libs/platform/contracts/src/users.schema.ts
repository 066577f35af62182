import { z } from 'zod';
import { TENANT_ROLES } from '@ancrage/module-sdk';
import { displayName, emailAddress } from './auth.schema';

export const tenantRole = z.enum(TENANT_ROLES);
export const inviteUserInput = z.object({ email: emailAddress, displayName, role: tenantRole });
export const setRoleInput = z.object({ userId: z.uuid(), role: tenantRole });
export const removeUserInput = z.object({ userId: z.uuid() });
export const dataSubjectInput = z.object({ email: emailAddress });
