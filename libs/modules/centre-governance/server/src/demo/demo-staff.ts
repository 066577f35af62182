import { addDays, parisToDate, type Profession, type StaffStatus } from '@ancrage/centre-governance-domain';
import type { GovernanceDb } from '../cg-db';

interface DemoPerson {
  firstName: string;
  lastName: string;
  profession: Profession;
  status: StaffStatus;
  contract?: { kind: string; employer: string; fte: number };
  junior?: boolean;
}

const PEOPLE: DemoPerson[] = [
  { firstName: 'Camille', lastName: 'Exemple (fictive)', profession: 'general-practitioner', status: 'gip-employee', contract: { kind: 'permanent', employer: 'GIP', fte: 100 } },
  { firstName: 'Nicolas', lastName: 'Démo (fictif)', profession: 'general-practitioner', status: 'gip-employee', contract: { kind: 'fixed-term', employer: 'GIP', fte: 80 } },
  { firstName: 'Sacha', lastName: 'Modèle (fictif)', profession: 'general-practitioner', status: 'docteur-junior', junior: true, contract: { kind: 'internship', employer: 'CHU (fictif)', fte: 100 } },
  { firstName: 'Inès', lastName: 'Essai (fictive)', profession: 'general-practitioner', status: 'docteur-junior', junior: true, contract: { kind: 'internship', employer: 'CHU (fictif)', fte: 100 } },
  { firstName: 'Hugo', lastName: 'Témoin (fictif)', profession: 'general-practitioner', status: 'docteur-junior', junior: true, contract: { kind: 'internship', employer: 'CHU (fictif)', fte: 100 } },
  { firstName: 'Bernard', lastName: 'Ancien (fictif)', profession: 'general-practitioner', status: 'retired-doctor', contract: { kind: 'retirement-combination', employer: 'GIP', fte: 40 } },
  { firstName: 'Léa', lastName: 'Maquette (fictive)', profession: 'medical-assistant', status: 'gip-employee', contract: { kind: 'permanent', employer: 'GIP', fte: 100 } },
];

/** Professionals hosted (three docteurs juniors on the current semester), their contracts and this week's room bookings. */
export async function seedStaff(db: GovernanceDb, tenantId: string, centreId: string, context: { rooms: string[]; monday: string; semester: { start: string; end: string } }) {
  const people = await db
    .insertInto('centreGovernanceProfessional')
    .values(
      PEOPLE.map((person, index) => ({
        tenantId,
        centreId,
        firstName: person.firstName,
        lastName: person.lastName,
        profession: person.profession,
        status: person.status,
        email: `professionnel${index + 1}.demo@example.org`,
        phone: '',
        semesterStart: person.junior ? context.semester.start : null,
        semesterEnd: person.junior ? context.semester.end : null,
        supervisorName: person.junior ? 'Dr Camille Exemple (maître de stage fictive)' : '',
        faculty: person.junior ? 'Faculté de médecine (fictive)' : '',
        erasedAt: null,
      })),
    )
    .returning('id')
    .execute();
  await db
    .insertInto('centreGovernanceContract')
    .values(
      PEOPLE.flatMap((person, index) =>
        person.contract
          ? [
              {
                tenantId,
                professionalId: people[index]?.id ?? '',
                kind: person.contract.kind,
                employer: person.contract.employer,
                startsOn: person.junior ? context.semester.start : addDays(context.monday, -200),
                endsOn: person.junior ? context.semester.end : person.contract.kind === 'fixed-term' ? addDays(context.monday, 165) : null,
                fteHundredths: person.contract.fte,
              },
            ]
          : [],
      ),
    )
    .execute();

  // Monday to Friday: doctors in rooms by half-days, the juniors beside their maître de stage.
  const [room1, room2, care, antennaRoom] = context.rooms;
  const plan: [number, string | undefined, string, string][] = [
    [0, room1, '08:00', '12:30'],
    [0, room1, '13:30', '19:00'],
    [1, room2, '08:00', '12:30'],
    [2, room2, '13:30', '19:00'],
    [3, antennaRoom, '08:30', '12:30'],
    [4, care, '14:00', '18:00'],
    [5, antennaRoom, '14:00', '18:00'],
  ];
  const bookings = [0, 1, 2, 3, 4].flatMap((dayIndex) =>
    plan.flatMap(([personIndex, roomId, from, to]) => {
      const day = addDays(context.monday, dayIndex);
      const professionalId = people[personIndex]?.id;
      // The retired doctor comes two days a week.
      if (!roomId || !professionalId || (personIndex === 5 && dayIndex > 1)) return [];
      const person = personIndex + dayIndex;
      return [{ tenantId, roomId, professionalId, startsAt: parisToDate(`${day}T${from}`), endsAt: parisToDate(`${day}T${to}`), note: person % 3 === 0 ? 'Consultations sans rendez-vous' : '' }];
    }),
  );
  await db.insertInto('centreGovernanceBooking').values(bookings).execute();
}
