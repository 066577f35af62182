// Shared set-up of the applications' integration tests: Meuse and Landes with
// every module on, a user per role, candidates without a role, published
// schemes written straight into the tables, uploaded files, and readers of
// what got written.
import { TRPCError } from '@trpc/server';
import { expect } from 'vitest';
import { ZodError } from 'zod';
import { withTenant } from '@ancrage/db';
import { saveFile } from '@ancrage/files';
import { addMonths, schemeContentInput, type ApplicationStatus, type ProfileInput, type SchemeContentInput } from '@ancrage/incentives-domain';
import { fieldErrors, parisDay } from '@ancrage/i18n';
import { ALL_MODULES, createTestPlatform, type TestPlatform } from '@ancrage/registry/testing';
import type { ApplicationsDb } from './applications-db';
import { translatorFor } from './translator';

export type Role = 'admin' | 'officer' | 'partner' | 'viewer';
const ROLES: Role[] = ['admin', 'officer', 'partner', 'viewer'];

export const CONTACT_EMAIL = 'aides@meuse.example.org';
export const VERDUN = '55545';

export async function startPlatform(): Promise<TestPlatform> {
  const platform = await createTestPlatform();
  const tenants = [
    { slug: 'meuse', name: 'Département de la Meuse', departementCode: '55', settings: { contactEmail: CONTACT_EMAIL, commitmentCheckMonths: 12, paymentReminderDays: 7 } },
    { slug: 'landes', name: 'Département des Landes', departementCode: '40', settings: {} },
  ];
  for (const tenant of tenants) {
    await platform.createTenant({ slug: tenant.slug, name: tenant.name, departementCode: tenant.departementCode, modules: { ...ALL_MODULES, incentives: { enabled: true, settings: tenant.settings } } });
    for (const role of ROLES) await platform.createUser({ email: `${role}@${tenant.slug}.test`, tenant: tenant.slug, role });
  }
  return platform;
}

/** The module's procedures as a staff member of `tenant`. */
export async function staffAs(platform: TestPlatform, tenant: string, role: Role, locale?: 'fr' | 'en') {
  return (await platform.caller({ tenant, user: `${role}@${tenant}.test`, locale })).incentives;
}
export type IncentivesCaller = Awaited<ReturnType<typeof staffAs>>;

/** A candidate's account (no role anywhere), created on first use, and its procedures on `tenant`'s portal. */
export async function candidateAs(platform: TestPlatform, tenant: string, email: string) {
  const exists = await platform.database.db.selectFrom('platformUser').select('id').where('email', '=', email).executeTakeFirst();
  if (!exists) await platform.createUser({ email, displayName: email });
  return (await platform.caller({ tenant, user: email })).incentives;
}

export const userId = async (platform: TestPlatform, email: string) => (await platform.database.db.selectFrom('platformUser').select('id').where('email', '=', email).executeTakeFirstOrThrow()).id;

/** Work on the tenant's tables as the application role would (row-level security on). */
export async function inTenant<T>(platform: TestPlatform, tenant: string, work: (db: ApplicationsDb) => Promise<T>): Promise<T> {
  const tenantId = await platform.tenantId(tenant);
  return withTenant(platform.database.db, tenantId, (db) => work(db as unknown as ApplicationsDb));
}

export const today = () => parisDay(new Date());
export const monthsAgo = (months: number) => addMonths(today(), -months);

/**
 * A study grant chosen by a committee: medicine students from their 2nd year,
 * 3 000 € a year for 3 years against 5 years of practice in the département
 * (pro-rata repayment); an identity document and a certificate of studies.
 */
export function grantContent(overrides: Partial<SchemeContentInput> = {}): SchemeContentInput {
  return {
    name: { fr: 'Bourse d’études médicales (test)', en: 'Medical study grant (test)' },
    summary: { fr: 'Bourse contre engagement.', en: 'Grant against commitment.' },
    description: { fr: 'Bourse de test.', en: 'Test grant.' },
    kind: 'study-grant',
    audiences: ['student', 'interne'],
    eligibility: {
      op: 'all',
      rules: [
        { op: 'condition', condition: { type: 'profession', in: ['medecin'] } },
        { op: 'condition', condition: { type: 'year-of-study', range: { min: 2 } } },
      ],
    },
    amount: { mode: 'yearly', amountCents: 300_000, years: 3 },
    commitment: { years: 5, area: null, mode: 'any', repayment: 'pro-rata' },
    selection: 'committee',
    requiredDocuments: [
      { key: 'identity', label: { fr: 'Pièce d’identité', en: 'Identity document' }, formats: ['pdf', 'image'], maxMegabytes: 1, optional: false },
      { key: 'certificate', label: { fr: 'Certificat de scolarité', en: 'Certificate of studies' }, formats: ['pdf'], maxMegabytes: 2, optional: false },
      { key: 'cv', label: { fr: 'Curriculum vitae', en: 'CV' }, formats: ['pdf'], maxMegabytes: 2, optional: true },
    ],
    testCases: [],
    ...overrides,
  };
}

