import type { TFunction } from 'i18next';
import type { z } from 'zod';

/**
 * Turns a zod issue into a sentence in the user's language. Schemas may carry
 * their own i18n key as the message (`'<namespace>:<key>'`), which wins.
 */
export function translateIssue(issue: z.core.$ZodIssue, t: TFunction): string {
  if (/^[a-z][\w-]*:[\w.]+$/i.test(issue.message)) return t(issue.message);
  switch (issue.code) {
    case 'invalid_type':
      return t(issue.message.includes('received undefined') ? 'errors:validation.required' : 'errors:validation.invalidType');
    case 'invalid_format': {
      const key = ({ email: 'email', url: 'url', uuid: 'uuid' } as Record<string, string>)[issue.format] ?? 'format';
      return t(`errors:validation.${key}`);
    }
    case 'too_small':
      return t(`errors:validation.${issue.origin === 'string' ? 'stringTooShort' : issue.origin === 'array' ? 'arrayTooSmall' : 'numberTooSmall'}`, {
        minimum: Number(issue.minimum),
      });
    case 'too_big':
      return t(`errors:validation.${issue.origin === 'string' ? 'stringTooLong' : issue.origin === 'array' ? 'arrayTooBig' : 'numberTooBig'}`, {
        maximum: Number(issue.maximum),
      });
    case 'invalid_value':
      return t('errors:validation.invalidOption');
    case 'unrecognized_keys':
      return t('errors:validation.unrecognizedKeys', { keys: issue.keys.join(', ') });
    default:
      return t('errors:validation.invalid');
  }
}

/** Field path → messages, as forms display them. */
export function fieldErrors(issues: readonly z.core.$ZodIssue[], t: TFunction): Record<string, string[]> {
  const errors: Record<string, string[]> = {};
  for (const issue of issues) {
    const path = issue.path.map(String).join('.') || '_';
    (errors[path] ??= []).push(translateIssue(issue, t));
  }
  return errors;
}
