import { findDepartement } from '@ancrage/tenancy';
import { territoryService } from '@ancrage/territory-domain';
import { schemeContentInput, type Area, type RequiredDocument, type SchemeContent, type SchemeContentInput } from '@ancrage/incentives-domain';
import type { IncentivesDb } from '../incentives-db';
import { publishDraft } from '../schemes/publication';

export interface DemoScheme {
  schemeId: string;
  slug: string;
  version: number;
}

const FICTITIOUS = { fr: 'Dispositif fictif de démonstration.', en: 'Fictitious demonstration scheme.' };
const euros = (amount: number) => amount * 100;

const documents = {
  identity: { key: 'piece-identite', label: { fr: "Pièce d'identité", en: 'Identity document' }, formats: ['pdf', 'image'] },
  bankDetails: { key: 'rib', label: { fr: "Relevé d'identité bancaire", en: 'Bank details' }, formats: ['pdf', 'image'] },
  schooling: { key: 'certificat-scolarite', label: { fr: 'Certificat de scolarité de l’année en cours', en: 'Certificate of enrolment for the current year' }, formats: ['pdf', 'image'] },
  motivation: { key: 'lettre-motivation', label: { fr: 'Lettre de motivation', en: 'Cover letter' }, formats: ['pdf'] },
  internship: { key: 'affectation-stage', label: { fr: "Attestation d'affectation en stage", en: 'Placement certificate' }, formats: ['pdf', 'image'] },
  lease: { key: 'bail', label: { fr: 'Bail ou attestation d’hébergement', en: 'Lease or proof of accommodation' }, formats: ['pdf', 'image'] },
  project: { key: 'projet-installation', label: { fr: "Projet d'installation (lieu, date, mode d'exercice)", en: 'Settlement project (place, date, practice mode)' }, formats: ['pdf'] },
  registration: { key: 'inscription-ordre', label: { fr: "Attestation d'inscription à l'Ordre", en: 'Medical council registration' }, formats: ['pdf', 'image'] },
} satisfies Record<string, Omit<RequiredDocument, 'maxMegabytes' | 'optional'>>;

const described = (fr: string, en: string) => ({ fr: `${FICTITIOUS.fr} ${fr}`, en: `${FICTITIOUS.en} ${en}` });

/** A grant for medicine students from their 4th year and general-medicine internes, against five years of practice. */
function studyGrant(funder: string): SchemeContentInput {
  return {
    name: { fr: "Bourse d'études en médecine (fictive)", en: 'Medical study grant (fictitious)' },
    summary: {
      fr: '600 € par mois de la 4e à la 6e année, 800 € par mois en internat de médecine générale, contre cinq ans d’exercice dans le département.',
      en: '€600 a month from the 4th to the 6th year, €800 a month as a general-medicine interne, against five years of practice in the département.',
    },
    description: described(
      "La bourse est versée chaque année d'études restante jusqu'à la fin de l'internat, dans la limite de 48 000 €. En contrepartie, le bénéficiaire s'engage à exercer cinq ans dans le département ; s'il rompt son engagement, il rembourse au prorata des mois non effectués. Les candidatures sont examinées par une commission.",
      'The grant is paid for each remaining year of study until the end of the internship, up to €48,000. In return, the beneficiary commits to five years of practice in the département; breaking the commitment means repaying pro rata of the months not served. Applications are examined by a committee.',
    ),
    kind: 'study-grant',
    funders: [funder],
    instructingPartner: 'Faculté de médecine partenaire (fictive)',
    audiences: ['student', 'interne'],
    eligibility: {
      op: 'all',
      rules: [
        { op: 'condition', condition: { type: 'profession', in: ['medecin'] } },
        {
          op: 'any',
          rules: [
            {
              op: 'all',
              rules: [
                { op: 'condition', condition: { type: 'status', in: ['student'] } },
                { op: 'condition', condition: { type: 'year-of-study', range: { min: 4, max: 6 } } },
              ],
            },
            {
              op: 'all',
              rules: [
                { op: 'condition', condition: { type: 'status', in: ['interne'] } },
                { op: 'condition', condition: { type: 'specialty', in: ['medecine-generale'] } },
              ],
            },
          ],
        },
        { op: 'condition', condition: { type: 'commitment-years', min: 5 } },
      ],
    },
    amount: {
      mode: 'by-year-of-study',
      byYear: [4, 5, 6].map((year) => ({ year, amountCents: euros(600 * 12) })).concat([7, 8, 9].map((year) => ({ year, amountCents: euros(800 * 12) }))),
      ceilingCents: euros(48_000),
    },
    commitment: { years: 5, area: null, mode: 'any', repayment: 'pro-rata' },
    incompatibleWith: ['national:cesp'],
    yearlyEnvelopeCents: euros(200_000),
    maxBeneficiariesPerYear: 12,
    calendar: { mode: 'yearly', opens: '03-01', closes: '06-30' },
    selection: 'committee',
    requiredDocuments: [documents.identity, documents.schooling, documents.motivation, documents.bankDetails],
    testCases: [
      {
        label: 'Étudiante en 4e année, engagement de 5 ans (plafond atteint)',
        profile: { status: 'student', profession: 'medecin', yearOfStudy: 4, commitmentYearsAccepted: 5 },
        expectEligible: true,
        expectedAmountCents: euros(48_000),
      },
      {
        label: 'Étudiant en 6e année, engagement de 6 ans',
        profile: { status: 'student', profession: 'medecin', yearOfStudy: 6, commitmentYearsAccepted: 6 },
        expectEligible: true,
        expectedAmountCents: euros(7_200 + 3 * 9_600),
      },
      {
        label: 'Interne de médecine générale en 8e année',
        profile: { status: 'interne', profession: 'medecin', specialty: 'medecine-generale', yearOfStudy: 8, commitmentYearsAccepted: 5 },
        expectEligible: true,
        expectedAmountCents: euros(2 * 9_600),
      },
      { label: 'Étudiant en 3e année', profile: { status: 'student', profession: 'medecin', yearOfStudy: 3, commitmentYearsAccepted: 5 }, expectEligible: false },
      {
        label: 'Interne de pédiatrie',
        profile: { status: 'interne', profession: 'medecin', specialty: 'pediatrie', yearOfStudy: 8, commitmentYearsAccepted: 5 },
        expectEligible: false,
      },
      { label: "Étudiante en 5e année qui n'accepte que 3 ans", profile: { status: 'student', profession: 'medecin', yearOfStudy: 5, commitmentYearsAccepted: 3 }, expectEligible: false },
      {
        label: 'Étudiant déjà signataire du CESP',
        profile: { status: 'student', profession: 'medecin', yearOfStudy: 5, commitmentYearsAccepted: 5, receiving: ['national:cesp'] },
        expectEligible: false,
      },
    ],
  };
}

