// A tRPC client over fetch that speaks like the web app: superjson envelopes,
// the anti-CSRF header, the session cookie. Answers are { ok, status, data } or
// { ok: false, status, error } — never thrown, except when nothing answers.
export function trpcClient(baseUrl, { tenant, cookie } = {}) {
  const headers = () => ({ ...(tenant ? { 'x-tenant': tenant } : {}), ...(cookie ? { cookie } : {}) });
  const answer = async (response) => {
    const body = await response.json().catch(() => null);
    if (response.ok) return { ok: true, status: response.status, data: body?.result?.data?.json };
    return { ok: false, status: response.status, error: body?.error?.json ?? body?.error ?? body };
  };
  return {
    get cookie() {
      return cookie;
    },
    async query(path, input, { timeoutMs = 30_000 } = {}) {
      const query = input === undefined ? '' : `?input=${encodeURIComponent(JSON.stringify({ json: input }))}`;
      return answer(await fetch(`${baseUrl}/trpc/${path}${query}`, { headers: headers(), signal: AbortSignal.timeout(timeoutMs) }));
    },
    async mutation(path, input, { timeoutMs = 30_000 } = {}) {
      const response = await fetch(`${baseUrl}/trpc/${path}`, {
        method: 'POST',
        headers: { ...headers(), 'content-type': 'application/json', 'x-ancrage-csrf': '1' },
        body: JSON.stringify({ json: input }),
        signal: AbortSignal.timeout(timeoutMs),
      });
      return answer(response);
    },
    /** Signs in and keeps the session cookie for the next calls. */
    async signIn(email, password) {
      const response = await fetch(`${baseUrl}/trpc/auth.login`, {
        method: 'POST',
        headers: { ...headers(), 'content-type': 'application/json', 'x-ancrage-csrf': '1' },
        body: JSON.stringify({ json: { email, password } }),
      });
      const session = response.headers.getSetCookie().find((c) => c.startsWith('ancrage_session='));
      if (!response.ok || !session) throw new Error(`sign-in of ${email} failed: ${response.status} ${await response.text()}`);
      cookie = session.split(';')[0];
      return this;
    },
  };
}
