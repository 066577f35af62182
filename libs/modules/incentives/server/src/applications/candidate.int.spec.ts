import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestPlatform } from '@ancrage/registry/testing';
import {
  applicationIn,
  candidateAs,
  draftApplication,
  expectInvalidInput,
  expectRefusal,
  footprint,
  grantContent,
  inTenant,
  installationContent,
  newCandidate,
  PDF_BYTES,
  PNG_BYTES,
  publishScheme,
  refusalText,
  SETTLING,
  staffAs,
  startPlatform,
  STUDENT,
  today,
  uploadAs,
  type IncentivesCaller,
} from './applications.int-helpers';

let platform: TestPlatform;
let officer: IncentivesCaller;
const GRANT = { slug: 'bourse-candidats', kind: 'grant' as const };
const INSTALLATION = { slug: 'installation-candidats', kind: 'installation' as const };
const contactOf = (email: string) => ({ firstName: 'Camille', lastName: 'Exemple', email, phone: '06 00 00 00 00' });

beforeAll(async () => {
  platform = await startPlatform();
  officer = await staffAs(platform, 'meuse', 'officer');
  await publishScheme(platform, 'meuse', GRANT.slug, grantContent({ incompatibleWith: ['national:cesp'] }));
  await publishScheme(platform, 'meuse', INSTALLATION.slug, installationContent());
}, 60_000);
afterAll(() => platform?.close());

describe('starting an application', () => {
  it('numbers applications per tenant and year without duplicates, even when started at once', async () => {
    const year = today().slice(0, 4);
    const people = Array.from({ length: 5 }, () => newCandidate('dominique'));
    const candidates = await Promise.all(people.map((email) => candidateAs(platform, 'meuse', email)));
    const started = await Promise.all(candidates.map((candidate, n) => candidate.startApplication({ slug: INSTALLATION.slug, profile: SETTLING, contact: contactOf(people[n]!) })));
    const references = started.map((application) => application.reference);
    expect(new Set(references).size).toBe(5);
    for (const reference of references) expect(reference).toMatch(new RegExp(`^AID-${year}-\\d{4}$`));
    const numbers = references.map((reference) => Number(reference.slice(-4))).sort((a, b) => a - b);
    expect(numbers.at(-1)! - numbers[0]!).toBe(4);
  });

  it('freezes the scheme version the candidate applied under', async () => {
    await publishScheme(platform, 'meuse', 'aide-versionnee', installationContent());
    const first = await draftApplication(platform, 'meuse', newCandidate(), 'aide-versionnee', SETTLING);
    await publishScheme(platform, 'meuse', 'aide-versionnee', installationContent({ amount: { mode: 'one-off', amountCents: 2_000_000 } }));
    const second = await draftApplication(platform, 'meuse', newCandidate(), 'aide-versionnee', SETTLING);
    expect((await first.candidate.myApplication({ id: first.id })).scheme.version).toBe(1);
    const later = await second.candidate.myApplication({ id: second.id });
    expect(later.scheme.version).toBe(2);
    expect(later.verdict.amount?.totalCents).toBe(2_000_000);
    expect((await first.candidate.myApplication({ id: first.id })).verdict.amount?.totalCents).toBe(1_000_000);
  });

  it('refuses a second ongoing application to the same scheme, an unknown scheme and a closed one', async () => {
    const email = newCandidate();
    const first = await draftApplication(platform, 'meuse', email, INSTALLATION.slug, SETTLING);
    const before = await footprint(platform, 'meuse');
    const error = await expectRefusal(first.candidate.startApplication({ slug: INSTALLATION.slug, profile: SETTLING, contact: contactOf(email) }), 'CONFLICT', 'incentives:errors.applicationAlreadyStarted');
    expect(refusalText(error)).toContain(first.reference);
    await expectRefusal(first.candidate.startApplication({ slug: 'inconnu', profile: SETTLING, contact: contactOf(email) }), 'NOT_FOUND', 'incentives:errors.applicationSchemeUnknown');
    await publishScheme(platform, 'meuse', 'aide-archivee', installationContent(), 'archived');
    await expectRefusal(first.candidate.startApplication({ slug: 'aide-archivee', profile: SETTLING, contact: contactOf(email) }), 'NOT_FOUND', 'incentives:errors.applicationSchemeUnknown');
    await publishScheme(platform, 'meuse', 'aide-fermee', installationContent({ calendar: { mode: 'window', opensOn: '2020-01-01', closesOn: '2020-06-30' } }));
    await expectRefusal(first.candidate.startApplication({ slug: 'aide-fermee', profile: SETTLING, contact: contactOf(email) }), 'BAD_REQUEST', 'incentives:errors.applicationClosed');
    expect(await footprint(platform, 'meuse')).toEqual(before);
  });

  it('refuses invalid answers field by field, writing nothing', async () => {
    const candidate = await candidateAs(platform, 'meuse', newCandidate());
    const before = await footprint(platform, 'meuse');
    await expectInvalidInput(
      candidate.startApplication({ slug: INSTALLATION.slug, profile: { ...SETTLING, practiceCommune: '5554' }, contact: { ...contactOf('pas-une-adresse'), firstName: ' ', birthDate: '1990-13-01' } }),
      ['profile.practiceCommune', 'contact.email', 'contact.firstName', 'contact.birthDate'],
    );
    expect(await footprint(platform, 'meuse')).toEqual(before);
  });

  it('needs an account', async () => {
    const visitor = (await platform.caller({ tenant: 'meuse' })).incentives;
    await expectRefusal(visitor.myApplications(), 'UNAUTHORIZED', 'errors:unauthorized');
    await expectRefusal(visitor.startApplication({ slug: INSTALLATION.slug, profile: SETTLING, contact: contactOf('x@example.org') }), 'UNAUTHORIZED', 'errors:unauthorized');
  });
});