/** A monthly housing aid for internes placed in the département, not combined with the national housing indemnity. */
function housingAid(funder: string): SchemeContentInput {
  return {
    name: { fr: 'Aide au logement des internes (fictive)', en: 'Housing aid for internes (fictitious)' },
    summary: {
      fr: '300 € par mois pendant un stage de six mois dans le département, pour les internes qui ne perçoivent pas l’indemnité nationale de logement.',
      en: '€300 a month for a six-month placement in the département, for internes who do not receive the national housing indemnity.',
    },
    description: described(
      "L'aide est accordée automatiquement dès que le dossier est complet, et versée chaque mois du stage.",
      'The aid is granted automatically once the application is complete, and paid every month of the placement.',
    ),
    kind: 'housing',
    funders: [funder],
    audiences: ['interne'],
    eligibility: {
      op: 'all',
      rules: [
        { op: 'condition', condition: { type: 'status', in: ['interne'] } },
        { op: 'condition', condition: { type: 'profession', in: ['medecin', 'pharmacien', 'chirurgien-dentiste'] } },
      ],
    },
    amount: { mode: 'monthly', amountCents: euros(300), months: 6 },
    incompatibleWith: ['national:interne-housing-indemnity'],
    yearlyEnvelopeCents: euros(54_000),
    calendar: { mode: 'ongoing' },
    selection: 'automatic',
    requiredDocuments: [documents.identity, documents.internship, documents.lease, documents.bankDetails],
    testCases: [
      { label: 'Interne de médecine en stage', profile: { status: 'interne', profession: 'medecin', specialty: 'medecine-generale', yearOfStudy: 7 }, expectEligible: true, expectedAmountCents: euros(1_800) },
      { label: 'Interne en pharmacie', profile: { status: 'interne', profession: 'pharmacien' }, expectEligible: true, expectedAmountCents: euros(1_800) },
      {
        label: "Interne qui perçoit déjà l'indemnité nationale de logement",
        profile: { status: 'interne', profession: 'medecin', receiving: ['national:interne-housing-indemnity'] },
        expectEligible: false,
      },
      { label: 'Étudiant en 5e année', profile: { status: 'student', profession: 'medecin', yearOfStudy: 5 }, expectEligible: false },
    ],
  };
}

