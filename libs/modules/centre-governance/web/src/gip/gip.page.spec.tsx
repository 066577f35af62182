import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { defaultBodyRules } from '@ancrage/centre-governance-domain';
import { seats } from '../testing/fixtures';
import { MANAGE, officer, plain, READ, renderPage } from '../testing/render-page';
import { GipPage } from './gip.page';

const member = (id: string, name: string, overrides: Record<string, unknown> = {}) => ({
  id,
  name,
  kind: 'commune',
  sector: 'public',
  observer: false,
  votingRights: 1,
  contributionMode: 'none',
  contributionShareBp: 0,
  contributionFixedCents: 0,
  contributionKind: 'cash',
  contactEmail: '',
  joinedOn: null,
  ...overrides,
});

const gip = (boardSatisfied = true) => ({
  id: 'gip',
  name: 'GIP Santé (fictif)',
  purpose: 'Gérer le centre de santé (fictif).',
  seatAddress: '',
  durationYears: null,
  createdAt: new Date(),
  updatedAt: new Date(),
  members: [
    member('dep', 'Département (fictif)', { kind: 'departement', votingRights: 40, contributionMode: 'share', contributionShareBp: 4000 }),
    member('hop', 'Hôpital (fictif)', { kind: 'hospital', votingRights: 10, contributionMode: 'fixed', contributionFixedCents: 6_000_000, contributionKind: 'in-kind' }),
    member('ars', 'ARS (observateur fictif)', { kind: 'state', observer: true, votingRights: 0 }),
  ],
  bodies: [
    { id: 'ag', kind: 'general-assembly', name: 'Assemblée générale', rules: defaultBodyRules('general-assembly'), seats, publicMajority: { publicVotes: 4, totalVotes: 5, satisfied: true } },
    { id: 'board', kind: 'board', name: "Conseil d'administration", rules: defaultBodyRules('board'), seats, publicMajority: { publicVotes: boardSatisfied ? 4 : 2, totalVotes: 5, satisfied: boardSatisfied } },
  ],
  conventionVersions: [{ id: 'v0', kind: 'original', number: 0, title: 'Convention constitutive (fictive)', summary: '', signedOn: '2026-05-02', approvedOn: '2026-06-15', publishedOn: null, deliberationId: null, fileId: null }],
  meetings: [{ id: 'm1', title: 'Séance de décembre (fictive)', startsAt: new Date('2026-12-10T13:00:00Z'), place: '', status: 'convened', round: 1, bodyId: 'board', bodyName: "Conseil d'administration", bodyKind: 'board', minutesFileId: null, deliberations: 2, adopted: 0 }],
  centres: [],
  amendmentDeliberations: [],
});

const api = (permissions: string[], boardSatisfied = true) => ({
  'auth.me': () => officer(permissions),
  'centre-governance.gips': () => [{ id: 'gip', name: 'GIP Santé (fictif)' }],
  'centre-governance.gip': () => gip(boardSatisfied),
  'centre-governance.register': () => [],
});

describe('the GIP page', () => {
  it('lists meetings with a link, and members with their rights and contribution rule', async () => {
    renderPage(<GipPage />, api(READ));
    const user = userEvent.setup();
    expect(await screen.findByRole('link', { name: 'Séance de décembre (fictive)' })).toHaveAttribute('href', '/t/meuse/admin/centre-governance/meetings/m1');
    await user.click(screen.getByRole('tab', { name: 'Membres' }));
    const table = await screen.findByRole('table', { name: '3 membres du groupement' });
    expect(plain(within(table).getByRole('row', { name: /Hôpital/ }).textContent)).toContain('60 000,00 €');
    expect(within(table).getByRole('row', { name: /Département/ })).toHaveTextContent('40 % du budget');
    expect(within(table).getByRole('row', { name: /ARS/ })).toHaveTextContent('Observateur');
    expect(screen.queryByRole('button', { name: 'Enregistrer le membre' })).not.toBeInTheDocument();
  });

  it('shows each body’s public majority and warns when the law is not met', async () => {
    renderPage(<GipPage />, api(MANAGE, false));
    const user = userEvent.setup();
    await user.click(await screen.findByRole('tab', { name: 'Instances' }));
    const board = screen.getByRole('region', { name: "Conseil d'administration" });
    expect(board).toHaveTextContent('ne détiennent que 2 voix sur 5');
    expect(within(board).getByRole('table', { name: "Conseil d'administration : majorité requise par type de décision" })).toHaveTextContent('Dissolution du groupementmajorité simple des suffrages exprimés');
    const assembly = screen.getByRole('region', { name: 'Assemblée générale' });
    expect(within(assembly).getByRole('row', { name: /Dissolution/ })).toHaveTextContent('unanimité des voix présentes ou représentées');
  });
});
