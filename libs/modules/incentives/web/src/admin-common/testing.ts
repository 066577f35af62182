import { TRPCClientError } from '@trpc/client';
import { incentivesModule, type SchemeContent } from '@ancrage/incentives-domain';

export { plain } from '@ancrage/ui/testing';

const qualified = (permissions: readonly string[]) => permissions.map((permission) => `${incentivesModule.id}:${permission}`);

/** Everything the back-office may do (an admin of the tenant). */
export const ADMIN = qualified(['scheme.read', 'scheme.manage', 'application.read', 'application.manage', 'payment.manage', 'budget.read', 'budget.override']);
/** An officer: instructs files and records payments, neither configures schemes nor overrides budgets. */
export const OFFICER = qualified(['scheme.read', 'application.read', 'application.manage', 'payment.manage', 'budget.read']);
/** A partner or viewer: reads schemes and the budget. */
export const READER = qualified(['scheme.read', 'budget.read']);

/** The signed-in user of the back-office, as `auth.me` answers it. */
export const staff = (permissions: readonly string[]) => ({
  userId: '00000000-0000-4000-8000-000000000002',
  email: 'agent@meuse.demo.ancrage.fr',
  displayName: 'Camille (fictif)',
  isPlatformAdmin: false,
  role: 'admin',
  permissions: [...permissions],
});

/** A refusal as the API sends it, with its message key (the page reacts to some keys). */
export function refusal(message: string, code: string, i18nKey: string) {
  return new TRPCClientError(message, { result: { error: { message, code: -32600, data: { code, httpStatus: code === 'CONFLICT' ? 409 : 400, i18nKey, fieldErrors: null } } } as never });
}

export const SCHEME_ID = '11111111-1111-4111-8111-111111111111';
export const OTHER_SCHEME_ID = '22222222-2222-4222-8222-222222222222';

/** A fictitious installation aid: 10 000 € once, for doctors settling. */
export function schemeContent(overrides: Partial<SchemeContent> = {}): SchemeContent {
  return {
    name: { fr: "Aide à l'installation (fictive)", en: '' },
    summary: { fr: '', en: '' },
    description: { fr: '', en: '' },
    kind: 'installation-aid',
    funders: [],
    instructingPartner: '',
    nationalBase: null,
    audiences: ['settling-professional'],
    eligibility: { op: 'all', rules: [{ op: 'condition', condition: { type: 'profession', in: ['medecin'] } }] },
    amount: { mode: 'one-off', amountCents: 1_000_000 },
    commitment: null,
    incompatibleWith: [],
    yearlyEnvelopeCents: null,
    maxBeneficiariesPerYear: null,
    calendar: { mode: 'ongoing' },
    selection: 'committee',
    requiredDocuments: [],
    testCases: [],
    ...overrides,
  };
}

/** The communes, EPCIs and perimeters the pickers offer (fictitious subset of the Meuse). */
export const territoryChoices = {
  communes: [
    { code: '55545', name: 'Verdun', epciCode: '200066025' },
    { code: '55029', name: 'Bar-le-Duc', epciCode: '200067510' },
  ],
  epcis: [
    { code: '200066025', name: 'CA du Grand Verdun' },
    { code: '200067510', name: 'CA Bar-le-Duc Sud Meuse' },
  ],
  perimeters: [{ id: '33333333-3333-4333-8333-333333333333', name: 'ZIP 2024 (fictive)', kind: 'zip' }],
};

/** A scheme as `incentives.scheme` answers it. */
export function schemeView(content: SchemeContent = schemeContent(), overrides: Record<string, unknown> = {}) {
  const created = new Date('2026-11-01T09:00:00Z');
  return {
    id: SCHEME_ID,
    slug: 'aide-installation',
    status: 'draft' as const,
    rowVersion: 4,
    createdAt: created,
    updatedAt: created,
    draft: content,
    publishedVersion: null as number | null,
    hasUnpublishedChanges: true,
    versions: [] as { version: number; publishedAt: Date }[],
    geo: { perimeters: {}, epcis: {}, knownCommunes: ['55545', '55029'] },
    problems: [],
    testResults: [],
    ...overrides,
  };
}

/** A line of `incentives.schemes`. */
export function schemeRow(overrides: Record<string, unknown> = {}) {
  return {
    id: SCHEME_ID,
    slug: 'aide-installation',
    status: 'published',
    name: { fr: "Aide à l'installation (fictive)", en: '' },
    kind: 'installation-aid',
    publishedVersion: 2,
    hasUnpublishedChanges: false,
    rowVersion: 4,
    updatedAt: new Date('2026-11-02T10:30:00Z'),
    applicationCount: 0,
    ...overrides,
  };
}
