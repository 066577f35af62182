import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { z } from 'zod';
import { fieldErrors } from '@ancrage/i18n';
import { apiErrorMessage, apiFieldErrors } from '../api/api-error';

export interface FieldErrorsState {
  /** Field path ("branding.primaryColor") → messages. */
  errors: Record<string, string[]>;
  /** A message about the whole form (wrong password, conflict…). */
  formError: string | null;
  /** The message(s) of one field, for an input's `error` prop. */
  errorOf: (path: string) => string | undefined;
  /** Parses with the schema; on failure shows translated messages and returns null. */
  validate: <S extends z.ZodType>(schema: S, value: unknown) => z.output<S> | null;
  /** Shows what the API refused: field messages under fields, the rest above the form. */
  showApiError: (error: unknown) => void;
  clear: () => void;
}

/**
 * Errors of a form, whether found before sending (the same zod schemas as the
 * API) or returned by it (`error.data.fieldErrors`, already translated).
 */
export function useFieldErrors(): FieldErrorsState {
  const { t, i18n } = useTranslation('common');
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const [formError, setFormError] = useState<string | null>(null);

  const validate = useCallback(
    <S extends z.ZodType>(schema: S, value: unknown): z.output<S> | null => {
      const parsed = schema.safeParse(value);
      if (parsed.success) {
        setErrors({});
        setFormError(null);
        return parsed.data;
      }
      setErrors(fieldErrors(parsed.error.issues, i18n.t.bind(i18n) as TFunction));
      setFormError(t('errors.checkFields'));
      return null;
    },
    [i18n, t],
  );

  const showApiError = useCallback(
    (error: unknown) => {
      const fields = apiFieldErrors(error);
      setErrors(fields);
      setFormError(apiErrorMessage(error, t('errors.unexpected')));
    },
    [t],
  );

  const clear = useCallback(() => {
    setErrors({});
    setFormError(null);
  }, []);

  return useMemo(
    () => ({ errors, formError, errorOf: (path: string) => errors[path]?.join(' ') || undefined, validate, showApiError, clear }),
    [errors, formError, validate, showApiError, clear],
  );
}
