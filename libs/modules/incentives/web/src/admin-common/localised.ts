import type { Localised } from '@ancrage/incentives-domain';

/** A text the admin wrote in both languages, in the reader's (French when there is no English). */
export function inLocale(text: Localised, locale: string): string {
  return locale === 'en' && text.en.trim() ? text.en : text.fr;
}
