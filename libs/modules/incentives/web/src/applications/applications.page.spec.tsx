import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { OFFICER, OTHER_SCHEME_ID, plain, SCHEME_ID, schemeRow, staff } from '../admin-common/testing';
import { renderPage } from '../testing/render-page';
import { ApplicationsPage } from './applications.page';

const row = (overrides: Record<string, unknown>) => ({
  id: '44444444-4444-4444-8444-444444444444',
  reference: 'AID-2026-0007',
  schemeId: SCHEME_ID,
  schemeSlug: 'aide-installation',
  schemeVersion: 2,
  schemeName: { fr: "Aide à l'installation (fictive)", en: '' },
  kind: 'installation-aid',
  status: 'approved',
  rowVersion: 3,
  firstName: 'Camille',
  lastName: 'Martin',
  email: 'camille.martin@example.org',
  amountCents: 1_000_000,
  budgetYear: 2026,
  submittedAt: new Date('2026-11-10T09:15:00Z'),
  updatedAt: new Date('2026-11-12T09:15:00Z'),
  pendingChangeRequests: 1,
  ...overrides,
});

describe('applications list', () => {
  it('lists files with their status in words and amount in euros, filtered by scheme from the address and by status', async () => {
    const rows = [row({}), row({ id: '55555555-5555-4555-8555-555555555555', reference: 'AID-2026-0008', firstName: 'Dominique', lastName: 'Petit', status: 'committee', amountCents: 0, pendingChangeRequests: 0 })];
    const { calls } = renderPage(
      <ApplicationsPage />,
      {
        'auth.me': () => staff(OFFICER),
        'incentives.schemes': () => [schemeRow(), schemeRow({ id: OTHER_SCHEME_ID, name: { fr: "Bourse d'études (fictive)", en: '' } })],
        'incentives.applications': (input) => rows.filter((item) => !(input as { status?: string }).status || item.status === (input as { status?: string }).status),
      },
      { path: '/t/:tenant/admin/incentives/applications', url: `/t/meuse/admin/incentives/applications?scheme=${SCHEME_ID}` },
    );
    const first = await screen.findByRole('row', { name: /AID-2026-0007/ });
    expect(within(first).getByRole('link', { name: 'AID-2026-0007' })).toHaveAttribute('href', '/t/meuse/admin/incentives/applications/44444444-4444-4444-8444-444444444444');
    expect(plain(first.textContent)).toBe("AID-2026-0007Camille Martincamille.martin@example.orgAide à l'installation (fictive)Accordé1 demande de modification10 000,00 €10/11/2026 10:15");
    expect(screen.getByRole('row', { name: /AID-2026-0008/ })).toHaveTextContent('En commission');
    expect(screen.getByRole('combobox', { name: 'Dispositif' })).toHaveValue(SCHEME_ID);
    expect(calls.find((call) => call.path === 'incentives.applications')?.input).toEqual({ schemeId: SCHEME_ID });

    const user = userEvent.setup();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Statut' }), 'committee');
    await waitFor(() => expect(screen.queryByRole('row', { name: /AID-2026-0007/ })).not.toBeInTheDocument());
    expect(calls.map((call) => call.input)).toContainEqual({ schemeId: SCHEME_ID, status: 'committee' });
    expect(screen.getByRole('button', { name: 'Exporter en CSV' })).toBeEnabled();
  });
});
