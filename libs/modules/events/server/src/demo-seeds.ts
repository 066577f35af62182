import { addDays, parisDay, parisToDate, searchText, type Audience, type Question } from '@ancrage/events-domain';
import type { EventsDb } from './events-db';
import { newCheckInToken } from './registrations.repository';

interface DemoPlaces {
  eveningCommune: string;
  eveningVenue: string;
  weekendTitle: string;
  weekendCommune: string;
}

// Real communes, fictitious venues and people: every name says so.
const PLACES: Record<string, DemoPlaces> = {
  '55': { eveningCommune: 'Verdun', eveningVenue: 'Salle des fêtes (lieu fictif de démonstration)', weekendTitle: 'Week-end découverte des Côtes de Meuse (fictif)', weekendCommune: 'Saint-Mihiel' },
  '40': { eveningCommune: 'Mont-de-Marsan', eveningVenue: 'Maison du Département (lieu fictif de démonstration)', weekendTitle: 'Week-end découverte de la côte landaise (fictif)', weekendCommune: 'Mimizan' },
};
const GENERIC: DemoPlaces = { eveningCommune: 'Chef-lieu', eveningVenue: 'Lieu fictif de démonstration', weekendTitle: 'Week-end découverte du territoire (fictif)', weekendCommune: 'Commune fictive' };

const FIRST_NAMES: [string, ...string[]] = ['Camille', 'Lou', 'Sacha', 'Inès', 'Hugo', 'Jade', 'Nathan', 'Léa', 'Yanis', 'Chloé', 'Tom', 'Manon', 'Rayan', 'Zoé', 'Noah', 'Lina', 'Adam', 'Emma', 'Malo', 'Alice'];
const LAST_NAMES: [string, ...string[]] = ['Exemple', 'Démo', 'Fictif', 'Modèle', 'Essai', 'Témoin', 'Prototype', 'Maquette', 'Ébauche', 'Spécimen'];

const eveningQuestions: Question[] = [
  { id: 'faculty', label: 'Faculté de rattachement', type: 'text', required: true, options: [] },
  { id: 'semester', label: "Semestre d'internat", type: 'choice', required: false, options: ['1er', '2e', '3e', '4e', '5e et plus'] },
  { id: 'dietary', label: 'Régime alimentaire ou allergies', type: 'text', required: false, options: [] },
];
const weekendQuestions: Question[] = [
  { id: 'accommodation', label: "Besoin d'un hébergement sur place", type: 'yes-no', required: true, options: [] },
  { id: 'transport', label: 'Moyen de transport', type: 'choice', required: true, options: ['Voiture', 'Train', 'Covoiturage', 'Navette organisée'] },
];

const cycle = <T>(list: readonly [T, ...T[]], index: number): T => list[index % list.length] ?? list[0];

function person(index: number, audience: Audience) {
  const firstName = cycle(FIRST_NAMES, index);
  const lastName = `${cycle(LAST_NAMES, index)} (fictif)`;
  const email = `${searchText(firstName)}.demo${index + 1}@example.org`;
  return { firstName, lastName, email, audience, searchText: searchText(`${firstName} ${lastName} ${email}`) };
}

/**
 * A welcome evening for internes (coming, registrations open) and a discovery
 * weekend (last month, closed: attendance, waiting list, report), fictitious.
 * Idempotent: nothing happens once the tenant has events.
 */
