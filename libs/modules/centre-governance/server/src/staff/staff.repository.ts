import { addDays, mondayOf, parisDay, parisToDate, type Booking } from '@ancrage/centre-governance-domain';
import type { GovernanceDb } from '../cg-db';

export async function listProfessionals(db: GovernanceDb, centreId: string | undefined, today: string) {
  let query = db
    .selectFrom('centreGovernanceProfessional as p')
    .innerJoin('centreGovernanceCentre as c', (join) => join.onRef('c.tenantId', '=', 'p.tenantId').onRef('c.id', '=', 'p.centreId'))
    .select(['p.id', 'p.centreId', 'c.name as centreName', 'p.firstName', 'p.lastName', 'p.profession', 'p.status', 'p.email', 'p.phone', 'p.semesterStart', 'p.semesterEnd', 'p.supervisorName', 'p.faculty'])
    .where('p.erasedAt', 'is', null);
  if (centreId) query = query.where('p.centreId', '=', centreId);
  const people = await query.orderBy('p.lastName').orderBy('p.firstName').execute();
  const contracts = people.length === 0 ? [] : await db.selectFrom('centreGovernanceContract').select(['id', 'professionalId', 'kind', 'employer', 'startsOn', 'endsOn', 'fteHundredths']).where('professionalId', 'in', people.map((p) => p.id)).orderBy('startsOn', 'desc').execute();
  return people.map((person) => {
    const own = contracts.filter((contract) => contract.professionalId === person.id);
    const current = own.filter((contract) => contract.startsOn <= today && (contract.endsOn === null || contract.endsOn >= today));
    return { ...person, contracts: own, currentFteHundredths: current.reduce((sum, contract) => sum + contract.fteHundredths, 0) };
  });
}

export function findProfessional(db: GovernanceDb, id: string) {
  return db.selectFrom('centreGovernanceProfessional').selectAll().where('id', '=', id).where('erasedAt', 'is', null).executeTakeFirst();
}

/** Bookings of a room or of a professional that touch the day of `around` (the only ones a one-day booking may overlap). */
export async function bookingsAround(db: GovernanceDb, roomId: string, professionalId: string, startsAt: Date, endsAt: Date): Promise<Booking[]> {
  const rows = await db
    .selectFrom('centreGovernanceBooking')
    .select(['id', 'roomId', 'professionalId', 'startsAt', 'endsAt'])
    .where((eb) => eb.or([eb('roomId', '=', roomId), eb('professionalId', '=', professionalId)]))
    .where('startsAt', '<', endsAt)
    .where('endsAt', '>', startsAt)
    .execute();
  return rows;
}

/** Who works where in the week holding `day` (Monday to Sunday, Paris time). */
export async function weekOf(db: GovernanceDb, day: string, centreId: string | undefined) {
  const monday = mondayOf(day);
  const from = parisToDate(`${monday}T00:00`);
  const to = parisToDate(`${addDays(monday, 7)}T00:00`);
  let query = db
    .selectFrom('centreGovernanceBooking as b')
    .innerJoin('centreGovernanceRoom as r', (join) => join.onRef('r.tenantId', '=', 'b.tenantId').onRef('r.id', '=', 'b.roomId'))
    .innerJoin('centreGovernanceSite as s', (join) => join.onRef('s.tenantId', '=', 'r.tenantId').onRef('s.id', '=', 'r.siteId'))
    .innerJoin('centreGovernanceProfessional as p', (join) => join.onRef('p.tenantId', '=', 'b.tenantId').onRef('p.id', '=', 'b.professionalId'))
    .select(['b.id', 'b.startsAt', 'b.endsAt', 'b.note', 'r.id as roomId', 'r.name as roomName', 's.id as siteId', 's.name as siteName', 's.centreId', 'p.id as professionalId', 'p.firstName', 'p.lastName', 'p.profession', 'p.status'])
    .where('b.startsAt', '>=', from)
    .where('b.startsAt', '<', to);
  if (centreId) query = query.where('s.centreId', '=', centreId);
  const bookings = await query.orderBy('b.startsAt').orderBy('s.name').execute();
  return {
    monday,
    days: Array.from({ length: 7 }, (_, index) => addDays(monday, index)),
    bookings: bookings.map((booking) => ({ ...booking, day: parisDay(booking.startsAt) })),
  };
}
