/**
 * Where to go after signing in: only a path of this site (no "//evil.example"
 * or "https://…" open redirect), otherwise the fallback.
 */
export function safeNext(next: string | null | undefined, fallback: string): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.includes('\\')) return fallback;
  try {
    const url = new URL(next, 'https://ancrage.invalid');
    return url.origin === 'https://ancrage.invalid' ? `${url.pathname}${url.search}${url.hash}` : fallback;
  } catch {
    return fallback;
  }
}

/** The login URL that comes back to `path` afterwards. */
export function loginUrl(loginPath: string, path: string): string {
  return `${loginPath}?next=${encodeURIComponent(path)}`;
}

/** `path`, carrying on a `next` received (only a safe one), e.g. from the sign-in page to the sign-up page and back. */
export function withNext(path: string, next: string | null): string {
  const kept = safeNext(next, '');
  return kept ? loginUrl(path, kept) : path;
}
