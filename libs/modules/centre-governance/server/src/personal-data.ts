import type { PersonalDataHandler } from '@ancrage/module-sdk';
import type { GovernanceDb } from './cg-db';
import { anonymisedProfessional } from './staff/retention';

const ofEmail = (db: GovernanceDb, email: string) =>
  db
    .selectFrom('centreGovernanceProfessional')
    .selectAll()
    .where((eb) => eb(eb.fn('lower', ['email']), '=', email.trim().toLowerCase()))
    .where('erasedAt', 'is', null);

/**
 * Professionals hosted at a centre, found by their email address: exported
 * with their contracts and bookings; erased by anonymising their identity
 * (contracts and bookings stay, for the centre's FTE and history).
 */
export const centreGovernancePersonalData: PersonalDataHandler = {
  async export(scope, subject): Promise<Record<string, unknown[]>> {
    const db = scope.db as GovernanceDb;
    const people = await ofEmail(db, subject.email).execute();
    if (people.length === 0) return {};
    const ids = people.map((person) => person.id);
    const [contracts, bookings] = await Promise.all([
      db.selectFrom('centreGovernanceContract').select(['professionalId', 'kind', 'employer', 'startsOn', 'endsOn', 'fteHundredths']).where('professionalId', 'in', ids).execute(),
      db.selectFrom('centreGovernanceBooking').select(['professionalId', 'roomId', 'startsAt', 'endsAt', 'note']).where('professionalId', 'in', ids).execute(),
    ]);
    return {
      professionals: people.map(({ tenantId: _tenant, ...person }) => person),
      contracts,
      bookings,
    };
  },
  async erase(scope, subject) {
    const db = scope.db as GovernanceDb;
    const people = await ofEmail(db, subject.email).select('id').execute();
    if (people.length === 0) return 0;
    const ids = people.map((person) => person.id);
    await db.updateTable('centreGovernanceBooking').set({ note: '' }).where('professionalId', 'in', ids).execute();
    await db
      .updateTable('centreGovernanceProfessional')
      .set({ ...anonymisedProfessional, erasedAt: new Date(), updatedAt: new Date() })
      .where('id', 'in', ids)
      .execute();
    return ids.length;
  },
};
