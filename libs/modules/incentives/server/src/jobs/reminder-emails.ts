import { formatDate, formatEuros, type Locale } from '@ancrage/i18n';
import { queueEmail } from '@ancrage/jobs';
import type { Localised } from '@ancrage/incentives-domain';
import type { ApplicationsDb } from '../applications/applications-db';
import { translatorFor } from '../applications/translator';

export interface MailTenant {
  id: string;
  name: string;
  locale: Locale;
  contactEmail: string;
}

const escapeHtml = (value: string) => value.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

function htmlOf(text: string): string {
  const paragraphs = text.split(/\n{2,}/).map((paragraph) => `<p>${escapeHtml(paragraph).replace(/\n/g, '<br>')}</p>`);
  return `<!doctype html><html><body style="font-family: Arial, sans-serif; font-size: 16px; line-height: 1.5; color: #1a1a1a">${paragraphs.join('')}</body></html>`;
}

export const localisedName = (name: Localised, locale: Locale) => (locale === 'en' && name.en ? name.en : name.fr);

/** Writes and queues one email in the tenant's language; returns the outbox id. */
async function send(db: ApplicationsDb, tenant: MailTenant, to: string, key: 'commitmentCheck' | 'paymentDue', params: Record<string, string | number>) {
  const { t } = translatorFor(tenant.locale);
  const all = { ...params, tenant: tenant.name, lng: tenant.locale };
  const parts = [t(`incentives:emails.${key}.body`, all)];
  if (tenant.contactEmail) parts.push(t('incentives:emails.contact', { email: tenant.contactEmail, lng: tenant.locale }));
  parts.push(t('emails:signature', all));
  const text = parts.join('\n\n');
  return queueEmail(db, { tenantId: tenant.id, to, subject: t(`incentives:emails.${key}.subject`, all), text, html: htmlOf(text) });
}

/** Asks a beneficiary under commitment for a proof that they practise where and as agreed. */
export function queueCommitmentCheckEmail(
  db: ApplicationsDb,
  tenant: MailTenant,
  application: { email: string; firstName: string; lastName: string; reference: string; commitmentEndsOn: string | null },
  schemeName: Localised,
) {
  return send(db, tenant, application.email, 'commitmentCheck', {
    name: `${application.firstName} ${application.lastName}`,
    scheme: localisedName(schemeName, tenant.locale),
    reference: application.reference,
    endsOn: application.commitmentEndsOn ? formatDate(application.commitmentEndsOn, tenant.locale, 'long') : '—',
  });
}

/** Tells the tenant's team which payments of an application fall due. */
export function queuePaymentDueEmail(
  db: ApplicationsDb,
  tenant: MailTenant,
  application: { firstName: string; lastName: string; reference: string },
  schemeName: Localised,
  payments: readonly { seq: number; dueOn: string; amountCents: number }[],
) {
  const lines = payments.map((payment) =>
    translatorFor(tenant.locale).t('incentives:emails.paymentDue.line', {
      seq: payment.seq,
      dueOn: formatDate(payment.dueOn, tenant.locale, 'long'),
      amount: formatEuros(payment.amountCents / 100, tenant.locale),
      lng: tenant.locale,
    }),
  );
  return send(db, tenant, tenant.contactEmail, 'paymentDue', {
    name: `${application.firstName} ${application.lastName}`,
    scheme: localisedName(schemeName, tenant.locale),
    reference: application.reference,
    payments: lines.join('\n'),
  });
}
