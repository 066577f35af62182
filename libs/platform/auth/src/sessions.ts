import { sql, type Kysely } from 'kysely';
import type { PlatformDatabase } from '@ancrage/db';
import { hashToken, newToken } from './tokens';

export const SESSION_COOKIE = 'ancrage_session';
export const SESSION_DAYS = 14;

export async function createSession(db: Kysely<PlatformDatabase>, userId: string): Promise<string> {
  const { token, hash } = newToken();
  await db
    .insertInto('platformSession')
    .values({ tokenHash: hash, userId, expiresAt: new Date(Date.now() + SESSION_DAYS * 86_400_000) })
    .execute();
  return token;
}

export async function deleteSession(db: Kysely<PlatformDatabase>, token: string) {
  await db.deleteFrom('platformSession').where('tokenHash', '=', hashToken(token)).execute();
}

export interface SessionUser {
  tokenHash: string;
  userId: string;
  email: string;
  displayName: string;
  isPlatformAdmin: boolean;
}

/** The user behind a session cookie, or null when it is unknown or expired. */
export async function findSession(db: Kysely<PlatformDatabase>, token: string): Promise<SessionUser | null> {
  const row = await findSessionInTenant(db, token, null);
  if (!row) return null;
  const { role: _role, ...user } = row;
  return user;
}

/**
 * The session's user and their role in `tenantId`, in one query (the second and
 * last a request costs before its procedure). Runs as the pool's owner role:
 * sessions are never readable by the application role.
 */
export async function findSessionInTenant(db: Kysely<PlatformDatabase>, token: string, tenantId: string | null): Promise<(SessionUser & { role: PlatformDatabase['platformMembership']['role'] | null }) | null> {
  const tokenHash = hashToken(token);
  const row = await db
    .selectFrom('platformSession as s')
    .innerJoin('platformUser as u', 'u.id', 's.userId')
    .select(['s.tokenHash', 'u.id as userId', 'u.email', 'u.displayName', 'u.isPlatformAdmin'])
    .select((eb) =>
      eb
        .selectFrom('platformMembership as m')
        .select('m.role')
        .whereRef('m.userId', '=', 'u.id')
        .where((inner) => (tenantId === null ? inner.lit(false) : inner('m.tenantId', '=', tenantId)))
        .as('role'),
    )
    .where('s.tokenHash', '=', tokenHash)
    .where('s.expiresAt', '>', sql<Date>`now()`)
    .executeTakeFirst();
  return row ? { ...row, role: row.role ?? null } : null;
}
