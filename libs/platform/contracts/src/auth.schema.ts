import { z } from 'zod';

export const MIN_PASSWORD_LENGTH = 12;

/** Trimmed and lower-cased before it is checked, as people type it. */
export const emailAddress = z.string().trim().toLowerCase().max(254).pipe(z.email());
export const newPassword = z.string().min(MIN_PASSWORD_LENGTH).max(200);
export const displayName = z.string().trim().min(2).max(120);

export const loginInput = z.object({ email: emailAddress, password: z.string().min(1).max(200) });
export const signupInput = z.object({ email: emailAddress, password: newPassword, displayName });
export const tokenInput = z.object({ token: z.string().min(10).max(200) });
export const requestResetInput = z.object({ email: emailAddress });
export const resetPasswordInput = z.object({ token: z.string().min(10).max(200), password: newPassword });
