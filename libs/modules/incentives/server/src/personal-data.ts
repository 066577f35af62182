import type { DataSubject, PersonalDataHandler } from '@ancrage/module-sdk';
import type { Profile } from '@ancrage/incentives-domain';
import type { ApplicationsDb } from './applications/applications-db';

/** The subject's applications: by the account that started them, or by the email address they gave. */
function applicationsOf(db: ApplicationsDb, subject: DataSubject) {
  const email = subject.email.trim().toLowerCase();
  return db
    .selectFrom('incentivesApplication')
    .selectAll()
    .where((eb) => {
      const byEmail = eb(eb.fn('lower', ['email']), '=', email);
      return subject.userId ? eb.or([byEmail, eb('applicantUserId', '=', subject.userId)]) : byEmail;
    })
    .orderBy('createdAt')
    .execute();
}

/** What erasure leaves of an application kept for the public accounts: amounts, dates and statuses, no person. */
const anonymisedContact = { firstName: '—', lastName: '—', email: '', phone: '', birthDate: null, applicantUserId: null } as const;

/**
 * Candidates and beneficiaries of support schemes. Export: their applications
 * with history, documents (metadata), payments, change requests and committee
 * decisions. Erasure: drafts (never submitted) are deleted; other applications
 * are public-money files, so their amounts, payments and dates stay while the
 * identity, the situation's details, the documents and the requests go.
 */
export const incentivesPersonalData: PersonalDataHandler = {
  async export(scope, subject): Promise<Record<string, unknown[]>> {
    const db = scope.db as ApplicationsDb;
    const applications = await applicationsOf(db, subject);
    if (applications.length === 0) return {};
    const ids = applications.map((application) => application.id);
    const [history, documents, payments, changeRequests, committeeDecisions] = await Promise.all([
      db.selectFrom('incentivesApplicationEvent').select(['applicationId', 'fromStatus', 'toStatus', 'comment', 'at']).where('applicationId', 'in', ids).orderBy('at').execute(),
      db.selectFrom('incentivesApplicationDocument').select(['applicationId', 'documentKey', 'fileId', 'fileName', 'contentType', 'sizeBytes', 'uploadedAt']).where('applicationId', 'in', ids).execute(),
      db.selectFrom('incentivesPayment').select(['applicationId', 'seq', 'dueOn', 'amountCents', 'status', 'paidOn', 'reference']).where('applicationId', 'in', ids).orderBy('seq').execute(),
      db.selectFrom('incentivesChangeRequest').select(['applicationId', 'message', 'proposed', 'status', 'createdAt', 'decidedAt']).where('applicationId', 'in', ids).execute(),
      db.selectFrom('incentivesCommitteeDecision').select(['applicationId', 'decision', 'comment', 'decidedAt']).where('applicationId', 'in', ids).execute(),
    ]);
    return {
      applications: applications.map(({ tenantId: _tenant, ...application }) => application),
      history,
      documents,
      payments,
      changeRequests,
      committeeDecisions,
    };
  },

  async erase(scope, subject) {
    const db = scope.db as ApplicationsDb;
    const applications = await applicationsOf(db, subject);
    if (applications.length === 0) return 0;
    const drafts = applications.filter((application) => application.status === 'draft').map((application) => application.id);
    const kept = applications.filter((application) => application.status !== 'draft');
    const ids = applications.map((application) => application.id);
    const documents = await db.selectFrom('incentivesApplicationDocument').select('fileId').where('applicationId', 'in', ids).execute();
    await db.deleteFrom('incentivesApplicationDocument').where('applicationId', 'in', ids).execute();
    if (documents.length > 0) await db.deleteFrom('platformFile').where('id', 'in', documents.map((document) => document.fileId)).execute();
    await db.deleteFrom('incentivesChangeRequest').where('applicationId', 'in', ids).execute();
    if (drafts.length > 0) await db.deleteFrom('incentivesApplication').where('id', 'in', drafts).execute();
    for (const application of kept) {
      const profile = application.profile as Profile;
      await db
        .updateTable('incentivesApplication')
        .set({ ...anonymisedContact, profile: JSON.stringify({ status: profile.status, profession: profile.profession, receiving: [] }), updatedAt: new Date() })
        .where('id', '=', application.id)
        .execute();
    }
    if (kept.length > 0) {
      await db.updateTable('incentivesApplicationEvent').set({ comment: '' }).where('applicationId', 'in', kept.map((application) => application.id)).execute();
    }
    return applications.length;
  },
};
