import type { Insertable } from 'kysely';
import { addDays, parisDay, parisToDate } from '@ancrage/i18n';
import {
  addMonths,
  APPLICATION_STATUSES,
  canTransition,
  computeAmount,
  computeRepayment,
  monthsServed,
  paymentSchedule,
  type ApplicationStatus,
  type Profile,
  type SchemeContent,
} from '@ancrage/incentives-domain';
import type { ApplicationsDb } from '../applications/applications-db';
import type { IncentivesDb } from '../incentives-db';
import type { IncentivesApplicationEventTable } from '../incentives-schema';
import { planCommitmentChecks, planPaymentReminders } from '../jobs/reminder-plan';
import { nextReference } from '../applications/reference';

export interface DemoScheme {
  schemeId: string;
  slug: string;
  version: number;
}

interface LoadedScheme extends DemoScheme {
  content: SchemeContent;
}

/** Fictitious people: the "(fictif)" in their name and their example.org address say so wherever they appear. */
const PEOPLE = [
  ['Camille', 'Lambert'],
  ['Hugo', 'Perrin'],
  ['Léa', 'Fontaine'],
  ['Nathan', 'Giraud'],
  ['Inès', 'Marchal'],
  ['Louis', 'Bertin'],
  ['Manon', 'Collet'],
  ['Jules', 'Renaud'],
  ['Chloé', 'Vasseur'],
  ['Théo', 'Guillot'],
  ['Emma', 'Lemaire'],
  ['Arthur', 'Barbier'],
  ['Zoé', 'Poirier'],
  ['Paul', 'Charpentier'],
  ['Alice', 'Hamon'],
] as const;

const slugOf = (text: string) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();

/** Gaps between two steps before the agreement, in days. */
const GAP: Partial<Record<ApplicationStatus, number>> = { submitted: 3, 'under-review': 4, committee: 10, approved: 12, rejected: 12, withdrawn: 6, 'agreement-signed': 20 };

/** A profile the scheme accepts: one of its passing test cases, else its first audience. */
function profileFor(content: SchemeContent): Profile {
  const accepted = content.testCases.find((testCase) => testCase.expectEligible);
  if (accepted) return accepted.profile;
  return { status: content.audiences[0] ?? 'settling-professional', profession: 'medecin', specialty: 'medecine-generale', receiving: [] };
}

/** The path from a draft to `target` on this scheme, each step legal for who takes it; null when the scheme cannot reach it. */
function pathTo(target: ApplicationStatus, content: SchemeContent): ApplicationStatus[] | null {
  const scheme = { selection: content.selection, hasCommitment: content.commitment !== null };
  const decided: ApplicationStatus[] = ['draft', 'submitted', 'under-review', ...(content.selection === 'committee' ? (['committee'] as const) : []), 'approved'];
  const paid: ApplicationStatus[] = [...decided, 'agreement-signed', 'being-paid'];
  const running: ApplicationStatus[] = [...paid, 'commitment-running'];
  const paths: Record<ApplicationStatus, ApplicationStatus[]> = {
    draft: ['draft'],
    submitted: ['draft', 'submitted'],
    'under-review': ['draft', 'submitted', 'under-review'],
    committee: ['draft', 'submitted', 'under-review', 'committee'],
    approved: decided,
    rejected: [...decided.slice(0, -1), 'rejected'],
    withdrawn: ['draft', 'submitted', 'withdrawn'],
    'agreement-signed': [...decided, 'agreement-signed'],
    'being-paid': paid,
    'commitment-running': running,
    completed: scheme.hasCommitment ? [...running, 'completed'] : [...paid, 'completed'],
    'commitment-broken': [...running, 'commitment-broken'],
    repayment: [...running, 'commitment-broken', 'repayment'],
    repaid: [...running, 'commitment-broken', 'repayment', 'repaid'],
  };
  const path = paths[target];
  const candidateMoves = (from: ApplicationStatus, to: ApplicationStatus) => to === 'submitted' || (to === 'withdrawn' && (from === 'draft' || from === 'submitted'));
  for (let i = 1; i < path.length; i += 1) {
    const from = path[i - 1] as ApplicationStatus;
    const to = path[i] as ApplicationStatus;
    if (!canTransition(from, to, candidateMoves(from, to) ? 'candidate' : 'officer', scheme)) return null;
  }
  return path;
}

