import { sql, type Kysely } from 'kysely';
import type { PlatformDatabase } from '@ancrage/db';

export const THROTTLE_WINDOW_MINUTES = 15;
const LIMITS = { email: 5, ip: 50 } as const;

type Kind = keyof typeof LIMITS;
const keyOf = (kind: Kind, value: string) => `${kind}:${value.toLowerCase()}`;

/** Serialises sign-in attempts for one email, so parallel tries cannot outrun the count. */
export async function lockLoginAttempts(db: Kysely<PlatformDatabase>, email: string) {
  await sql`select pg_advisory_xact_lock(hashtext(${keyOf('email', email)}))`.execute(db);
}

/** True when this email or this address failed too often in the window. */
export async function isThrottled(db: Kysely<PlatformDatabase>, email: string, ip: string): Promise<boolean> {
  const counts = await db
    .selectFrom('platformLoginAttempt')
    .select(['key', (eb) => eb.fn.countAll<number>().as('failures')])
    .where('key', 'in', [keyOf('email', email), keyOf('ip', ip)])
    .where('attemptedAt', '>', sql<Date>`now() - make_interval(mins => ${THROTTLE_WINDOW_MINUTES})`)
    .groupBy('key')
    .execute();
  return counts.some((row) => Number(row.failures) >= LIMITS[row.key.startsWith('ip:') ? 'ip' : 'email']);
}

export async function recordFailedLogin(db: Kysely<PlatformDatabase>, email: string, ip: string) {
  await db
    .insertInto('platformLoginAttempt')
    .values([{ key: keyOf('email', email) }, { key: keyOf('ip', ip) }])
    .execute();
}

export async function clearFailedLogins(db: Kysely<PlatformDatabase>, email: string) {
  await db.deleteFrom('platformLoginAttempt').where('key', '=', keyOf('email', email)).execute();
  await db.deleteFrom('platformLoginAttempt').where('attemptedAt', '<', sql<Date>`now() - interval '1 day'`).execute();
}
