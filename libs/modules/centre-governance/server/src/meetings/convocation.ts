import { queueEmail } from '@ancrage/jobs';
import { formatDateTime } from '@ancrage/i18n';
import type { GovernanceDb } from '../cg-db';
import { translatorFor } from '../cg-i18n';
import type { MeetingState } from './meetings.repository';

interface ConvocationContext {
  tenantId: string;
  locale: string;
  secretariatEmail: string;
}

/**
 * Queues the convocation, with its agenda, to every seated member and every
 * observer of the GIP who has a contact address, in the action's transaction.
 * Returns the members reached and those without an address (to convene by post).
 */
export async function sendConvocations(db: GovernanceDb, state: MeetingState, context: ConvocationContext) {
  const { t, locale } = translatorFor(context.locale);
  const observers = await db.selectFrom('centreGovernanceMember').select(['id as memberId', 'name', 'contactEmail']).where('gipId', '=', state.body.gipId).where('observer', '=', true).execute();
  const recipients = new Map<string, { name: string; contactEmail: string }>();
  for (const person of [...state.seats, ...observers]) recipients.set(person.memberId, { name: person.name, contactEmail: person.contactEmail });

  const agenda = state.deliberations
    .filter((deliberation) => deliberation.status !== 'withdrawn')
    .map((deliberation, index) => `${index + 1}. ${deliberation.title}`)
    .join('\n');
  const when = formatDateTime(state.meeting.startsAt, locale);
  const subject = t('convocation.subject', { body: state.body.name, date: when });
  const lines = [
    t('convocation.greeting'),
    '',
    t('convocation.invitation', { title: state.meeting.title, body: state.body.name, gip: state.gip.name, date: when, place: state.meeting.place || t('convocation.placeToCome') }),
    state.meeting.round === 2 ? t('convocation.secondCall') : '',
    '',
    t('convocation.agenda'),
    agenda || t('convocation.agendaEmpty'),
    '',
    state.rules.maxProxiesPerHolder === null ? t('convocation.proxy') : t('convocation.proxyLimit', { count: state.rules.maxProxiesPerHolder }),
    context.secretariatEmail ? t('convocation.contact', { email: context.secretariatEmail }) : '',
  ].filter((line, index, all) => line !== '' || all[index - 1] !== '');

  const reached: string[] = [];
  const withoutEmail: string[] = [];
  for (const recipient of recipients.values()) {
    if (!recipient.contactEmail) {
      withoutEmail.push(recipient.name);
      continue;
    }
    await queueEmail(db, { tenantId: context.tenantId, to: recipient.contactEmail, subject, text: lines.join('\n') });
    reached.push(recipient.name);
  }
  return { reached, withoutEmail };
}