/** Picks, for each status, a scheme that can reach it: committee steps need a committee, commitment steps a commitment. */
function schemeFor(target: ApplicationStatus, schemes: LoadedScheme[], index: number): LoadedScheme | undefined {
  const preferred = (scheme: LoadedScheme) => {
    if (target === 'completed') return scheme.content.commitment === null;
    if (target === 'committee' || target === 'approved' || target === 'rejected') return scheme.content.selection === 'committee';
    return true;
  };
  const reachable = schemes.filter((scheme) => pathTo(target, scheme.content) !== null);
  const ordered = [...reachable.filter(preferred), ...reachable.filter((scheme) => !preferred(scheme))];
  const pool = ordered.filter(preferred).length > 0 ? ordered.filter(preferred) : ordered;
  return pool[index % Math.max(pool.length, 1)];
}

interface Timeline {
  /** Day of each step of the path. */
  days: Map<ApplicationStatus, string>;
  signedOn: string | null;
  commitmentStartsOn: string | null;
  brokenOn: string | null;
  /** Payments due up to this day are paid (two days after their due date). */
  paidUntil: string | null;
}

/** Dates that tell a consistent story, counted back from today. */
function timelineOf(target: ApplicationStatus, path: ApplicationStatus[], content: SchemeContent, today: string): Timeline {
  const years = content.commitment?.years ?? 0;
  const lastOffset = Math.max(0, ...computeAmount(content.amount, profileFor(content)).installments.map((installment) => installment.offsetMonths));
  const signedOnFor: Partial<Record<ApplicationStatus, string>> = {
    'agreement-signed': addDays(today, -5),
    'being-paid': addMonths(today, -2),
    'commitment-running': addMonths(today, -14),
    completed: addMonths(today, -(content.commitment ? years * 12 + 3 : lastOffset + 2)),
    'commitment-broken': addMonths(today, -30),
    repayment: addMonths(today, -34),
    repaid: addMonths(today, -44),
  };
  const signedOn = signedOnFor[target] ?? null;
  const days = new Map<ApplicationStatus, string>();
  let commitmentStartsOn: string | null = null;
  let brokenOn: string | null = null;
  let paidUntil: string | null = null;
  if (signedOn) {
    days.set('agreement-signed', signedOn);
    paidUntil = target === 'agreement-signed' ? null : today;
    if (path.includes('being-paid')) days.set('being-paid', addDays(signedOn, 2));
    if (path.includes('commitment-running')) {
      commitmentStartsOn = target === 'completed' ? addDays(signedOn, 3) : addDays(signedOn, 30);
      days.set('commitment-running', commitmentStartsOn);
    }
    const breaks: Partial<Record<ApplicationStatus, string>> = { 'commitment-broken': addMonths(today, -2), repayment: addMonths(today, -8), repaid: addMonths(today, -20) };
    brokenOn = breaks[target] ?? null;
    if (brokenOn) {
      days.set('commitment-broken', brokenOn);
      paidUntil = brokenOn;
      if (path.includes('repayment')) days.set('repayment', addDays(brokenOn, 15));
      if (path.includes('repaid')) days.set('repaid', addMonths(today, -10));
    }
    if (target === 'completed') days.set('completed', addDays(today, -10));
  }
  // Steps up to the agreement: back from the agreement, or from a recent last step.
  const recent: Partial<Record<ApplicationStatus, number>> = { draft: 2, submitted: 3, 'under-review': 6, committee: 10, approved: 12, rejected: 20, withdrawn: 15 };
  const firstDated = path.findIndex((status) => days.has(status));
  const lastUndated = firstDated === -1 ? path.length - 1 : firstDated - 1;
  let day = firstDated === -1 ? addDays(today, -(recent[target] ?? 7)) : addDays(days.get(path[firstDated] as ApplicationStatus) as string, -(GAP['agreement-signed'] ?? 20));
  for (let i = lastUndated; i >= 0; i -= 1) {
    const status = path[i] as ApplicationStatus;
    days.set(status, day);
    day = addDays(day, -(GAP[status] ?? 3));
  }
  return { days, signedOn, commitmentStartsOn, brokenOn, paidUntil };
}

const at = (day: string, hour = '10:00') => parisToDate(`${day}T${hour}`);