describe('editing a draft', () => {
  it('saves the draft with optimistic versioning', async () => {
    const draft = await draftApplication(platform, 'meuse', newCandidate(), GRANT.slug, STUDENT);
    const saved = await draft.candidate.updateMyApplication({ id: draft.id, rowVersion: draft.rowVersion, profile: { ...STUDENT, yearOfStudy: 5 }, contact: { ...contactOf('nouvelle@example.org'), birthDate: '2001-04-02' } });
    expect(saved.rowVersion).toBe(draft.rowVersion + 1);
    const mine = await draft.candidate.myApplication({ id: draft.id });
    expect(mine).toMatchObject({ profile: { yearOfStudy: 5 }, contact: { email: 'nouvelle@example.org', birthDate: '2001-04-02' }, canEdit: true });
    await expectRefusal(draft.candidate.updateMyApplication({ id: draft.id, rowVersion: draft.rowVersion, profile: STUDENT, contact: contactOf('x@example.org') }), 'CONFLICT', 'incentives:errors.staleVersion');
  });

  it('cannot be edited once submitted: the candidate is told to request a change', async () => {
    const submitted = await applicationIn(platform, GRANT, 'submitted', officer);
    const before = await footprint(platform, 'meuse');
    const error = await expectRefusal(
      submitted.candidate.updateMyApplication({ id: submitted.id, rowVersion: submitted.rowVersion, profile: STUDENT, contact: contactOf(submitted.email) }),
      'BAD_REQUEST',
      'incentives:errors.applicationFrozen',
    );
    expect(refusalText(error)).toContain('demande de modification');
    const fileId = await uploadAs(platform, 'meuse', submitted.email, { name: 'cv.pdf', contentType: 'application/pdf', data: PDF_BYTES });
    const mid = await footprint(platform, 'meuse');
    await expectRefusal(submitted.candidate.attachDocument({ id: submitted.id, documentKey: 'cv', fileId }), 'BAD_REQUEST', 'incentives:errors.applicationFrozen');
    const [document] = (await submitted.candidate.myApplication({ id: submitted.id })).documents;
    await expectRefusal(submitted.candidate.removeDocument({ id: submitted.id, documentId: document!.id }), 'BAD_REQUEST', 'incentives:errors.applicationFrozen');
    expect(await footprint(platform, 'meuse')).toEqual(mid);
    expect(before.incentivesApplication).toBe(mid.incentivesApplication);
  });
});