/** A one-off installation aid in the priority zone, against five years of practice there. */
function installationAid(funder: string, zone: PriorityZone): SchemeContentInput {
  const settling = { status: 'settling-professional', profession: 'medecin', specialty: 'medecine-generale', practiceMode: 'liberal', commitmentYearsAccepted: 5 } as const;
  return {
    name: { fr: "Aide à l'installation en zone prioritaire (fictive)", en: 'Installation aid in the priority zone (fictitious)' },
    summary: {
      fr: `15 000 € pour s'installer en libéral ou en exercice mixte dans ${zone.label.fr}, contre cinq ans d'exercice sur place.`,
      en: `€15,000 to settle in private or mixed practice in ${zone.label.en}, against five years of practice there.`,
    },
    description: described(
      `L'aide est versée en une fois après signature de la convention. Le médecin s'engage à exercer cinq ans dans ${zone.label.fr} ; en cas de départ anticipé, il rembourse au prorata des mois non effectués. Elle se cumule avec les contrats d'installation nationaux.`,
      `The aid is paid at once after the agreement is signed. The doctor commits to five years of practice in ${zone.label.en}; leaving early means repaying pro rata of the months not served. It can be combined with the national installation contracts.`,
    ),
    kind: 'installation-aid',
    funders: [funder],
    instructingPartner: 'Agence régionale de santé (partenaire fictif)',
    audiences: ['settling-professional'],
    eligibility: {
      op: 'all',
      rules: [
        { op: 'condition', condition: { type: 'status', in: ['settling-professional'] } },
        { op: 'condition', condition: { type: 'profession', in: ['medecin'] } },
        { op: 'condition', condition: { type: 'practice-area', area: zone.area } },
        { op: 'condition', condition: { type: 'practice-mode', in: ['liberal', 'mixed'] } },
        { op: 'condition', condition: { type: 'commitment-years', min: 5 } },
      ],
    },
    amount: { mode: 'one-off', amountCents: euros(15_000) },
    commitment: { years: 5, area: zone.area, mode: 'any', repayment: 'pro-rata' },
    yearlyEnvelopeCents: euros(90_000),
    maxBeneficiariesPerYear: 6,
    calendar: { mode: 'ongoing' },
    selection: 'committee',
    requiredDocuments: [documents.identity, documents.registration, documents.project, documents.bankDetails],
    testCases: [
      { label: `Médecin généraliste s'installant à ${zone.inside.name}`, profile: { ...settling, practiceCommune: zone.inside.code }, expectEligible: true, expectedAmountCents: euros(15_000) },
      { label: `Médecin salarié à ${zone.inside.name}`, profile: { ...settling, practiceCommune: zone.inside.code, practiceMode: 'salaried' }, expectEligible: false },
      { label: 'Médecin sans commune d’installation déclarée', profile: { ...settling }, expectEligible: false },
      ...(zone.outside ? [{ label: `Médecin s'installant hors zone, à ${zone.outside.name}`, profile: { ...settling, practiceCommune: zone.outside.code }, expectEligible: false }] : []),
    ],
  };
}

/** A transport indemnity per six-month placement, a local top-up of the national one. */
function transportIndemnity(funder: string): SchemeContentInput {
  return {
    name: { fr: 'Indemnité de transport des internes en stage (fictive)', en: 'Transport indemnity for internes on placement (fictitious)' },
    summary: {
      fr: '600 € par stage de six mois, en complément de l’indemnité nationale de transport, pour deux stages au plus.',
      en: '€600 per six-month placement, on top of the national transport indemnity, for up to two placements.',
    },
    description: described(
      "Complément local de l'indemnité forfaitaire de transport : il aide les internes en médecine dont le stage les éloigne de leur faculté.",
      'A local top-up of the national transport indemnity for medicine internes whose placement takes them far from their faculty.',
    ),
    kind: 'transport',
    funders: [funder],
    nationalBase: 'interne-transport-indemnity',
    audiences: ['interne'],
    eligibility: {
      op: 'all',
      rules: [
        { op: 'condition', condition: { type: 'status', in: ['interne'] } },
        { op: 'condition', condition: { type: 'profession', in: ['medecin'] } },
      ],
    },
    amount: { mode: 'per-stage-period', amountCents: euros(600), periods: 2 },
    yearlyEnvelopeCents: euros(24_000),
    calendar: { mode: 'ongoing' },
    selection: 'automatic',
    requiredDocuments: [documents.identity, documents.internship, documents.bankDetails],
    testCases: [
      { label: 'Interne de médecine générale', profile: { status: 'interne', profession: 'medecin', specialty: 'medecine-generale' }, expectEligible: true, expectedAmountCents: euros(1_200) },
      { label: 'Docteur junior', profile: { status: 'docteur-junior', profession: 'medecin' }, expectEligible: false },
      { label: 'Interne en pharmacie', profile: { status: 'interne', profession: 'pharmacien' }, expectEligible: false },
    ],
  };
}

