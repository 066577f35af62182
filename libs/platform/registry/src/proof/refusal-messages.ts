// What a user reads when a procedure refuses: the error as the API formats it
// (same formatter as HTTP answers), checked to be a real translation in French
// and in English, never a raw key.
import { getTRPCErrorShape, TRPCError } from '@trpc/server';
import { createI18n, platformResources, SUPPORTED_LOCALES, type Locale } from '@ancrage/i18n';
import type { RequestContext } from '@ancrage/trpc';
import { appRouter } from '../app-router';
import { moduleNamespaces } from '../catalog';
import { translatorFor } from '../create-context';

const resources = createI18n({ namespaces: { ...platformResources, ...moduleNamespaces() } });
const LOOKS_LIKE_KEY = /^[a-z][\w-]*:[\w.-]+$/i;

/** True when `namespace:path.to.key` has a text of its own in that language (no fallback to French). */
export function hasTranslation(key: string, locale: Locale): boolean {
  const [namespace, path] = key.includes(':') ? (key.split(/:(.*)/s) as [string, string]) : ['common', key];
  return typeof resources.getResource(locale, namespace, path) === 'string';
}

interface FormattedError {
  message: string;
  data: { i18nKey: string; fieldErrors: Record<string, string[]> | null };
}

function format(error: TRPCError, path: string, type: 'query' | 'mutation' | 'subscription', input: unknown, locale: Locale): FormattedError {
  const ctx = { t: translatorFor(locale) } as unknown as RequestContext;
  return getTRPCErrorShape({ config: appRouter._def._config, error, type, path, input, ctx }) as unknown as FormattedError;
}

/**
 * Problems with how a refusal reads, in every supported language: a message
 * key missing from a language, a message or field message left untranslated.
 */
export function untranslatedParts(error: TRPCError, path: string, type: 'query' | 'mutation' | 'subscription', input: unknown): string[] {
  const problems: string[] = [];
  for (const locale of SUPPORTED_LOCALES) {
    const shape = format(error, path, type, input, locale);
    if (!hasTranslation(shape.data.i18nKey, locale)) problems.push(`${locale}: no text for ${shape.data.i18nKey}`);
    if (!shape.message || LOOKS_LIKE_KEY.test(shape.message)) problems.push(`${locale}: message "${shape.message}"`);
    for (const [field, messages] of Object.entries(shape.data.fieldErrors ?? {})) {
      for (const message of messages) if (!message || LOOKS_LIKE_KEY.test(message)) problems.push(`${locale}: field ${field} "${message}"`);
    }
  }
  return problems;
}
