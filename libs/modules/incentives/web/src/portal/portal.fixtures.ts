// Fictitious answers of the incentives portal API, shaped as the procedures return them
// (verdicts computed by the real rules engine).
import { evaluateScheme, schemeContentInput, type Profile, type SchemeContentInput, type SchemeReference } from '@ancrage/incentives-domain';

export const STUDY_GRANT_ID = '7a1c2a9e-0000-4000-8000-000000000001';
export const HOUSING_ID = '7a1c2a9e-0000-4000-8000-000000000002';
export const APPLICATION_ID = '7a1c2a9e-0000-4000-8000-0000000000a1';

const studyGrantInput: SchemeContentInput = {
  name: { fr: "Bourse d'études contre engagement (fictive)", en: 'Study grant against a commitment (fictitious)' },
  summary: { fr: "600 € par mois pour les internes en médecine générale qui s'engagent à exercer 5 ans.", en: '' },
  description: { fr: "Une bourse mensuelle pendant l'internat.\nEn contrepartie, cinq ans d'exercice dans le département.", en: '' },
  kind: 'study-grant',
  funders: ['Département (fictif)'],
  instructingPartner: 'Service santé (fictif)',
  audiences: ['interne', 'docteur-junior'],
  eligibility: {
    op: 'all',
    rules: [
      { op: 'condition', condition: { type: 'profession', in: ['medecin'] } },
      { op: 'condition', condition: { type: 'specialty', in: ['medecine-generale'] } },
      { op: 'condition', condition: { type: 'commitment-years', min: 5 } },
    ],
  },
  amount: { mode: 'monthly', amountCents: 60_000, months: 12 },
  commitment: { years: 5, area: null, mode: 'liberal', repayment: 'pro-rata' },
  incompatibleWith: ['national:cesp'],
  calendar: { mode: 'window', opensOn: '2020-01-01', closesOn: '2099-06-30' },
  requiredDocuments: [
    { key: 'certificat', label: { fr: 'Certificat de scolarité', en: 'Certificate of enrolment' }, formats: ['pdf'], maxMegabytes: 2 },
    { key: 'rib', label: { fr: "Relevé d'identité bancaire", en: 'Bank details' }, formats: ['pdf', 'image'], maxMegabytes: 5 },
  ],
};

const housingInput: SchemeContentInput = {
  name: { fr: 'Hébergement des internes (fictif)', en: '' },
  summary: { fr: 'Un logement pendant les stages en zone rurale.', en: '' },
  description: { fr: '', en: '' },
  kind: 'housing',
  audiences: ['interne'],
  eligibility: { op: 'condition', condition: { type: 'practice-area', area: { communes: ['55545'], epcis: [], perimeterIds: [] } } },
  amount: { mode: 'per-stage-period', amountCents: 150_000, periods: 2 },
  calendar: { mode: 'ongoing' },
};

export const studyGrant = schemeContentInput.parse(studyGrantInput);
export const housing = schemeContentInput.parse(housingInput);
const geo = { perimeters: {}, epcis: {} };

const summaryOf = (reference: SchemeReference, slug: string, content: typeof studyGrant) => ({
  reference,
  slug,
  version: 1,
  name: content.name,
  summary: content.summary,
  kind: content.kind,
  nationalBase: content.nationalBase,
  audiences: content.audiences,
  amount: content.amount,
  commitment: content.commitment,
  calendar: content.calendar,
  open: true,
  nextDeadline: content.calendar.mode === 'window' ? content.calendar.closesOn : null,
});

const grantSummary = summaryOf(`local:${STUDY_GRANT_ID}`, 'bourse-internes', studyGrant);
const housingSummary = summaryOf(`local:${HOUSING_ID}`, 'hebergement-internes', housing);
export const portalSchemes = [grantSummary, housingSummary];

export const portalScheme = {
  ...grantSummary,
  description: studyGrant.description,
  funders: studyGrant.funders,
  instructingPartner: studyGrant.instructingPartner,
  eligibility: studyGrant.eligibility,
  incompatibleWith: studyGrant.incompatibleWith,
  selection: studyGrant.selection,
  requiredDocuments: studyGrant.requiredDocuments,
  geo,
  places: { communes: {}, epcis: {}, perimeters: {} },
  relatedSchemes: [],
};

/** `simulate`'s answer for a profile: every scheme evaluated, eligible first. */
export function simulation(profile: Profile) {
  const results = [
    { ...grantSummary, verdict: evaluateScheme(studyGrant, profile, geo, { schemeRef: `local:${STUDY_GRANT_ID}` }) },
    { ...housingSummary, verdict: evaluateScheme(housing, profile, geo, { schemeRef: `local:${HOUSING_ID}` }) },
  ].sort((a, b) => Number(b.verdict.eligible) - Number(a.verdict.eligible));
  return { results, places: { communes: { '55545': 'Verdun' }, epcis: {}, perimeters: {} } };
}

export const me = { userId: '7a1c2a9e-0000-4000-8000-0000000000f1', email: 'lou@example.org', displayName: 'Lou Exemple', isPlatformAdmin: false, role: null, permissions: [] };

const draftProfile: Profile = { status: 'interne', profession: 'medecin', specialty: 'pediatrie', yearOfStudy: 8, commitmentYearsAccepted: 5, receiving: [] };

/** `myApplication`'s answer: a draft with one document of two, not eligible (wrong specialty). */
export function myApplication(overrides: Record<string, unknown> = {}) {
  const verdict = evaluateScheme(studyGrant, draftProfile, geo, { schemeRef: `local:${STUDY_GRANT_ID}` });
  return {
    id: APPLICATION_ID,
    reference: 'AID-2027-0001',
    status: 'draft' as const,
    rowVersion: 3,
    scheme: {
      id: STUDY_GRANT_ID,
      slug: 'bourse-internes',
      version: 1,
      name: studyGrant.name,
      summary: studyGrant.summary,
      kind: studyGrant.kind,
      selection: studyGrant.selection,
      commitment: studyGrant.commitment,
      calendar: studyGrant.calendar,
      open: true,
      requiredDocuments: studyGrant.requiredDocuments,
    },
    contact: { firstName: 'Lou', lastName: 'Exemple', email: 'lou@example.org', phone: '', birthDate: null },
    profile: draftProfile,
    verdict,
    amountCents: 0,
    submittedAt: null,
    decidedAt: null,
    agreementSignedOn: null,
    commitment: { startsOn: null, endsOn: null, brokenOn: null, repaymentCents: null, repaidOn: null },
    documents: [
      {
        id: '7a1c2a9e-0000-4000-8000-0000000000d1',
        documentKey: 'rib',
        fileName: 'rib.pdf',
        contentType: 'application/pdf',
        sizeBytes: 1_258_291,
        uploadedAt: new Date('2027-03-02T09:00:00Z'),
      },
    ],
    missingDocuments: ['certificat'],
    history: [{ fromStatus: null, toStatus: 'draft', at: new Date('2027-03-01T09:00:00Z') }],
    payments: [],
    changeRequests: [],
    canEdit: true,
    canWithdraw: true,
    canRequestChange: false,
    ...overrides,
  };
}