describe('documents', () => {
  it('checks the document asked for, whose file it is, its content and its size', async () => {
    const email = newCandidate();
    const draft = await draftApplication(platform, 'meuse', email, GRANT.slug, STUDENT);
    const other = newCandidate('intrus');
    await candidateAs(platform, 'meuse', other);
    const pdf = await uploadAs(platform, 'meuse', email, { name: 'certificat.pdf', contentType: 'application/pdf', data: PDF_BYTES });
    const png = await uploadAs(platform, 'meuse', email, { name: 'identite.png', contentType: 'image/png', data: PNG_BYTES });
    const disguised = await uploadAs(platform, 'meuse', email, { name: 'certificat.pdf', contentType: 'application/pdf', data: Buffer.from('Ceci est du texte, pas un PDF.') });
    const huge = await uploadAs(platform, 'meuse', email, { name: 'identite.pdf', contentType: 'application/pdf', data: Buffer.concat([PDF_BYTES, Buffer.alloc(1024 * 1024)]) });
    const someoneElses = await uploadAs(platform, 'meuse', other, { name: 'autre.pdf', contentType: 'application/pdf', data: PDF_BYTES });
    const before = await footprint(platform, 'meuse');

    await expectRefusal(draft.candidate.attachDocument({ id: draft.id, documentKey: 'passport', fileId: pdf }), 'BAD_REQUEST', 'incentives:errors.applicationDocumentUnknown');
    await expectRefusal(draft.candidate.attachDocument({ id: draft.id, documentKey: 'identity', fileId: someoneElses }), 'NOT_FOUND', 'incentives:errors.applicationFileMissing');
    const format = await expectRefusal(draft.candidate.attachDocument({ id: draft.id, documentKey: 'certificate', fileId: disguised }), 'BAD_REQUEST', 'incentives:errors.applicationDocumentFormat');
    expect(refusalText(format)).toContain('PDF');
    await expectRefusal(draft.candidate.attachDocument({ id: draft.id, documentKey: 'certificate', fileId: png }), 'BAD_REQUEST', 'incentives:errors.applicationDocumentFormat');
    const size = await expectRefusal(draft.candidate.attachDocument({ id: draft.id, documentKey: 'identity', fileId: huge }), 'BAD_REQUEST', 'incentives:errors.applicationDocumentTooLarge');
    expect(refusalText(size)).toContain('1 Mo');
    expect(await footprint(platform, 'meuse')).toEqual(before);

    await draft.candidate.attachDocument({ id: draft.id, documentKey: 'identity', fileId: png });
    await draft.candidate.attachDocument({ id: draft.id, documentKey: 'identity', fileId: pdf });
    const mine = await draft.candidate.myApplication({ id: draft.id });
    expect(mine.documents).toEqual([expect.objectContaining({ documentKey: 'identity', fileName: 'certificat.pdf', contentType: 'application/pdf', sizeBytes: PDF_BYTES.length })]);
    expect(mine.missingDocuments).toEqual(['certificate']);
    await draft.candidate.removeDocument({ id: draft.id, documentId: mine.documents[0]!.id });
    expect((await draft.candidate.myApplication({ id: draft.id })).missingDocuments).toEqual(['identity', 'certificate']);
  });

  it('never takes a file of another tenant', async () => {
    const email = newCandidate();
    const draft = await draftApplication(platform, 'meuse', email, GRANT.slug, STUDENT);
    const landesFile = await uploadAs(platform, 'landes', email, { name: 'identite.pdf', contentType: 'application/pdf', data: PDF_BYTES });
    await expectRefusal(draft.candidate.attachDocument({ id: draft.id, documentKey: 'identity', fileId: landesFile }), 'NOT_FOUND', 'incentives:errors.applicationFileMissing');
  });
});

