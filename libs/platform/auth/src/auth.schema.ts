import { z } from 'zod';
import { MIN_PASSWORD_LENGTH } from './password';

export const email = z.string().trim().toLowerCase().max(254).pipe(z.email());
export const newPassword = z.string().min(MIN_PASSWORD_LENGTH).max(200);

export const loginInput = z.object({ email, password: z.string().min(1).max(200) });
export const signupInput = z.object({ email, password: newPassword, displayName: z.string().trim().min(2).max(120) });
export const tokenInput = z.object({ token: z.string().min(10).max(200) });
export const requestResetInput = z.object({ email });
export const resetPasswordInput = z.object({ token: z.string().min(10).max(200), password: newPassword });
