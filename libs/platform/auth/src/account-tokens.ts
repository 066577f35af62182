import { sql, type Kysely } from 'kysely';
import type { PlatformDatabase } from '@ancrage/db';
import { hashToken, newToken } from './tokens';

type Kind = 'verify_email' | 'reset_password';

export async function issueAccountToken(
  db: Kysely<PlatformDatabase>,
  options: { kind: Kind; userId: string; tenantId: string | null; validHours: number },
): Promise<string> {
  const { token, hash } = newToken();
  await db
    .insertInto('platformToken')
    .values({
      tokenHash: hash,
      kind: options.kind,
      userId: options.userId,
      tenantId: options.tenantId,
      expiresAt: new Date(Date.now() + options.validHours * 3_600_000),
      usedAt: null,
    })
    .execute();
  return token;
}

/** Marks a valid, unused token as used and returns its user; null otherwise. */
export async function consumeAccountToken(db: Kysely<PlatformDatabase>, kind: Kind, token: string): Promise<string | null> {
  const row = await db
    .updateTable('platformToken')
    .set({ usedAt: new Date() })
    .where('tokenHash', '=', hashToken(token))
    .where('kind', '=', kind)
    .where('usedAt', 'is', null)
    .where('expiresAt', '>', sql<Date>`now()`)
    .returning('userId')
    .executeTakeFirst();
  return row?.userId ?? null;
}