describe('submitting', () => {
  it('needs every required document, and names the missing ones', async () => {
    const draft = await draftApplication(platform, 'meuse', newCandidate(), GRANT.slug, STUDENT, ['identity']);
    const before = await footprint(platform, 'meuse');
    const error = await expectRefusal(draft.candidate.submitMyApplication({ id: draft.id, rowVersion: draft.rowVersion }), 'BAD_REQUEST', 'incentives:errors.applicationDocumentsMissing');
    expect(refusalText(error)).toContain('Certificat de scolarité');
    expect(refusalText(error)).not.toContain('Curriculum vitae');
    expect(await footprint(platform, 'meuse')).toEqual(before);
  });

  it('re-evaluates eligibility with the frozen version and says why it is refused', async () => {
    const tooEarly = await draftApplication(platform, 'meuse', newCandidate(), GRANT.slug, { ...STUDENT, yearOfStudy: 1 }, ['identity', 'certificate']);
    const before = await footprint(platform, 'meuse');
    const error = await expectRefusal(tooEarly.candidate.submitMyApplication({ id: tooEarly.id, rowVersion: tooEarly.rowVersion }), 'BAD_REQUEST', 'incentives:errors.applicationIneligible');
    expect(refusalText(error)).toContain("Année d'études");
    expect(refusalText(error)).not.toContain('Profession');
    expect(refusalText(error, 'en')).not.toContain('$t(');

    const settled = await draftApplication(platform, 'meuse', newCandidate(), GRANT.slug, SETTLING, ['identity', 'certificate']);
    await expectRefusal(settled.candidate.submitMyApplication({ id: settled.id, rowVersion: settled.rowVersion }), 'BAD_REQUEST', 'incentives:errors.applicationAudience');
    const cesp = await draftApplication(platform, 'meuse', newCandidate(), GRANT.slug, { ...STUDENT, receiving: ['national:cesp'] }, ['identity', 'certificate']);
    await expectRefusal(cesp.candidate.submitMyApplication({ id: cesp.id, rowVersion: cesp.rowVersion }), 'BAD_REQUEST', 'incentives:errors.applicationIncompatible');
    // Only the two drafts started since: no refused submission left a trace.
    const after = await footprint(platform, 'meuse');
    expect(after.incentivesApplicationEvent).toBe(Number(before.incentivesApplicationEvent) + 2);
  });

  it('refuses once the scheme is archived', async () => {
    await publishScheme(platform, 'meuse', 'aide-bientot-archivee', installationContent());
    const draft = await draftApplication(platform, 'meuse', newCandidate(), 'aide-bientot-archivee', SETTLING);
    await inTenant(platform, 'meuse', (db) => db.updateTable('incentivesScheme').set({ status: 'archived' }).where('slug', '=', 'aide-bientot-archivee').execute());
    await expectRefusal(draft.candidate.submitMyApplication({ id: draft.id, rowVersion: draft.rowVersion }), 'BAD_REQUEST', 'incentives:errors.applicationClosed');
  });

  it('submits an eligible, complete draft', async () => {
    const draft = await draftApplication(platform, 'meuse', newCandidate(), GRANT.slug, STUDENT, ['identity', 'certificate']);
    expect(await draft.candidate.submitMyApplication({ id: draft.id, rowVersion: draft.rowVersion })).toMatchObject({ status: 'submitted', rowVersion: draft.rowVersion + 1 });
    const mine = await draft.candidate.myApplication({ id: draft.id });
    expect(mine).toMatchObject({ status: 'submitted', canEdit: false, canWithdraw: true, canRequestChange: true, missingDocuments: [] });
    expect(mine.submittedAt).toBeInstanceOf(Date);
    expect(mine.history.map((event) => event.toStatus)).toEqual(['draft', 'submitted']);
  });
});

describe('one candidate, another’s application', () => {
  it('sees and touches only their own applications', async () => {
    const mine = await applicationIn(platform, GRANT, 'submitted', officer);
    const intruder = await candidateAs(platform, 'meuse', newCandidate('intrus'));
    const before = await footprint(platform, 'meuse');
    await expectRefusal(intruder.myApplication({ id: mine.id }), 'NOT_FOUND', 'errors:notFound');
    await expectRefusal(intruder.updateMyApplication({ id: mine.id, rowVersion: mine.rowVersion, profile: STUDENT, contact: contactOf('x@example.org') }), 'NOT_FOUND', 'errors:notFound');
    await expectRefusal(intruder.withdrawMyApplication({ id: mine.id, rowVersion: mine.rowVersion }), 'NOT_FOUND', 'errors:notFound');
    await expectRefusal(intruder.submitMyApplication({ id: mine.id, rowVersion: mine.rowVersion }), 'NOT_FOUND', 'errors:notFound');
    await expectRefusal(intruder.requestChange({ id: mine.id, message: 'Je change tout.', proposed: { contact: contactOf('x@example.org') } }), 'NOT_FOUND', 'errors:notFound');
    await expectRefusal(intruder.attachDocument({ id: mine.id, documentKey: 'cv', fileId: crypto.randomUUID() }), 'NOT_FOUND', 'errors:notFound');
    expect(await intruder.myApplications()).toEqual([]);
    // Staff roles do not make someone else's application theirs either.
    await expectRefusal(officer.myApplication({ id: mine.id }), 'NOT_FOUND', 'errors:notFound');
    expect(await footprint(platform, 'meuse')).toEqual(before);
    expect((await mine.candidate.myApplications()).map((row) => row.id)).toEqual([mine.id]);
  });
});