/**
 * Fictitious applications for the demo: one in every status the schemes can
 * reach, each with its history, amounts, payments, commitment and repayment,
 * and committee sessions with their decisions. Idempotent: does nothing once
 * the tenant has demo applications.
 */
export async function seedDemoApplications(db: IncentivesDb, tenantId: string, schemes: DemoScheme[]): Promise<void> {
  const existing = await db.selectFrom('incentivesApplication').select('id').where('email', 'like', '%.fictif@example.org').limit(1).executeTakeFirst();
  if (existing || schemes.length === 0) return;
  const loaded: LoadedScheme[] = [];
  for (const scheme of schemes) {
    const version = await db.selectFrom('incentivesSchemeVersion').select('content').where('schemeId', '=', scheme.schemeId).where('version', '=', scheme.version).executeTakeFirst();
    if (version) loaded.push({ ...scheme, content: version.content as SchemeContent });
  }
  const today = parisDay(new Date());
  const sessions = new Map<string, string>();
  const sessionOn = async (heldOn: string) => {
    const known = sessions.get(heldOn);
    if (known) return known;
    const created = await db
      .insertInto('incentivesCommitteeSession')
      .values({ tenantId, heldOn, title: `Commission d'attribution des aides — séance de démonstration (fictive)`, notes: 'Séance fictive, créée pour la démonstration.' })
      .returning('id')
      .executeTakeFirstOrThrow();
    sessions.set(heldOn, created.id);
    return created.id;
  };
  const settings = { contactEmail: '', commitmentCheckMonths: 12, paymentReminderDays: 7 };

  // One application in each status, so every screen has something to show.
  for (const [index, target] of APPLICATION_STATUSES.entries()) {
    const scheme = schemeFor(target, loaded, index);
    const path = scheme ? pathTo(target, scheme.content) : null;
    if (!scheme || !path) continue;
    const [firstName, lastName] = PEOPLE[index % PEOPLE.length] as readonly [string, string];
    const profile = profileFor(scheme.content);
    const timeline = timelineOf(target, path, scheme.content, today);
    const dayOf = (status: ApplicationStatus) => timeline.days.get(status) ?? today;
    const createdOn = dayOf('draft');
    const reference = await nextReference(db as unknown as ApplicationsDb, Number(createdOn.slice(0, 4)));
    const decided = path.includes('approved') || path.includes('rejected');
    const decisionDay = path.includes('approved') ? dayOf('approved') : path.includes('rejected') ? dayOf('rejected') : null;
    const amount = computeAmount(scheme.content.amount, profile);
    const approved = path.includes('approved');

    const application = await db
      .insertInto('incentivesApplication')
      .values({
        tenantId,
        reference,
        schemeId: scheme.schemeId,
        schemeVersion: scheme.version,
        applicantUserId: null,
        status: target,
        rowVersion: path.length,
        firstName,
        lastName: `${lastName} (fictif)`,
        email: `${slugOf(firstName)}.${slugOf(lastName)}.fictif@example.org`,
        phone: `06 00 00 ${String(10 + index).padStart(2, '0')} ${String(20 + index).padStart(2, '0')}`,
        birthDate: `${1990 + (index % 8)}-0${1 + (index % 9)}-1${index % 9}`,
        profile: JSON.stringify(profile),
        amountCents: approved ? amount.totalCents : 0,
        budgetYear: approved && decisionDay ? Number(decisionDay.slice(0, 4)) : null,
        submittedAt: path.includes('submitted') ? at(dayOf('submitted')) : null,
        decidedAt: decided && decisionDay ? at(decisionDay, '16:00') : null,
        agreementSignedOn: timeline.signedOn,
        commitmentStartsOn: timeline.commitmentStartsOn,
        commitmentEndsOn: timeline.commitmentStartsOn && scheme.content.commitment ? addMonths(timeline.commitmentStartsOn, scheme.content.commitment.years * 12) : null,
        commitmentBrokenOn: timeline.brokenOn,
        repaymentCents: null,
        repaidOn: path.includes('repaid') ? dayOf('repaid') : null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();

    // The history, step by step, on the days of the story (`at` is otherwise set by the database).
    const events = path.map((status, step) => ({
      tenantId,
      applicationId: application.id,
      fromStatus: step === 0 ? null : path[step - 1],
      toStatus: status,
      actorUserId: null,
      comment: status === 'rejected' ? 'Dossier incomplet au regard des critères du dispositif (motif fictif).' : '',
      at: at(dayOf(status), `${String(8 + step).padStart(2, '0')}:30`),
    }));
    await db.insertInto('incentivesApplicationEvent').values(events as unknown as Insertable<IncentivesApplicationEventTable>[]).execute();

    if (scheme.content.selection === 'committee' && path.includes('committee')) {
      if (target === 'committee') {
        const deferredOn = addDays(dayOf('committee'), 5);
        await db.insertInto('incentivesCommitteeDecision').values({ tenantId, sessionId: await sessionOn(deferredOn), applicationId: application.id, decision: 'deferred', comment: 'Pièces complémentaires demandées (fictif).' }).execute();
        await db
          .insertInto('incentivesApplicationEvent')
          .values({ tenantId, applicationId: application.id, fromStatus: 'committee', toStatus: 'committee', actorUserId: null, comment: 'Ajourné en commission (fictif).', at: at(deferredOn, '17:00') } as unknown as Insertable<IncentivesApplicationEventTable>)
          .execute();
        // The next session, to come, will decide.
        await sessionOn(addDays(today, 14));
      } else if (decisionDay) {
        await db.insertInto('incentivesCommitteeDecision').values({ tenantId, sessionId: await sessionOn(decisionDay), applicationId: application.id, decision: approved ? 'approved' : 'rejected', comment: '' }).execute();
      }
    }

    if (timeline.signedOn) {
      const schedule = paymentSchedule(amount, timeline.signedOn);
      let paidCents = 0;
      const rows = schedule.map((payment) => {
        const paidOn = addDays(payment.dueOn, 2);
        const paid = timeline.paidUntil !== null && (target === 'completed' || paidOn <= timeline.paidUntil);
        if (paid) paidCents += payment.amountCents;
        const cancelled = !paid && timeline.brokenOn !== null;
        return {
          tenantId,
          applicationId: application.id,
          seq: payment.seq,
          dueOn: payment.dueOn,
          amountCents: payment.amountCents,
          status: paid ? ('paid' as const) : cancelled ? ('cancelled' as const) : ('scheduled' as const),
          paidOn: paid ? (paidOn > today ? today : paidOn) : null,
          reference: paid ? `VIR-${reference}-${payment.seq} (fictif)` : '',
        };
      });
      if (rows.length > 0) await db.insertInto('incentivesPayment').values(rows).execute();
      const appDb = db as unknown as ApplicationsDb;
      const open = rows.filter((row) => row.status === 'scheduled').map((row) => row.dueOn);
      if (open.length > 0) await planPaymentReminders(appDb, settings, { tenantId, id: application.id }, open, today);
      if (timeline.brokenOn && timeline.commitmentStartsOn && scheme.content.commitment) {
        const repaymentCents = computeRepayment({
          rule: scheme.content.commitment.repayment,
          paidCents,
          requiredMonths: scheme.content.commitment.years * 12,
          servedMonths: monthsServed(timeline.commitmentStartsOn, timeline.brokenOn),
        });
        await db.updateTable('incentivesApplication').set({ repaymentCents }).where('id', '=', application.id).execute();
      }
      if (target === 'commitment-running' && timeline.commitmentStartsOn && scheme.content.commitment) {
        const endsOn = addMonths(timeline.commitmentStartsOn, scheme.content.commitment.years * 12);
        await planCommitmentChecks(appDb, settings, { tenantId, id: application.id, startsOn: timeline.commitmentStartsOn, endsOn }, today);
      }
    }

    // A pending request to change contact details, as candidates send them.
    if (target === 'submitted' || target === 'commitment-running') {
      await db
        .insertInto('incentivesChangeRequest')
        .values({
          tenantId,
          applicationId: application.id,
          message: 'Nouveau numéro de téléphone (demande fictive).',
          proposed: JSON.stringify({ contact: { firstName, lastName: `${lastName} (fictif)`, email: `${slugOf(firstName)}.${slugOf(lastName)}.fictif@example.org`, phone: '06 00 00 99 99', birthDate: null } }),
          decidedBy: null,
          decidedAt: null,
        })
        .execute();
    }
  }
}
