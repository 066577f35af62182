import type { EmailAttachment } from '@ancrage/db';
import { queueEmail } from '@ancrage/jobs';
import { formatEventPeriod } from '@ancrage/events-domain';
import { eventIcs, eventPageUrl, placeOf } from './event-calendar';
import type { EventsDb, MailContext } from './events-db';
import { translatorFor } from './events-i18n';
import type { EventRow } from './events.repository';
import { issueAccessToken, type RegistrationRow } from './registrations.repository';
import { ticketQrPng } from './ticket-qr';

export type RegistrationEmail = 'confirmed' | 'waiting' | 'promoted' | 'cancelled' | 'reminder' | 'eventCancelled' | 'eventChanged';

/** Emails that carry the ticket: calendar entry and QR code. */
const WITH_TICKET: ReadonlySet<RegistrationEmail> = new Set(['confirmed', 'promoted', 'reminder', 'eventChanged']);
/** Emails that link to the personal page (to see, download or cancel). */
const WITH_LINK: ReadonlySet<RegistrationEmail> = new Set(['confirmed', 'waiting', 'promoted', 'reminder', 'eventChanged']);

export const registrationPageUrl = (mail: MailContext, token: string) => `${mail.publicUrl}/t/${mail.tenant.slug}/events/registration?token=${encodeURIComponent(token)}`;

const escapeHtml = (value: string) => value.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);
const linkify = (html: string) => html.replace(/https?:\/\/[^\s<]+/g, (url) => `<a href="${url}">${url}</a>`);

/** Paragraphs of the text version, escaped, with clickable links. */
function htmlOf(text: string): string {
  const paragraphs = text.split(/\n{2,}/).map((paragraph) => `<p>${linkify(escapeHtml(paragraph)).replace(/\n/g, '<br>')}</p>`);
  return `<!doctype html><html><body style="font-family: Arial, sans-serif; font-size: 16px; line-height: 1.5; color: #1a1a1a">${paragraphs.join('')}</body></html>`;
}

/**
 * Queues one email about a registration, in the registrant's language, in the
 * caller's transaction (a rolled-back action sends nothing).
 */
export async function queueRegistrationEmail(db: EventsDb, mail: MailContext, kind: RegistrationEmail, event: EventRow, registration: RegistrationRow) {
  const { locale, t } = translatorFor(registration.locale);
  const link = WITH_LINK.has(kind) ? registrationPageUrl(mail, await issueAccessToken(db, mail.tenant.id, registration.id)) : '';
  const place = placeOf(event, { withOnlineUrl: WITH_TICKET.has(kind) });
  const params = {
    name: registration.firstName,
    event: event.title,
    when: formatEventPeriod(event.startsAt, event.endsAt, locale),
    where: place || t('events:emails.placeToCome'),
    position: registration.waitlistPosition ?? 0,
    link,
    page: eventPageUrl(mail, event.id),
    tenant: mail.tenant.name,
    lng: locale,
  };
  const parts = [t(`events:emails.${kind}.body`, params)];
  if (WITH_TICKET.has(kind)) parts.push(t('events:emails.ticket', params));
  if (link) parts.push(t('events:emails.manage', params));
  if (mail.settings.contactEmail) parts.push(t('events:emails.contact', { email: mail.settings.contactEmail }));
  parts.push(t('emails:signature', params));
  const text = parts.join('\n\n');

  const attachments: EmailAttachment[] = [];
  if (WITH_TICKET.has(kind) || kind === 'eventCancelled') {
    const ics = eventIcs(event, mail, locale);
    attachments.push({ filename: 'evenement.ics', contentType: 'text/calendar; charset=utf-8', content: Buffer.from(ics).toString('base64') });
  }
  if (WITH_TICKET.has(kind)) {
    attachments.push({ filename: 'billet-qr-code.png', contentType: 'image/png', content: (await ticketQrPng(registration.checkInToken)).toString('base64') });
  }
  return queueEmail(db, { tenantId: mail.tenant.id, to: registration.email, subject: t(`events:emails.${kind}.subject`, params), text, html: htmlOf(text), attachments });
}
