import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { EVENT_ID, publicEvent } from '../testing/fixtures';
import { apiRefusal, plain, renderPage } from '../testing/render-page';
import { EventDetailPage } from './event-detail.page';

const at = { path: '/t/:tenant/events/:id', url: `/t/meuse/events/${EVENT_ID}` };

async function fillPerson(user: ReturnType<typeof userEvent.setup>) {
  await user.type(await screen.findByRole('textbox', { name: /Prénom/ }), 'Lou');
  await user.type(screen.getByRole('textbox', { name: /^Nom/ }), 'Exemple');
  await user.type(screen.getByRole('textbox', { name: /Adresse e-mail/ }), 'lou@example.org');
  await user.selectOptions(screen.getByRole('combobox', { name: /Vous êtes/ }), 'Interne');
}

describe('event page on the portal', () => {
  it('shows what, when, where and for whom', async () => {
    renderPage(<EventDetailPage />, { 'events.publicEvent': () => publicEvent }, at);
    expect(await screen.findByRole('heading', { level: 1, name: publicEvent.title })).toBeInTheDocument();
    expect(plain(screen.getByText(/jeudi 20 mai 2027/).textContent)).toBe('jeudi 20 mai 2027, 18:30 – 22:00');
    expect(screen.getByText('Salle des fêtes (fictive), Verdun')).toBeInTheDocument();
    expect(plain(screen.getByRole('region', { name: 'Programme' }).textContent)).toContain('jeu. 20 mai 19:00 Buffet');
  });

  it("checks the answers and the consent before sending, then tells the visitor they're on the waiting list", async () => {
    const user = userEvent.setup();
    const sent: unknown[] = [];
    renderPage(
      <EventDetailPage />,
      {
        'events.publicEvent': () => publicEvent,
        'events.register': (input) => {
          sent.push(input);
          return { status: 'waiting', waitlistPosition: 4, email: 'lou@example.org' };
        },
      },
      at,
    );
    await fillPerson(user);
    await user.click(screen.getByRole('button', { name: "M'inscrire" }));
    expect(await screen.findByText('Votre accord est nécessaire pour vous inscrire.')).toBeInTheDocument();
    await user.click(screen.getByRole('checkbox', { name: /J'accepte/ }));
    await user.click(screen.getByRole('button', { name: "M'inscrire" }));
    expect(await screen.findByText('Réponse obligatoire.')).toBeInTheDocument();
    expect(sent).toEqual([]);

    await user.type(screen.getByRole('textbox', { name: /Faculté de rattachement/ }), 'Nancy');
    await user.click(screen.getByRole('button', { name: "M'inscrire" }));
    await waitFor(() =>
      expect(sent).toEqual([
        { eventId: EVENT_ID, firstName: 'Lou', lastName: 'Exemple', email: 'lou@example.org', phone: '', audience: 'interne', organisation: '', answers: { faculty: 'Nancy' }, consent: true },
      ]),
    );
    const outcome = await screen.findByRole('status');
    expect(outcome).toHaveTextContent("Vous êtes sur la liste d'attente");
    expect(outcome).toHaveTextContent('Vous êtes en position 4.');
    expect(outcome).toHaveFocus();
  });

  it("shows the API's refusal above the form", async () => {
    const user = userEvent.setup();
    const message = 'Cette adresse e-mail est déjà inscrite à cet événement.';
    renderPage(
      <EventDetailPage />,
      {
        'events.publicEvent': () => ({ ...publicEvent, questions: [] }),
        'events.register': () => {
          throw apiRefusal(message, 'CONFLICT');
        },
      },
      at,
    );
    await fillPerson(user);
    await user.click(screen.getByRole('checkbox', { name: /J'accepte/ }));
    await user.click(screen.getByRole('button', { name: "M'inscrire" }));
    expect(await screen.findByText(message)).toBeInTheDocument();
  });

  it('offers no form when registration is closed or the event cancelled', async () => {
    renderPage(<EventDetailPage />, { 'events.publicEvent': () => ({ ...publicEvent, status: 'cancelled', registration: 'cancelled' }) }, at);
    expect(await screen.findByRole('alert')).toHaveTextContent('Événement annuléCet événement est annulé.');
    expect(screen.queryByRole('button', { name: "M'inscrire" })).not.toBeInTheDocument();
  });
});