describe('change requests', () => {
  it('are refused on a draft (edit it) and need something to change', async () => {
    const draft = await draftApplication(platform, 'meuse', newCandidate(), GRANT.slug, STUDENT);
    await expectRefusal(draft.candidate.requestChange({ id: draft.id, message: 'Nouvelle adresse.', proposed: { contact: contactOf('y@example.org') } }), 'BAD_REQUEST', 'incentives:errors.applicationEditDraft');
    const submitted = await applicationIn(platform, GRANT, 'submitted', officer);
    await expectInvalidInput(submitted.candidate.requestChange({ id: submitted.id, message: 'Rien.', proposed: {} }), ['proposed']);
  });

  it('change nothing until an officer accepts, then apply profile and contact at once', async () => {
    const submitted = await applicationIn(platform, GRANT, 'submitted', officer);
    const proposed = { profile: { ...STUDENT, yearOfStudy: 6 }, contact: { ...contactOf('changee@example.org'), phone: '07 11 22 33 44' } };
    const { id } = await submitted.candidate.requestChange({ id: submitted.id, message: 'Je passe en 6e année et change d’adresse.', proposed });
    const pending = await officer.application({ id: submitted.id });
    expect(pending.contact.email).toBe(submitted.email);
    expect(pending.changeRequests).toMatchObject([{ id, status: 'pending', proposed }]);
    expect((await officer.applications({ search: submitted.email.split('@')[0] })).find((row) => row.id === submitted.id)?.pendingChangeRequests).toBe(1);

    const decided = await officer.decideChangeRequest({ id, accept: true, comment: 'Justificatifs reçus.' });
    expect(decided).toMatchObject({ status: 'accepted', applicationRowVersion: pending.rowVersion + 1 });
    const after = await officer.application({ id: submitted.id });
    expect(after.contact).toMatchObject({ email: 'changee@example.org', phone: '07 11 22 33 44' });
    expect(after.profile.yearOfStudy).toBe(6);
    expect(after.history.at(-1)).toMatchObject({ fromStatus: 'submitted', toStatus: 'submitted', comment: 'Justificatifs reçus.' });
    const before = await footprint(platform, 'meuse');
    await expectRefusal(officer.decideChangeRequest({ id, accept: false }), 'CONFLICT', 'incentives:errors.applicationChangeDecided');
    expect(await footprint(platform, 'meuse')).toEqual(before);
  });

  it('leave the application as it was when refused', async () => {
    const submitted = await applicationIn(platform, GRANT, 'under-review', officer);
    const { id } = await submitted.candidate.requestChange({ id: submitted.id, message: 'Autre téléphone.', proposed: { contact: { ...contactOf(submitted.email), phone: '07 00 00 00 01' } } });
    const before = await officer.application({ id: submitted.id });
    await officer.decideChangeRequest({ id, accept: false, comment: 'Non justifié.' });
    const after = await officer.application({ id: submitted.id });
    expect(after.contact).toEqual(before.contact);
    expect(after.rowVersion).toBe(before.rowVersion);
    expect(after.changeRequests[0]).toMatchObject({ status: 'refused' });
  });

  it('cannot change the situation once the amount is granted', async () => {
    const approved = await applicationIn(platform, GRANT, 'approved', officer);
    const { id } = await approved.candidate.requestChange({ id: approved.id, message: 'Je redouble.', proposed: { profile: { ...STUDENT, yearOfStudy: 2 } } });
    const before = await footprint(platform, 'meuse');
    await expectRefusal(officer.decideChangeRequest({ id, accept: true }), 'BAD_REQUEST', 'incentives:errors.applicationProfileLocked');
    expect(await footprint(platform, 'meuse')).toEqual(before);
    const closed = await applicationIn(platform, GRANT, 'rejected', officer);
    await expectRefusal(closed.candidate.requestChange({ id: closed.id, message: 'Je conteste.', proposed: { contact: contactOf(closed.email) } }), 'BAD_REQUEST', 'incentives:errors.applicationClosedFile');
  });
});
