import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { incentivesModule } from '@ancrage/incentives-domain';
import { renderModulePage } from '@ancrage/ui/testing';
import { SchemeEditorPage } from '../schemes/scheme-editor.page';
import { ADMIN, SCHEME_ID, schemeContent, schemeRow, schemeView, staff, territoryChoices } from './testing';

/** Text i18next shows when a key has no message: the key itself. */
const untranslated = /\b(admin|shared|explain|conditions|kinds|statuses)\.[a-zA-Z-]+\.?/;

describe('the back-office in English', () => {
  it('has a message for every part of the scheme editor', async () => {
    const content = schemeContent({
      commitment: { years: 3, area: { communes: ['55545'], epcis: [], perimeterIds: [] }, mode: 'liberal', repayment: 'pro-rata' },
      calendar: { mode: 'yearly', opens: '03-01', closes: '06-30' },
      amount: { mode: 'by-year-of-study', byYear: [{ year: 2, amountCents: 300_000 }] },
      requiredDocuments: [{ key: 'diplome', label: { fr: 'Diplôme', en: 'Diploma' }, formats: ['pdf'], maxMegabytes: 5, optional: false }],
      testCases: [{ label: 'Doctor', profile: { status: 'settling-professional', profession: 'medecin', receiving: [] }, expectEligible: false }],
    });
    renderModulePage(
      <SchemeEditorPage />,
      { 'auth.me': () => staff(ADMIN), 'incentives.scheme': () => schemeView(content), 'incentives.territoryChoices': () => territoryChoices, 'incentives.schemes': () => [schemeRow()] },
      { module: incentivesModule, locale: 'en', path: '/t/:tenant/admin/incentives/schemes/:id', url: `/t/meuse/admin/incentives/schemes/${SCHEME_ID}` },
    );
    const user = userEvent.setup();
    expect(await screen.findByRole('button', { name: 'Save' })).toBeInTheDocument();
    for (const tab of ['Presentation', 'Amount and commitment', 'Eligibility', 'Test cases (1 failing)', 'Calendar and documents', 'Versions']) {
      await user.click(screen.getByRole('tab', { name: tab }));
      expect(document.body.textContent).not.toMatch(untranslated);
    }
    expect(document.body.textContent).toContain('No version published yet.');
  });
});
