import { addDays, mondayOf, parisDay, parisToDate, semesterOf } from '@ancrage/centre-governance-domain';
import type { GovernanceDb } from '../cg-db';
import { seedActivity } from './demo-activity';
import { seedFinance } from './demo-finance';
import { seedGip, seedMeeting } from './demo-gip';
import { DEMO_PLACES, GENERIC_PLACES } from './demo-places';
import { seedStaff } from './demo-staff';

const WEEKDAYS = [1, 2, 3, 4, 5];
const hours = (ranges: [string, string][], days = WEEKDAYS) => days.flatMap((weekday) => ranges.map(([opens, closes]) => ({ weekday, opens, closes })));

/**
 * A salaried-doctor health centre in preparation with its GIP: members,
 * general assembly and board, three meetings (two held with their votes, one
 * convened), docteurs juniors and other professionals, a year of monthly
 * activity and the year's contributions. Fictitious, every name says so;
 * dates are relative to `now`. Idempotent: nothing happens once the tenant has a GIP.
 */
export async function seedDemoCentre(db: GovernanceDb, tenantId: string, departementCode: string, now = new Date()) {
  if (await db.selectFrom('centreGovernanceGip').select('id').limit(1).executeTakeFirst()) return;
  const places = DEMO_PLACES[departementCode] ?? GENERIC_PLACES;
  const today = parisDay(now);
  const constitutive = addDays(today, -120);
  const { gipId, memberId, bodies } = await seedGip(db, tenantId, places, { constitutive });
  const [assembly, board] = bodies;
  if (!assembly || !board) return;

  const centre = await db
    .insertInto('centreGovernanceCentre')
    .values({
      tenantId,
      gipId,
      name: places.centre,
      description: "Centre de santé pluriprofessionnel en préfiguration (démonstration) : médecins généralistes salariés du GIP, accueil de docteurs juniors, antenne déjà ouverte en consultations avancées. Données fictives.",
      status: 'preparation',
      plannedOpeningOn: addDays(today, 150),
      openedOn: null,
      closedOn: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  if (places.servedCommunes.length > 0) {
    await db.insertInto('centreGovernanceCentreCommune').values(places.servedCommunes.map((commune) => ({ tenantId, centreId: centre.id, communeCode: commune.code, communeName: commune.name }))).execute();
  }
  const [main, antenna] = await db
    .insertInto('centreGovernanceSite')
    .values([
      {
        tenantId,
        centreId: centre.id,
        name: `Site principal — ${places.mainCommune.name} (fictif)`,
        kind: 'main',
        address: '12 rue de la Santé (adresse fictive)',
        communeCode: places.mainCommune.code,
        communeName: places.mainCommune.name,
        openingHours: JSON.stringify(hours([['08:00', '12:30'], ['13:30', '19:00']]).concat(hours([['09:00', '12:00']], [6]))),
      },
      {
        tenantId,
        centreId: centre.id,
        name: `Antenne de ${places.antennaCommune.name} (fictive)`,
        kind: 'antenna',
        address: '3 place de la Mairie (adresse fictive)',
        communeCode: places.antennaCommune.code,
        communeName: places.antennaCommune.name,
        openingHours: JSON.stringify(hours([['08:30', '12:30'], ['14:00', '18:00']], [1, 2, 4])),
      },
    ])
    .returning(['id', 'name'])
    .execute();
  if (!main || !antenna) return;
  const rooms = await db
    .insertInto('centreGovernanceRoom')
    .values([
      { tenantId, siteId: main.id, name: 'Cabinet 1', kind: 'consultation' },
      { tenantId, siteId: main.id, name: 'Cabinet 2', kind: 'consultation' },
      { tenantId, siteId: main.id, name: 'Salle de soins', kind: 'care' },
      { tenantId, siteId: antenna.id, name: 'Cabinet de l’antenne', kind: 'consultation' },
    ])
    .returning(['id'])
    .execute();

  const counters = new Map<number, number>();
  const assemblyDay = addDays(constitutive, 14);
  const boardDay = addDays(today, -30);
  const nextBoardDay = addDays(today, 10);
  await seedMeeting(
    db,
    tenantId,
    memberId,
    {
      body: assembly,
      title: 'Séance constitutive (fictive)',
      startsAt: parisToDate(`${assemblyDay}T14:00`).toISOString(),
      place: `Hôtel du Département, salle des commissions — ${places.mainCommune.name} (lieu fictif)`,
      status: 'held',
      chairKey: 'departement',
      attendance: {
        departement: { status: 'present' },
        region: { status: 'present' },
        commune: { status: 'present' },
        commune2: { status: 'represented', holder: 'commune' },
        epci: { status: 'present' },
        hospital: { status: 'present' },
        users: { status: 'excused' },
      },
      deliberations: [
        { title: 'Élection du président et du vice-président du groupement', kind: 'ordinary', text: "L'assemblée générale élit le représentant du Département président du groupement et le représentant de la Région vice-président.", ballots: { departement: [40, 0, 0], region: [20, 0, 0], commune: [10, 0, 0], commune2: [5, 0, 0], epci: [10, 0, 0], hospital: [0, 0, 10] } },
        { title: `Budget primitif ${assemblyDay.slice(0, 4)} du groupement`, kind: 'budget', text: 'Le budget primitif est adopté à hauteur de 850 000 € en fonctionnement, réparti entre les membres selon la convention constitutive.', ballots: { departement: [40, 0, 0], region: [20, 0, 0], commune: [10, 0, 0], commune2: [5, 0, 0], epci: [0, 10, 0], hospital: [10, 0, 0] } },
        { title: "Avenant n° 1 à la convention constitutive : ouverture d'une antenne", kind: 'convention-amendment', text: "L'assemblée générale approuve l'avenant n° 1 qui ajoute l'antenne aux lieux d'exercice du centre de santé.", ballots: { departement: [40, 0, 0], region: [20, 0, 0], commune: [10, 0, 0], commune2: [5, 0, 0], epci: [10, 0, 0], hospital: [10, 0, 0] } },
      ],
    },
    counters,
  );
  await seedMeeting(
    db,
    tenantId,
    memberId,
    {
      body: board,
      title: 'Organisation du centre (séance fictive)',
      startsAt: parisToDate(`${boardDay}T10:00`).toISOString(),
      place: `Mairie de ${places.mainCommune.name}, salle du conseil (lieu fictif)`,
      status: 'held',
      chairKey: 'departement',
      attendance: {
        departement: { status: 'present' },
        region: { status: 'represented', holder: 'departement' },
        commune: { status: 'present' },
        epci: { status: 'present' },
        hospital: { status: 'absent' },
        users: { status: 'present' },
      },
      deliberations: [
        { title: 'Recrutement de deux médecins généralistes salariés', kind: 'staff', text: 'Le conseil autorise le directeur à recruter deux médecins généralistes à temps plein, rémunérés selon la grille du groupement.', ballots: { departement: [3, 0, 0], region: [2, 0, 0], commune: [1, 0, 0], epci: [1, 0, 0], users: [1, 0, 0] } },
        // A tie settled by the chair's casting vote.
        { title: "Horaires d'ouverture du samedi matin", kind: 'ordinary', text: "Le conseil décide d'ouvrir le site principal le samedi de 9 h à 12 h.", ballots: { departement: [3, 0, 0], region: [0, 2, 0], commune: [0, 1, 0], epci: [1, 0, 0], users: [0, 1, 0] } },
      ],
    },
    counters,
  );
  await seedMeeting(
    db,
    tenantId,
    memberId,
    {
      body: board,
      title: 'Accueil des docteurs juniors (séance fictive)',
      startsAt: parisToDate(`${nextBoardDay}T10:00`).toISOString(),
      place: `Mairie de ${places.mainCommune.name}, salle du conseil (lieu fictif)`,
      status: 'convened',
      chairKey: 'departement',
      attendance: {},
      deliberations: [
        { title: "Convention d'accueil des docteurs juniors avec la faculté de médecine", kind: 'ordinary', text: 'Le conseil approuve la convention type d’accueil des docteurs juniors de médecine générale et autorise le président à la signer.' },
        { title: "Tarifs de mise à disposition des cabinets de l'antenne", kind: 'budget', text: 'Le conseil fixe la redevance de mise à disposition d’un cabinet à 15 € la demi-journée.' },
      ],
    },
    counters,
  );
  if (counters.size > 0) {
    await db.insertInto('centreGovernanceRegisterCounter').values([...counters].map(([year, lastSequence]) => ({ tenantId, gipId, year, lastSequence }))).execute();
  }
  const amendment = await db
    .selectFrom('centreGovernanceDeliberation')
    .select('id')
    .where('decisionKind', '=', 'convention-amendment')
    .where('status', '=', 'adopted')
    .executeTakeFirst();
  await db
    .insertInto('centreGovernanceConventionVersion')
    .values([
      { tenantId, gipId, kind: 'original', number: 0, title: 'Convention constitutive du groupement (fictive)', summary: 'Objet, membres, droits statutaires et contributions, instances, règles de majorité.', signedOn: addDays(constitutive, -30), approvedOn: constitutive, publishedOn: addDays(constitutive, 7), deliberationId: null, fileId: null },
      { tenantId, gipId, kind: 'amendment', number: 1, title: "Avenant n° 1 : ouverture d'une antenne (fictif)", summary: "Ajoute l'antenne aux lieux d'exercice.", signedOn: addDays(assemblyDay, 5), approvedOn: addDays(assemblyDay, 40), publishedOn: null, deliberationId: amendment?.id ?? null, fileId: null },
    ])
    .execute();

  await seedStaff(db, tenantId, centre.id, {
    rooms: rooms.map((room) => room.id),
    monday: mondayOf(today),
    semester: semesterOf(today),
  });
  await seedActivity(db, tenantId, [main.id, antenna.id], today);
  await seedFinance(db, tenantId, { gipId, centreId: centre.id, memberId, year: Number(today.slice(0, 4)), today });
}