/** An installation aid granted without committee: 10 000 € once to doctors settling in Verdun, no commitment, no document. */
export function installationContent(overrides: Partial<SchemeContentInput> = {}): SchemeContentInput {
  return {
    name: { fr: 'Aide à l’installation (test)', en: 'Installation aid (test)' },
    summary: { fr: 'Pour s’installer à Verdun.', en: 'To settle in Verdun.' },
    description: { fr: 'Aide de test.', en: 'Test aid.' },
    kind: 'installation-aid',
    audiences: ['settling-professional'],
    eligibility: { op: 'all', rules: [{ op: 'condition', condition: { type: 'practice-area', area: { communes: [VERDUN] } } }] },
    amount: { mode: 'one-off', amountCents: 1_000_000 },
    selection: 'automatic',
    testCases: [],
    ...overrides,
  };
}

export const STUDENT: ProfileInput = { status: 'student', profession: 'medecin', yearOfStudy: 4 };
export const SETTLING: ProfileInput = { status: 'settling-professional', profession: 'medecin', practiceCommune: VERDUN };

/** Publishes a scheme straight into the tables (version 1, or the next one), as the publication would freeze it. */
export async function publishScheme(platform: TestPlatform, tenant: string, slug: string, content: SchemeContentInput, status: 'published' | 'archived' = 'published') {
  const parsed = schemeContentInput.parse(content);
  const tenantId = await platform.tenantId(tenant);
  return inTenant(platform, tenant, async (db) => {
    let scheme = await db.selectFrom('incentivesScheme').select(['id', 'publishedVersion']).where('slug', '=', slug).executeTakeFirst();
    scheme ??= await db.insertInto('incentivesScheme').values({ tenantId, slug, draft: JSON.stringify(parsed), publishedVersion: null }).returning(['id', 'publishedVersion']).executeTakeFirstOrThrow();
    const version = (scheme.publishedVersion ?? 0) + 1;
    await db
      .insertInto('incentivesSchemeVersion')
      .values({ tenantId, schemeId: scheme.id, version, content: JSON.stringify(parsed), geo: JSON.stringify({ perimeters: {}, epcis: {} }), publishedBy: null })
      .execute();
    await db.updateTable('incentivesScheme').set({ status, publishedVersion: version, draft: JSON.stringify(parsed), updatedAt: new Date() }).where('id', '=', scheme.id).execute();
    return { schemeId: scheme.id, slug, version };
  });
}

export const PDF_BYTES = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
export const PNG_BYTES = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);

/** A file stored for `email`'s account in the tenant, as the upload route would record it. */
export async function uploadAs(platform: TestPlatform, tenant: string, email: string, file: { name: string; contentType: string; data: Buffer }) {
  const tenantId = await platform.tenantId(tenant);
  const createdBy = await userId(platform, email);
  const saved = await withTenant(platform.database.db, tenantId, (db) => saveFile(db, platform.services.files, { tenantId, ...file, createdBy }));
  return saved.id;
}

export type Candidate = Awaited<ReturnType<typeof candidateAs>>;

/** Starts an application and attaches the scheme's required documents (a PDF each). */
export async function draftApplication(platform: TestPlatform, tenant: string, email: string, slug: string, profile: ProfileInput, documentKeys: string[] = []) {
  const candidate = await candidateAs(platform, tenant, email);
  const [firstName = 'Camille', lastName = 'Exemple'] = email.split('@')[0]?.split('.') ?? [];
  const started = await candidate.startApplication({ slug, profile, contact: { firstName: capitalise(firstName), lastName: capitalise(lastName), email, phone: '06 00 00 00 00' } });
  for (const documentKey of documentKeys) {
    const fileId = await uploadAs(platform, tenant, email, { name: `${documentKey}.pdf`, contentType: 'application/pdf', data: PDF_BYTES });
    await candidate.attachDocument({ id: started.id, documentKey, fileId });
  }
  const { rowVersion } = await candidate.myApplication({ id: started.id });
  return { id: started.id, reference: started.reference, rowVersion, candidate };
}

const capitalise = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

let serial = 0;
/** A fresh candidate address (each test works with its own people). */
export const newCandidate = (prefix = 'camille') => `${prefix}.exemple${(serial += 1)}@example.org`;

