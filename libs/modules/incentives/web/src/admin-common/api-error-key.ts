/** The message key of an API refusal ('incentives:errors.applicationBudgetExceeded'…), to react to a specific one. */
export function apiErrorKey(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null || !('data' in error)) return undefined;
  const data = (error as { data?: { i18nKey?: unknown } | null }).data;
  return typeof data?.i18nKey === 'string' ? data.i18nKey : undefined;
}
