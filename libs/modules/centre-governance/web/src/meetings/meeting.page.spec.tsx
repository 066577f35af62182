import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { meetingView, pendingDeliberation } from '../testing/fixtures';
import { apiRefusal, MANAGE, officer, READ, renderPage } from '../testing/render-page';
import { MeetingPage } from './meeting.page';

const route = { path: '/meetings/:id', url: '/meetings/m1' };
const present = [
  { memberId: 'dep', status: 'present' as const, proxyHolderId: null },
  { memberId: 'reg', status: 'represented' as const, proxyHolderId: 'dep' },
  { memberId: 'com', status: 'present' as const, proxyHolderId: null },
  { memberId: 'soc', status: 'absent' as const, proxyHolderId: null },
];

describe('a meeting in session', () => {
  it('records attendance with a proxy given to a present member', async () => {
    const { calls } = renderPage(<MeetingPage />, { 'auth.me': () => officer(MANAGE), 'centre-governance.meeting': () => meetingView(), 'centre-governance.setAttendance': () => ({ meetingId: 'm1' }) }, route);
    const user = userEvent.setup();
    await user.selectOptions(await screen.findByRole('combobox', { name: 'Présence : Département (fictif)' }), 'Présent');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Présence : Commune (fictive)' }), 'Présent');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Présence : Région (fictive)' }), 'Représenté');
    const holder = screen.getByRole('combobox', { name: 'Pouvoir de Région (fictive) donné à' });
    // Only present members with a vote may hold the proxy.
    expect(within(holder).getAllByRole('option').map((option) => option.textContent)).toEqual(['Choisir un membre présent', 'Département (fictif)', 'Commune (fictive)']);
    await user.selectOptions(holder, 'Département (fictif)');
    await user.click(screen.getByRole('button', { name: 'Enregistrer les présences' }));
    await waitFor(() => expect(calls.find((call) => call.path === 'centre-governance.setAttendance')?.input).toEqual({ meetingId: 'm1', entries: present }));
  });

  it('records each member’s votes with the version it loaded, and shows what the vote would decide', async () => {
    const { calls } = renderPage(
      <MeetingPage />,
      {
        'auth.me': () => officer(MANAGE),
        'centre-governance.meeting': () =>
          meetingView({
            attendance: present,
            deliberations: [pendingDeliberation({ version: 3, ballots: [{ memberId: 'dep', for: 2, against: 0, abstention: 0 }], tally: { for: 2, against: 0, abstention: 0, presentVotes: 4, totalVotes: 5 }, outcome: { adopted: true, reason: 'majority', base: 2, required: 2 } })],
          }),
        'centre-governance.recordVotes': () => ({ id: 'd1', version: 4 }),
      },
      route,
    );
    const user = userEvent.setup();
    expect(await screen.findByText('Si le vote était clos maintenant : adoptée (Majorité atteinte).')).toBeInTheDocument();
    expect(screen.getByText('Quorum atteint : 3 membres présents ou représentés sur 4 (2 requis). Règle : au moins 1/2 des membres.')).toBeInTheDocument();
    const votes = screen.getByRole('form', { name: 'Votes sur « Recrutement d’un médecin salarié »' });
    expect(within(votes).getByRole('combobox', { name: 'Vote : Département (fictif) (2 voix)' })).toHaveValue('for');
    // The absent member has no vote to cast.
    expect(within(votes).queryByRole('combobox', { name: /Société/ })).not.toBeInTheDocument();
    await user.selectOptions(within(votes).getByRole('combobox', { name: 'Vote : Région (fictive) (1 voix)' }), 'Contre');
    await user.selectOptions(within(votes).getByRole('combobox', { name: 'Vote : Commune (fictive) (1 voix)' }), 'Abstention');
    await user.click(within(votes).getByRole('button', { name: 'Enregistrer les votes' }));
    await waitFor(() =>
      expect(calls.find((call) => call.path === 'centre-governance.recordVotes')?.input).toEqual({
        deliberationId: 'd1',
        expectedVersion: 3,
        ballots: [
          { memberId: 'dep', for: 2, against: 0, abstention: 0 },
          { memberId: 'reg', for: 0, against: 1, abstention: 0 },
          { memberId: 'com', for: 0, against: 0, abstention: 1 },
        ],
      }),
    );
  });

  it('shows the API’s refusal where the officer acted (a decision without quorum)', async () => {
    renderPage(
      <MeetingPage />,
      {
        'auth.me': () => officer(MANAGE),
        'centre-governance.meeting': () => meetingView({ attendance: [present[0]!], quorumMet: false, deliberations: [pendingDeliberation({ ballots: [{ memberId: 'dep', for: 2, against: 0, abstention: 0 }] })] }),
        'centre-governance.closeDeliberation': () => {
          throw apiRefusal('Le quorum n’est pas atteint : rien n’a été enregistré.');
        },
      },
      route,
    );
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Clore le vote et délibérer' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Le quorum n’est pas atteint : rien n’a été enregistré.');
  });
});

describe('a meeting held', () => {
  it('shows numbered decisions and the casting vote, and offers the minutes; readers get no form', async () => {
    const decided = pendingDeliberation({
      status: 'adopted',
      registerNumber: '2026-002',
      tally: { for: 2, against: 2, abstention: 0, presentVotes: 4, totalVotes: 5 },
      outcome: { adopted: true, reason: 'castingVote', base: 4, required: 3 },
    });
    renderPage(<MeetingPage />, { 'auth.me': () => officer(READ), 'centre-governance.meeting': () => meetingView({ status: 'held', attendance: present, deliberations: [decided], minutesFileId: 'f1' }) }, route);
    const article = await screen.findByRole('article', { name: 'Délibération n° 2026-002 — Recrutement d’un médecin salarié' });
    expect(article).toHaveTextContent('Pour : 2 · Contre : 2 · Abstention : 0');
    expect(article).toHaveTextContent('Adoptée — Partage des voix : voix prépondérante de la présidence');
    expect(screen.getByRole('button', { name: 'Télécharger le procès-verbal' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Enregistrer les présences' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Établir/ })).not.toBeInTheDocument();
  });
});