/** The steps that lead an application of the grant (committee, commitment) or of the installation aid (automatic) to `target`. */
export async function applicationIn(
  platform: TestPlatform,
  scheme: { slug: string; kind: 'grant' | 'installation' },
  target: ApplicationStatus,
  officer: IncentivesCaller,
): Promise<{ id: string; rowVersion: number; email: string; candidate: Candidate }> {
  const email = newCandidate();
  const grant = scheme.kind === 'grant';
  const draft = await draftApplication(platform, 'meuse', email, scheme.slug, grant ? STUDENT : SETTLING, grant ? ['identity', 'certificate'] : []);
  const { candidate } = draft;
  let rowVersion = draft.rowVersion;
  const move = async (to: ApplicationStatus, on?: string) => {
    rowVersion = (await officer.transitionApplication({ id: draft.id, rowVersion, to, ...(on ? { on } : {}) })).rowVersion;
  };
  const payDue = async () => {
    const detail = await officer.application({ id: draft.id });
    for (const payment of detail.payments.filter((p) => p.status === 'scheduled' && p.dueOn <= today())) {
      rowVersion = (await officer.recordPayment({ paymentId: payment.id, paidOn: payment.dueOn, reference: `VIR-${payment.seq}` })).applicationRowVersion;
    }
  };
  const result = () => ({ id: draft.id, rowVersion, email, candidate });
  if (target === 'draft') return result();
  if (target === 'withdrawn') {
    rowVersion = (await candidate.withdrawMyApplication({ id: draft.id, rowVersion })).rowVersion;
    return result();
  }
  rowVersion = (await candidate.submitMyApplication({ id: draft.id, rowVersion })).rowVersion;
  if (target === 'submitted') return result();
  const steps: [ApplicationStatus, string?][] = [['under-review']];
  if (grant) steps.push(['committee']);
  const decided: ApplicationStatus = target === 'rejected' ? 'rejected' : 'approved';
  steps.push([decided]);
  // The grant: signed 6 years ago, paid yearly (3 payments), commitment of 5 years started 61 months ago (over by now).
  steps.push(['agreement-signed', grant ? monthsAgo(72) : monthsAgo(1)]);
  const order: ApplicationStatus[] = ['submitted', 'under-review', 'committee', 'approved', 'rejected', 'agreement-signed', 'being-paid', 'commitment-running', 'completed', 'commitment-broken', 'repayment', 'repaid'];
  for (const [status, on] of steps) {
    await move(status, on);
    if (status === target) return result();
  }
  await payDue(); // the first payment moves the agreement to "being paid"
  if (target === 'being-paid') return result();
  if (grant) {
    await move('commitment-running', monthsAgo(61));
    if (target === 'commitment-running') return result();
    if (order.indexOf(target) >= order.indexOf('commitment-broken')) {
      await move('commitment-broken', monthsAgo(2));
      if (target === 'commitment-broken') return result();
      await move('repayment');
      if (target === 'repayment') return result();
      await move('repaid');
      return result();
    }
  }
  await move('completed');
  return result();
}

/** Everything a refused action must leave alone: rows of every table of the module, statuses, versions, audit and outbox. */
export function footprint(platform: TestPlatform, tenant: string) {
  return inTenant(platform, tenant, async (db) => {
    const count = async (table: string) => Number((await db.selectFrom(table as 'incentivesApplication').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
    const tables = [
      'incentivesApplication',
      'incentivesApplicationEvent',
      'incentivesApplicationDocument',
      'incentivesChangeRequest',
      'incentivesCommitteeSession',
      'incentivesCommitteeDecision',
      'incentivesPayment',
      'incentivesReminder',
      'platformAudit',
      'platformEmail',
    ];
    const counts: Record<string, unknown> = {};
    for (const table of tables) counts[table] = await count(table);
    counts['applications'] = await db.selectFrom('incentivesApplication').selectAll().orderBy('id').execute();
    counts['payments'] = await db.selectFrom('incentivesPayment').select(['id', 'status', 'paidOn']).orderBy('id').execute();
    counts['changeRequests'] = await db.selectFrom('incentivesChangeRequest').select(['id', 'status']).orderBy('id').execute();
    return counts;
  });
}

/** A refusal the user reads in French and English: its code, and a message key translated in both. */
export async function expectRefusal(promise: Promise<unknown>, code: TRPCError['code'], key: string): Promise<TRPCError> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error, `expected ${key}`).toBeInstanceOf(TRPCError);
  expect((error as TRPCError).code).toBe(code);
  expect((error as TRPCError).message).toBe(key);
  for (const locale of ['fr', 'en']) expect(translatorFor(locale).t(key), `${locale}: ${key}`).not.toBe(key.replace(/^[\w-]+:/, ''));
  return error as TRPCError;
}

/** The parameters a refusal's message is written with. */
export const refusalParams = (error: TRPCError) => (error.cause as unknown as { params: Record<string, unknown> }).params;

/** A refusal's message as the user reads it. */
export const refusalText = (error: TRPCError, locale: 'fr' | 'en' = 'fr') => String(translatorFor(locale).t(error.message, refusalParams(error) as never));

/** An input refused field by field, as the form shows it: the fields named, each message translated in French and English. */
export async function expectInvalidInput(promise: Promise<unknown>, fields: string[]) {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(TRPCError);
  expect((error as TRPCError).code).toBe('BAD_REQUEST');
  const cause = (error as TRPCError).cause;
  expect(cause).toBeInstanceOf(ZodError);
  for (const locale of ['fr', 'en']) {
    const messages = fieldErrors((cause as ZodError).issues, translatorFor(locale).t);
    expect(Object.keys(messages).sort()).toEqual([...fields].sort());
    for (const message of Object.values(messages).flat()) expect(message, `${locale}: ${message}`).not.toMatch(/^[\w-]+:[\w.]+$/);
  }
}
