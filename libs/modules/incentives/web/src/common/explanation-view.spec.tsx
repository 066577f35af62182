import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { evaluateRule, incentivesModule, profileInput, type Rule } from '@ancrage/incentives-domain';
import { renderWithUi } from '@ancrage/ui/testing';
import { ExplanationView } from './explanation-view';

const render = (ui: React.ReactElement, locale: 'fr' | 'en' = 'fr') => renderWithUi(ui, { locale, namespaces: { incentives: incentivesModule.locales } });

const rule: Rule = {
  op: 'all',
  rules: [
    { op: 'condition', condition: { type: 'status', in: ['interne', 'docteur-junior'] } },
    { op: 'condition', condition: { type: 'specialty', in: ['medecine-generale'] } },
    { op: 'condition', condition: { type: 'practice-area', area: { communes: ['55545', '55029'], epcis: [], perimeterIds: [] } } },
    {
      op: 'any',
      rules: [
        { op: 'condition', condition: { type: 'commitment-years', min: 5 } },
        { op: 'not', rule: { op: 'condition', condition: { type: 'not-receiving', schemes: ['national:cesp'] } } },
      ],
    },
  ],
};
const geo = { perimeters: {}, epcis: {} };

describe('ExplanationView', () => {
  it('says which condition held, which failed and which answer is missing, in words and not only by colour', () => {
    const profile = profileInput.parse({ status: 'interne', profession: 'medecin', practiceCommune: '55100', commitmentYearsAccepted: 2 });
    render(<ExplanationView explanation={evaluateRule(rule, profile, geo)} names={{ communes: { '55545': 'Verdun', '55029': 'Belleville-sur-Meuse' } }} />);
    const list = screen.getByRole('list', { name: 'Conditions du dispositif' });
    const items = within(list).getAllByRole('listitem');
    expect(items[0]).toHaveTextContent('✓ RemplieVotre statut fait partie de ceux retenus : Interne, Docteur junior.');
    expect(items[1]).toHaveTextContent('? Réponse manquanteSpécialité non renseignée');
    expect(items[2]).toHaveTextContent("✗ Non remplieVotre commune d'exercice n'est pas dans la zone du dispositif. (Zone : Verdun ou Belleville-sur-Meuse.)");
    // The "any" group fails: 2 years instead of 5, and "not (not receiving CESP)" is false.
    expect(items[3]).toHaveTextContent('✗ Non remplieAu moins une de ces conditions :');
    expect(within(items[3]!).getByText(/engagement d'au moins 5 ans/)).toBeInTheDocument();
    expect(within(items[3]!).getByText('Cette condition ne doit pas être remplie :')).toBeInTheDocument();
    expect(within(items[3]!).getByText(/Vous ne bénéficiez pas de : Contrat d'engagement de service public \(CESP\)/)).toBeInTheDocument();
  });

  it('says when a rule asks nothing, and speaks English on English pages', () => {
    const profile = profileInput.parse({ status: 'student', profession: 'sage-femme' });
    const { unmount } = render(<ExplanationView explanation={evaluateRule({ op: 'all', rules: [] }, profile, geo)} />);
    expect(screen.getByText(/Aucune condition particulière/)).toBeInTheDocument();
    unmount();
    render(<ExplanationView explanation={evaluateRule({ op: 'condition', condition: { type: 'age', range: { max: 30 } } }, profile, geo)} />, 'en');
    expect(screen.getByRole('listitem')).toHaveTextContent(/^\? Answer missing/);
  });
});
