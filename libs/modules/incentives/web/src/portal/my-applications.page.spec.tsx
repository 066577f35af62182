import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { plain } from '@ancrage/ui/testing';
import { renderPage } from '../testing/render-page';
import { MyApplicationsPage } from './my-applications.page';
import { APPLICATION_ID, me, studyGrant } from './portal.fixtures';

const at = { path: '/t/:tenant/incentives/my-applications', url: '/t/meuse/incentives/my-applications' };

const summary = {
  id: APPLICATION_ID,
  reference: 'AID-2027-0001',
  schemeId: '7a1c2a9e-0000-4000-8000-000000000001',
  schemeSlug: 'bourse-internes',
  schemeName: studyGrant.name,
  kind: studyGrant.kind,
  status: 'approved' as const,
  rowVersion: 5,
  amountCents: 720_000,
  submittedAt: new Date('2027-03-03T09:00:00Z'),
  updatedAt: new Date('2027-03-10T09:00:00Z'),
};

describe("the candidate's applications", () => {
  it('lists them with their status in words', async () => {
    renderPage(<MyApplicationsPage />, { 'auth.me': () => me, 'incentives.myApplications': () => [summary, { ...summary, id: '7a1c2a9e-0000-4000-8000-0000000000a2', reference: 'AID-2027-0002', status: 'draft', amountCents: 0, submittedAt: null }] }, at);
    const list = await screen.findByRole('region', { name: '2 demandes' });
    const [approved, draft] = within(list).getAllByRole('article');
    expect(approved).toHaveTextContent('Accordé');
    expect(approved).toHaveTextContent('Envoyée le 03/03/2027 10:00');
    expect(plain(approved?.textContent)).toContain('Montant accordé : 7 200,00 €');
    expect(within(approved!).getByRole('link', { name: "Bourse d'études contre engagement (fictive)" })).toHaveAttribute('href', `/t/meuse/incentives/my-applications/${APPLICATION_ID}`);
    expect(draft).toHaveTextContent('Brouillon');
    expect(draft).toHaveTextContent('Pas encore envoyée');
  });

  it('asks to sign in first, without asking the API for anything personal', async () => {
    const { calls } = renderPage(<MyApplicationsPage />, { 'auth.me': () => null }, at);
    expect(await screen.findByRole('heading', { name: 'Connectez-vous pour continuer' })).toBeInTheDocument();
    expect(calls.map((call) => call.path)).toEqual(['auth.me']);
  });
});
