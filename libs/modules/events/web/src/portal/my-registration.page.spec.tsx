import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { publicEvent } from '../testing/fixtures';
import { renderPage } from '../testing/render-page';
import { MyRegistrationPage } from './my-registration.page';

const token = 'a'.repeat(43);
const registration = { firstName: 'Lou', lastName: 'Exemple', email: 'lou@example.org', audience: 'interne', status: 'confirmed', waitlistPosition: null, checkedInAt: null, createdAt: new Date() };

describe('personal registration page', () => {
  it('shows the ticket and cancels after confirmation', async () => {
    const user = userEvent.setup();
    let status = 'confirmed';
    const cancelled: unknown[] = [];
    renderPage(
      <MyRegistrationPage />,
      {
        'events.myRegistration': () => ({ registration: { ...registration, status }, event: { ...publicEvent, onlineUrl: '' }, ticketSvg: status === 'confirmed' ? '<svg xmlns="http://www.w3.org/2000/svg"></svg>' : null }),
        'events.cancelMyRegistration': (input) => {
          cancelled.push(input);
          status = 'cancelled';
          return { status };
        },
      },
      { path: '/t/:tenant/events/registration', url: `/t/meuse/events/registration?token=${token}` },
    );
    expect(await screen.findByRole('img', { name: `QR code du billet pour « ${publicEvent.title} »` })).toBeInTheDocument();
    expect(screen.getByText('Inscrit·e')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Annuler mon inscription' }));
    const dialog = await screen.findByRole('dialog', { name: "Annuler l'inscription" });
    await user.click(within(dialog).getByRole('button', { name: 'Annuler mon inscription' }));
    await waitFor(() => expect(cancelled).toEqual([{ token }]));
    expect(await screen.findByText('Annulée')).toBeInTheDocument();
    expect(screen.queryByRole('img')).not.toBeInTheDocument();
  });

  it('says so when the link is incomplete', async () => {
    renderPage(<MyRegistrationPage />, {}, { path: '/t/:tenant/events/registration', url: '/t/meuse/events/registration' });
    expect(await screen.findByText("Ce lien n'est pas ou plus valide.")).toBeInTheDocument();
  });
});
