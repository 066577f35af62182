import { TRPCClientError } from '@trpc/client';

export type ApiErrorCode = 'UNAUTHORIZED' | 'FORBIDDEN' | 'NOT_FOUND' | 'BAD_REQUEST' | 'CONFLICT' | 'TOO_MANY_REQUESTS' | string;

interface ApiErrorData {
  code?: string;
  fieldErrors?: Record<string, string[]> | null;
}

function dataOf(error: unknown): ApiErrorData | undefined {
  if (error instanceof TRPCClientError) return (error.data ?? undefined) as ApiErrorData | undefined;
  return undefined;
}

/** The tRPC error code (UNAUTHORIZED, FORBIDDEN, NOT_FOUND…), if the API answered one. */
export function apiErrorCode(error: unknown): ApiErrorCode | undefined {
  return dataOf(error)?.code;
}

/** Field path → translated messages, as the API sends them for invalid input. */
export function apiFieldErrors(error: unknown): Record<string, string[]> {
  return dataOf(error)?.fieldErrors ?? {};
}

/** The message to show: the API's, already in the user's language, or a generic fallback. */
export function apiErrorMessage(error: unknown, fallback: string): string {
  if (error instanceof TRPCClientError && error.message && dataOf(error)) return error.message;
  return fallback;
}

const NO_RETRY = new Set(['UNAUTHORIZED', 'FORBIDDEN', 'NOT_FOUND', 'BAD_REQUEST', 'CONFLICT', 'TOO_MANY_REQUESTS']);

/** Retry policy for queries: errors the user caused are final, network hiccups get two more tries. */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  const code = apiErrorCode(error);
  return !(code && NO_RETRY.has(code)) && failureCount < 2;
}
