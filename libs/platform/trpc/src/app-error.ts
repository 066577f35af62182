import { TRPCError } from '@trpc/server';

type Code = ConstructorParameters<typeof TRPCError>[0]['code'];

/** Carries an i18n key and its parameters to the error formatter. */
export class TranslatableCause extends Error {
  constructor(
    readonly i18nKey: string,
    readonly params: Record<string, unknown> = {},
  ) {
    super(i18nKey);
  }
}

/** A refusal the user will read, translated: `throw appError('CONFLICT', 'errors:tenant.slugTaken')`. */
export function appError(code: Code, i18nKey: string, params?: Record<string, unknown>): TRPCError {
  return new TRPCError({ code, message: i18nKey, cause: new TranslatableCause(i18nKey, params) });
}

/** A validation failure found inside a handler: reported like an input error, field by field. */
export function invalidInput(cause: Error): TRPCError {
  return new TRPCError({ code: 'BAD_REQUEST', message: 'errors:badRequest', cause });
}
