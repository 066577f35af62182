import { randomBytes } from 'node:crypto';
import type { Insertable, Selectable } from 'kysely';
import { hashToken, newToken } from '@ancrage/auth';
import type { EventsDb } from './events-db';
import type { EventsRegistrationTable } from './events-schema';

export type RegistrationRow = Selectable<EventsRegistrationTable>;

export function insertRegistration(db: EventsDb, values: Insertable<EventsRegistrationTable>) {
  return db.insertInto('eventsRegistration').values(values).returningAll().executeTakeFirstOrThrow();
}

export function findRegistration(db: EventsDb, id: string): Promise<RegistrationRow | undefined> {
  return db.selectFrom('eventsRegistration').selectAll().where('id', '=', id).executeTakeFirst();
}

/** The live (not cancelled) registration of this address to the event, if any. */
export function findLiveRegistration(db: EventsDb, eventId: string, email: string): Promise<RegistrationRow | undefined> {
  return db
    .selectFrom('eventsRegistration')
    .selectAll()
    .where('eventId', '=', eventId)
    .where((eb) => eb(eb.fn('lower', ['email']), '=', email.toLowerCase()))
    .where('status', '!=', 'cancelled')
    .executeTakeFirst();
}

export function listRegistrations(db: EventsDb, eventId: string): Promise<RegistrationRow[]> {
  return db
    .selectFrom('eventsRegistration')
    .selectAll()
    .where('eventId', '=', eventId)
    .where('erasedAt', 'is', null)
    .orderBy('lastName')
    .orderBy('firstName')
    .orderBy('id')
    .execute();
}

/** A random ticket number for the QR code: opaque, nothing about the person. */
export function newCheckInToken(): string {
  return randomBytes(18).toString('base64url');
}

export function findByCheckInToken(db: EventsDb, token: string): Promise<RegistrationRow | undefined> {
  return db.selectFrom('eventsRegistration').selectAll().where('checkInToken', '=', token).executeTakeFirst();
}

/** A new secret for the personal page link of an email; only its hash is kept. */
export async function issueAccessToken(db: EventsDb, tenantId: string, registrationId: string): Promise<string> {
  const { token, hash } = newToken();
  await db.insertInto('eventsAccessToken').values({ tenantId, tokenHash: hash, registrationId }).execute();
  return token;
}

export async function findByAccessToken(db: EventsDb, token: string): Promise<RegistrationRow | undefined> {
  return db
    .selectFrom('eventsAccessToken as t')
    .innerJoin('eventsRegistration as r', (join) => join.onRef('r.tenantId', '=', 't.tenantId').onRef('r.id', '=', 't.registrationId'))
    .selectAll('r')
    .where('t.tokenHash', '=', hashToken(token))
    .where('r.erasedAt', 'is', null)
    .executeTakeFirst();
}