interface PriorityZone {
  area: Area;
  label: { fr: string; en: string };
  inside: { code: string; name: string };
  outside: { code: string; name: string } | null;
}

/**
 * The priority zone of the demo: the territory's ZIP perimeter when it has
 * one, otherwise real communes of the département (the first twelve of its
 * EPCI with the most communes). Null when the territory knows no commune.
 */
async function priorityZone(db: IncentivesDb): Promise<PriorityZone | null> {
  const communes = await territoryService(db).communes();
  const service = territoryService(db);
  const zip = (await service.perimeters()).find((perimeter) => perimeter.kind === 'zip');
  const zipCommunes = zip ? await service.communesOfPerimeter(zip.id) : [];
  let zone: Omit<PriorityZone, 'inside' | 'outside'> & { codes: string[] };
  if (zip && zipCommunes.length > 0) {
    zone = { area: { communes: [], epcis: [], perimeterIds: [zip.id] }, codes: zipCommunes, label: { fr: `la zone d'intervention prioritaire « ${zip.name} »`, en: `the priority zone "${zip.name}"` } };
  } else {
    const byEpci = new Map<string, string[]>();
    for (const commune of communes) if (commune.epciCode) byEpci.set(commune.epciCode, [...(byEpci.get(commune.epciCode) ?? []), commune.code]);
    const largest = [...byEpci.values()].sort((a, b) => b.length - a.length)[0] ?? communes.map((commune) => commune.code);
    const codes = [...largest].sort().slice(0, 12);
    zone = { area: { communes: codes, epcis: [], perimeterIds: [] }, codes, label: { fr: 'les communes prioritaires de la démonstration', en: 'the priority communes of the demonstration' } };
  }
  const inZone = new Set(zone.codes);
  const inside = communes.find((commune) => inZone.has(commune.code));
  if (!inside) return null;
  const outside = communes.find((commune) => !inZone.has(commune.code)) ?? null;
  return { area: zone.area, label: zone.label, inside: { code: inside.code, name: inside.name }, outside: outside && { code: outside.code, name: outside.name } };
}

/** The four demo schemes of a département, in the order they are created. */
async function demoContents(db: IncentivesDb, departementCode: string): Promise<{ slug: string; content: SchemeContent }[]> {
  const departement = findDepartement(departementCode)?.name ?? departementCode;
  const funder = `Conseil départemental — ${departement} (démonstration)`;
  const zone = await priorityZone(db);
  const contents: { slug: string; content: SchemeContentInput }[] = [
    { slug: 'bourse-etudes-medecine', content: studyGrant(funder) },
    { slug: 'aide-logement-internes', content: housingAid(funder) },
    ...(zone ? [{ slug: 'aide-installation-zone-prioritaire', content: installationAid(funder, zone) }] : []),
    { slug: 'indemnite-transport-internes', content: transportIndemnity(funder) },
  ];
  return contents.map(({ slug, content }) => ({ slug, content: schemeContentInput.parse(content) }));
}

/**
 * Fictitious schemes for a tenant, each published as version 1 with its
 * places frozen and its test cases passing: a study grant, housing aid for
 * internes, an installation aid in the priority zone and a transport
 * indemnity. Idempotent: a slug that exists already is left as it is (and
 * returned when published), so applications' demo data can use them.
 */
export async function seedDemoSchemes(db: IncentivesDb, tenantId: string, departementCode: string): Promise<DemoScheme[]> {
  const seeded: DemoScheme[] = [];
  for (const { slug, content } of await demoContents(db, departementCode)) {
    const existing = await db.selectFrom('incentivesScheme').select(['id', 'publishedVersion']).where('slug', '=', slug).executeTakeFirst();
    if (existing) {
      if (existing.publishedVersion !== null) seeded.push({ schemeId: existing.id, slug, version: existing.publishedVersion });
      continue;
    }
    const row = await db.insertInto('incentivesScheme').values({ tenantId, slug, draft: JSON.stringify(content) }).returningAll().executeTakeFirstOrThrow();
    const publication = await publishDraft(db, row, null);
    if (publication.outcome !== 'published') {
      const details = publication.outcome === 'refused' ? JSON.stringify({ problems: publication.check.problems, failed: publication.check.testResults.filter((r) => !r.passed) }) : '';
      throw new Error(`The demo scheme ${slug} does not pass its own checks: ${details}`);
    }
    seeded.push({ schemeId: row.id, slug, version: publication.version });
  }
  return seeded;
}
