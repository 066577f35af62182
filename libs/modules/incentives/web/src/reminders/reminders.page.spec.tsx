import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { incentivesModule } from '@ancrage/incentives-domain';
import { renderModulePage } from '@ancrage/ui/testing';
import { OFFICER, plain, SCHEME_ID, staff } from '../admin-common/testing';
import { renderPage } from '../testing/render-page';
import { RemindersPage } from './reminders.page';

const PAGE = '/t/:tenant/admin/incentives/reminders';
const APPLICATION_ID = '44444444-4444-4444-8444-444444444444';
const OTHER_APPLICATION_ID = '55555555-5555-4555-8555-555555555555';
const EMAIL_ID = '66666666-6666-4666-8666-666666666666';
const WITH_OUTBOX = [...OFFICER, 'platform:emails.read'];

const reminder = (overrides: Record<string, unknown>) => ({
  id: '77777777-7777-4777-8777-777777777777',
  kind: 'commitment-check',
  dueOn: '2026-11-01',
  sentAt: null as Date | null,
  emailId: null as string | null,
  applicationId: APPLICATION_ID,
  reference: 'AID-2026-0007',
  firstName: 'Camille',
  lastName: 'Martin',
  status: 'commitment-running',
  schemeId: SCHEME_ID,
  schemeName: { fr: "Aide à l'installation (fictive)", en: 'Settling aid (fictitious)' },
  overdue: false,
  ...overrides,
});

const sent = reminder({ id: 'a1', sentAt: new Date('2026-11-01T07:05:00Z'), emailId: EMAIL_ID });
const overdue = reminder({ id: 'a2', kind: 'payment-due', dueOn: '2026-11-20', applicationId: OTHER_APPLICATION_ID, reference: 'AID-2026-0008', firstName: 'Dominique', lastName: 'Petit', status: 'being-paid', overdue: true });
const planned = reminder({ id: 'a3', dueOn: '2027-05-01' });
const all = [sent, overdue, planned];

/** `incentives.reminders` as the server answers it: `{pending: true}` keeps the reminders not sent. */
const answer = (input: unknown) => all.filter((row) => (input as { pending?: boolean } | undefined)?.pending !== true || row.sentAt === null);

const rowOf = (reference: string, dueOn: RegExp) => screen.getAllByRole('row').find((row) => row.textContent?.includes(reference) && dueOn.test(row.textContent)) as HTMLElement;

describe('reminders list', () => {
  it('lists every reminder with its kind, file and state in words, the overdue ones called so', async () => {
    const { calls } = renderPage(<RemindersPage />, { 'auth.me': () => staff(WITH_OUTBOX), 'incentives.reminders': answer }, { path: PAGE, url: '/t/meuse/admin/incentives/reminders' });
    await screen.findByRole('table', { name: '3 relances' });
    expect(calls.find((call) => call.path === 'incentives.reminders')?.input).toEqual({});

    const late = rowOf('AID-2026-0008', /20\/11\/2026/);
    expect(plain(late.textContent)).toBe("20/11/2026Versement à venirDominique PetitAID-2026-0008Aide à l'installation (fictive)⚠ En retard—Pas encore envoyée");
    expect(within(late).getByRole('link', { name: 'AID-2026-0008' })).toHaveAttribute('href', `/t/meuse/admin/incentives/applications/${OTHER_APPLICATION_ID}`);
    expect(screen.getByText(/1 relance en retard/)).toBeInTheDocument();

    expect(plain(rowOf('AID-2026-0007', /01\/05\/2027/).textContent)).toBe("01/05/2027Justificatif d'exerciceCamille MartinAID-2026-0007Aide à l'installation (fictive)Planifiée—Pas encore envoyée");

    const done = rowOf('AID-2026-0007', /01\/11\/2026/);
    expect(done).toHaveTextContent('Envoyée01/11/2026 08:05');
    expect(within(done).getByRole('link', { name: "Voir l'e-mail de la relance du dossier AID-2026-0007" })).toHaveAttribute('href', `/t/meuse/admin/emails?email=${EMAIL_ID}`);
    expect(within(done).getByRole('link', { name: 'AID-2026-0007' })).toHaveAttribute('href', `/t/meuse/admin/incentives/applications/${APPLICATION_ID}`);
    expect(screen.getAllByRole('link', { name: /Voir l'e-mail/ })).toHaveLength(1);

    expect(screen.getByRole('link', { name: 'Relances' })).toHaveAttribute('aria-current', 'page');
    expect(screen.getByRole('button', { name: 'Exporter en CSV' })).toBeEnabled();
    expect(screen.getByRole('button', { name: 'Exporter en XLSX' })).toBeEnabled();
  });

  it('shows only the reminders not sent when asked, and asks the server for them', async () => {
    const { calls } = renderPage(<RemindersPage />, { 'auth.me': () => staff(OFFICER), 'incentives.reminders': answer }, { path: PAGE, url: '/t/meuse/admin/incentives/reminders' });
    await screen.findByRole('table', { name: '3 relances' });
    const user = userEvent.setup();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Afficher' }), 'Relances non envoyées');
    await screen.findByRole('table', { name: '2 relances' });
    expect(calls.map((call) => call.input)).toContainEqual({ pending: true });
    expect(screen.queryByText('01/11/2026 08:05')).not.toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Afficher' })).toHaveValue('pending');

    await user.selectOptions(screen.getByRole('combobox', { name: 'Afficher' }), 'Toutes les relances');
    await screen.findByRole('table', { name: '3 relances' });
  });

  it('reads the filter from the address and says when nothing is left to send', async () => {
    const { calls } = renderPage(<RemindersPage />, { 'auth.me': () => staff(OFFICER), 'incentives.reminders': () => [] }, { path: PAGE, url: '/t/meuse/admin/incentives/reminders?show=pending' });
    expect(await screen.findByText('Aucune relance à envoyer.')).toBeInTheDocument();
    expect(calls.filter((call) => call.path === 'incentives.reminders').map((call) => call.input)).toEqual([{ pending: true }]);
    expect(screen.getByRole('combobox', { name: 'Afficher' })).toHaveValue('pending');
    expect(screen.queryByText(/en retard/)).not.toBeInTheDocument();
  });

  it('gives no outbox link to a user who may not read the outbox', async () => {
    renderPage(<RemindersPage />, { 'auth.me': () => staff(OFFICER), 'incentives.reminders': () => [sent] }, { path: PAGE, url: '/t/meuse/admin/incentives/reminders' });
    const row = await screen.findByRole('row', { name: /08:05/ });
    expect(row).toHaveTextContent('Envoyée01/11/2026 08:05');
    expect(screen.queryByRole('link', { name: /Voir l'e-mail/ })).not.toBeInTheDocument();
  });

  it('speaks English', async () => {
    renderModulePage(
      <RemindersPage />,
      { 'auth.me': () => staff(WITH_OUTBOX), 'incentives.reminders': () => all },
      { module: incentivesModule, locale: 'en', path: PAGE, url: '/t/meuse/admin/incentives/reminders' },
    );
    await screen.findByRole('table', { name: '3 reminders' });
    expect(rowOf('AID-2026-0008', /Upcoming payment/)).toHaveTextContent('Settling aid (fictitious)⚠ Overdue');
    expect(screen.getByRole('link', { name: 'View the email of the reminder for file AID-2026-0007' })).toBeInTheDocument();
    expect(screen.getByText('1 reminder overdue: its due date has passed and it has not gone out yet.')).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Show' })).toHaveValue('all');
    expect(document.body.textContent).not.toMatch(/admin\.reminders\./);
  });
});
