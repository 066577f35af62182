import { z } from 'zod';

// The API's rules (libs/platform/auth auth.schema.ts), checked before sending.
export const MIN_PASSWORD_LENGTH = 12;
const email = z.email().max(254);
const newPassword = z.string().min(MIN_PASSWORD_LENGTH).max(200);

export const loginForm = z.object({ email, password: z.string().min(1).max(200) });
export const signupForm = z.object({ displayName: z.string().trim().min(2).max(120), email, password: newPassword });
export const requestResetForm = z.object({ email });
export const resetPasswordForm = z
  .object({ password: newPassword, confirmation: z.string() })
  .refine((value) => value.password === value.confirmation, { message: 'common:auth.passwordsDiffer', path: ['confirmation'] });