export async function seedDemoEvents(db: EventsDb, tenantId: string, departementCode: string, now = new Date()) {
  if (await db.selectFrom('eventsEvent').select('id').limit(1).executeTakeFirst()) return;
  const places = PLACES[departementCode] ?? GENERIC;
  const today = parisDay(now);
  const eveningDay = addDays(today, 21);
  const weekendDay = addDays(today, -30);

  const evening = await db
    .insertInto('eventsEvent')
    .values({
      tenantId,
      title: `Soirée d'accueil des internes — ${places.eveningCommune} (fictive)`,
      summary: 'Rencontrer les maîtres de stage, les élus et les professionnels du territoire autour d’un buffet. Événement de démonstration.',
      description: 'Présentation des aides à l’installation, témoignages de jeunes médecins installés et échanges informels. Toutes les informations sont fictives.',
      kind: 'welcome-evening',
      format: 'in-person',
      status: 'published',
      communeName: places.eveningCommune,
      address: places.eveningVenue,
      accessHints: 'Parking gratuit, accès de plain-pied.',
      startsAt: parisToDate(`${eveningDay}T18:30`),
      endsAt: parisToDate(`${eveningDay}T22:00`),
      agenda: JSON.stringify([
        { startsAt: parisToDate(`${eveningDay}T18:30`).toISOString(), endsAt: null, title: 'Accueil et présentation du territoire', place: '' },
        { startsAt: parisToDate(`${eveningDay}T19:30`).toISOString(), endsAt: null, title: 'Buffet et rencontres', place: '' },
      ]),
      audiences: ['interne', 'docteur-junior'],
      partners: ['Faculté de médecine (partenaire fictif)', 'Ordre des médecins (partenaire fictif)'],
      capacity: 30,
      reservedPlaces: 4,
      quotas: JSON.stringify([]),
      registrationOpensAt: null,
      registrationClosesAt: parisToDate(`${addDays(eveningDay, -1)}T12:00`),
      questions: JSON.stringify(eveningQuestions),
      publishedAt: now,
    })
    .returning(['id'])
    .executeTakeFirstOrThrow();

  const weekend = await db
    .insertInto('eventsEvent')
    .values({
      tenantId,
      title: places.weekendTitle,
      summary: 'Deux jours pour découvrir des cabinets, une maison de santé et la vie locale. Événement de démonstration.',
      description: 'Visites de cabinets, rencontre avec une CPTS et activités de découverte du territoire. Toutes les informations sont fictives.',
      kind: 'discovery-weekend',
      format: 'in-person',
      status: 'closed',
      communeName: places.weekendCommune,
      address: 'Office de tourisme (lieu fictif de démonstration)',
      accessHints: '',
      startsAt: parisToDate(`${weekendDay}T09:00`),
      endsAt: parisToDate(`${addDays(weekendDay, 1)}T17:00`),
      agenda: JSON.stringify([
        { startsAt: parisToDate(`${weekendDay}T09:00`).toISOString(), endsAt: parisToDate(`${weekendDay}T12:00`).toISOString(), title: 'Visite d’une maison de santé', place: '' },
        { startsAt: parisToDate(`${addDays(weekendDay, 1)}T10:00`).toISOString(), endsAt: null, title: 'Découverte du territoire', place: '' },
      ]),
      audiences: ['student', 'interne', 'remplacant'],
      partners: ['CPTS (partenaire fictif)'],
      capacity: 12,
      reservedPlaces: 0,
      quotas: JSON.stringify([{ audiences: ['student'], places: 6 }]),
      registrationOpensAt: null,
      registrationClosesAt: null,
      questions: JSON.stringify(weekendQuestions),
      waitlistSequence: 3,
      publishedAt: parisToDate(`${addDays(weekendDay, -45)}T10:00`),
    })
    .returning(['id', 'startsAt'])
    .executeTakeFirstOrThrow();

  const eveningPeople = Array.from({ length: 12 }, (_, index) => person(index, index % 4 === 3 ? 'docteur-junior' : 'interne'));
  await db
    .insertInto('eventsRegistration')
    .values(
      eveningPeople.map((p, index) => ({
        tenantId,
        eventId: evening.id,
        ...p,
        organisation: '',
        answers: JSON.stringify({ faculty: index % 2 === 0 ? 'Faculté fictive de Nancy' : 'Faculté fictive de Reims', semester: '2e' }),
        status: 'confirmed' as const,
        confirmedAt: now,
        checkInToken: newCheckInToken(),
      })),
    )
    .execute();

  const audiences: [Audience, ...Audience[]] = ['student', 'interne', 'remplacant'];
  const weekendPeople = Array.from({ length: 15 }, (_, index) => person(index + 12, cycle(audiences, index)));
  await db
    .insertInto('eventsRegistration')
    .values(
      weekendPeople.map((p, index) => {
        const waiting = index >= 12;
        return {
          tenantId,
          eventId: weekend.id,
          ...p,
          organisation: p.audience === 'remplacant' ? 'Cabinet de remplacement (fictif)' : '',
          answers: JSON.stringify({ accommodation: index % 2 === 0, transport: 'Train' }),
          status: waiting ? ('waiting' as const) : ('confirmed' as const),
          waitlistPosition: waiting ? index - 11 : null,
          confirmedAt: waiting ? null : weekend.startsAt,
          checkInToken: newCheckInToken(),
          // Ten of the twelve came; a few asked to be contacted, one started an installation project.
          checkedInAt: !waiting && index < 10 ? weekend.startsAt : null,
          followUp: index < 3 ? ('contact' as const) : index === 3 ? ('project' as const) : ('none' as const),
        };
      }),
    )
    .execute();

  await db
    .insertInto('eventsReport')
    .values({
      tenantId,
      eventId: weekend.id,
      minutes: 'Compte rendu fictif : accueil en mairie, visite de deux cabinets et d’une maison de santé, échanges avec la CPTS. Trois participants souhaitent être recontactés.',
      organisations: ['CPTS (partenaire fictif)', 'Maison de santé pluriprofessionnelle (fictive)'],
      satisfaction: [0, 0, 1, 4, 5],
      satisfactionComments: 'Très bonne organisation (avis fictif).',
    })
    .execute();
}
