import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { computeAmount, incentivesModule, profileInput, type AmountSchedule } from '@ancrage/incentives-domain';
import { plain, renderWithUi } from '@ancrage/ui/testing';
import { useIncentivesFormat, type IncentivesFormat } from './use-incentives-format.hook';

function Show({ lines }: { lines: (format: IncentivesFormat) => string[] }) {
  const format = useIncentivesFormat();
  return (
    <ul>
      {lines(format).map((line, index) => (
        <li key={index}>{line}</li>
      ))}
    </ul>
  );
}

const shown = (lines: (format: IncentivesFormat) => string[], locale: 'fr' | 'en' = 'fr') => {
  renderWithUi(<Show lines={lines} />, { locale, namespaces: { incentives: incentivesModule.locales } });
  return screen.getAllByRole('listitem').map((item) => plain(item.textContent));
};

const byYear: AmountSchedule = {
  mode: 'by-year-of-study',
  byYear: [
    { year: 3, amountCents: 300_000 },
    { year: 2, amountCents: 200_000 },
  ],
  ceilingCents: 400_000,
};

describe('the incentives formats', () => {
  it('writes amount schedules, installments and commitments as French sentences', () => {
    const profile = profileInput.parse({ status: 'student', profession: 'medecin', yearOfStudy: 2 });
    expect(
      shown((format) => [
        format.amountSummary(byYear),
        format.amountSummary({ mode: 'per-stage-period', amountCents: 150_000, periods: 1 }),
        format.computedTotal(computeAmount(byYear, profile)),
        ...format.installmentLines(computeAmount(byYear, profile)),
        format.commitmentSummary({ years: 1, area: { communes: ['55545'], epcis: [], perimeterIds: [] }, mode: 'any', repayment: 'full' }, 'Verdun'),
        format.calendarSummary({ mode: 'yearly', opens: '03-01', closes: '06-30' }),
        format.openState(false, '2027-06-30'),
      ]),
    ).toEqual([
      "Selon l'année d'études, par an : 2e année : 2 000,00 €, 3e année : 3 000,00 € (plafonné à 4 000,00 € au total)",
      '1 500,00 € par stage de six mois, pour 1 stage',
      '4 000,00 € en 2 versements (montant plafonné)',
      '2 000,00 € au démarrage (2e année)',
      '2 000,00 € 12 mois après le démarrage (3e année)',
      "Exercer 1 an dans l'un de ces lieux : Verdun.",
      'Candidatures chaque année du 1 mars au 30 juin.',
      'Candidatures fermées pour le moment (prochaine date limite : 30 juin 2027)',
    ]);
  });

  it('speaks English, with English text of the admin when written and French otherwise', () => {
    expect(
      shown(
        (format) => [
          format.amountSummary({ mode: 'yearly', amountCents: 100_000, years: 3 }),
          format.text({ fr: 'Bourse', en: 'Grant' }),
          format.text({ fr: 'Bourse', en: '  ' }),
          format.commitmentSummary(null),
        ],
        'en',
      ),
    ).toEqual(['€1,000.00 a year for 3 years', 'Grant', 'Bourse', 'No commitment to practise is required.']);
  });
});
