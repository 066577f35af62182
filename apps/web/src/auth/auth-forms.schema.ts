import { z } from 'zod';
import { newPassword } from '@ancrage/contracts';

export { loginInput as loginForm, signupInput as signupForm, requestResetInput as requestResetForm, MIN_PASSWORD_LENGTH } from '@ancrage/contracts';

/** The API's new-password rule, plus a confirmation typed twice. */
export const resetPasswordForm = z
  .object({ password: newPassword, confirmation: z.string() })
  .refine((value) => value.password === value.confirmation, { message: 'common:auth.passwordsDiffer', path: ['confirmation'] });
