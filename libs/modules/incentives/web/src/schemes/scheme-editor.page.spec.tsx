import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { SchemeContent } from '@ancrage/incentives-domain';
import { ADMIN, READER, refusal, SCHEME_ID, schemeContent, schemeRow, schemeView, staff, territoryChoices } from '../admin-common/testing';
import type { FakeAnswers } from '../testing/render-page';
import { renderPage } from '../testing/render-page';
import { SchemeEditorPage } from './scheme-editor.page';

const PATH = { path: '/t/:tenant/admin/incentives/schemes/:id', url: `/t/meuse/admin/incentives/schemes/${SCHEME_ID}` };

function answers(view: ReturnType<typeof schemeView>, more: FakeAnswers = {}): FakeAnswers {
  return {
    'auth.me': () => staff(ADMIN),
    'incentives.scheme': () => view,
    'incentives.territoryChoices': () => territoryChoices,
    'incentives.schemes': () => [schemeRow()],
    ...more,
  };
}

const doctorCase = (expectEligible: boolean) => ({ label: 'Médecin qui s’installe', profile: { status: 'settling-professional' as const, profession: 'medecin' as const, receiving: [] }, expectEligible });

describe('scheme editor', () => {
  it('adds a typed condition with the rule builder and saves the draft with the version it loaded', async () => {
    const saved: { id: string; rowVersion: number; content: SchemeContent }[] = [];
    renderPage(
      <SchemeEditorPage />,
      answers(schemeView(), {
        'incentives.saveSchemeDraft': (input) => {
          saved.push(input as (typeof saved)[number]);
          return { rowVersion: 5, problems: [], testResults: [] };
        },
      }),
      PATH,
    );
    const user = userEvent.setup();
    await user.click(await screen.findByRole('tab', { name: 'Éligibilité' }));
    const builder = screen.getByRole('region', { name: "Conditions d'éligibilité" });
    expect(within(builder).getByRole('list', { name: 'Contenu de le groupe principal' }).children).toHaveLength(1);
    await user.selectOptions(within(builder).getByRole('combobox', { name: 'Nouvelle condition dans le groupe principal' }), 'age');
    await user.click(within(builder).getByRole('button', { name: 'Ajouter une condition dans le groupe principal' }));
    expect(within(builder).getByRole('combobox', { name: 'Condition 2' })).toHaveValue('age');
    // Focus follows the new condition, so that keyboard users go on from there.
    expect(within(builder).getByRole('combobox', { name: 'Condition 2' })).toHaveFocus();
    const max = within(builder).getByRole('textbox', { name: 'Âge maximum (condition 2)' });
    await user.clear(max);
    await user.type(max, '45');
    await user.click(within(builder).getByRole('button', { name: 'Monter la condition 2' }));
    expect(within(builder).getByRole('combobox', { name: 'Condition 1' })).toHaveValue('age');
    expect(within(builder).getByRole('button', { name: 'Monter la condition 1' })).toBeDisabled();
    // At the top of its group it can only go down again: focus lands there.
    expect(within(builder).getByRole('button', { name: 'Descendre la condition 1' })).toHaveFocus();
    expect(screen.getByText('Modifications non enregistrées.')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Enregistrer le brouillon' }));
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(saved[0]).toMatchObject({ id: SCHEME_ID, rowVersion: 4 });
    expect(saved[0]!.content.eligibility).toEqual({
      op: 'all',
      rules: [
        { op: 'condition', condition: { type: 'age', range: { max: 45 } } },
        { op: 'condition', condition: { type: 'profession', in: ['medecin'] } },
      ],
    });
    await waitFor(() => expect(screen.queryByText('Modifications non enregistrées.')).not.toBeInTheDocument());
  });

  it('runs the test cases live, explains a failing one and keeps Publish disabled with the reason', async () => {
    const published: unknown[] = [];
    renderPage(
      <SchemeEditorPage />,
      answers(schemeView(schemeContent({ testCases: [doctorCase(false)] })), {
        'incentives.saveSchemeDraft': () => ({ rowVersion: 5, problems: [], testResults: [] }),
        'incentives.publishScheme': (input) => {
          published.push(input);
          return { version: 1, rowVersion: 6 };
        },
      }),
      PATH,
    );
    const user = userEvent.setup();
    const publish = await screen.findByRole('button', { name: 'Publier' });
    expect(publish).toBeDisabled();
    expect(publish).toHaveAccessibleDescription(/1 cas de test échoue/);

    await user.click(screen.getByRole('tab', { name: 'Cas de test (1 en échec)' }));
    const testCase = screen.getByRole('region', { name: 'Cas 1 : Médecin qui s’installe' });
    expect(testCase).toHaveTextContent('Échec');
    expect(testCase).toHaveTextContent('Attendu : Non éligible ; obtenu : Éligible.');
    expect(within(testCase).getByRole('list', { name: 'Explication du cas « Médecin qui s’installe »' })).toHaveTextContent('✓ RemplieVotre profession est concernée : Médecin.');

    await user.click(within(testCase).getByRole('radio', { name: 'Éligible' }));
    expect(testCase).toHaveTextContent('Réussi');
    expect(publish).toBeDisabled();
    expect(publish).toHaveAccessibleDescription(/Enregistrez d'abord vos modifications/);

    await user.click(screen.getByRole('button', { name: 'Enregistrer le brouillon' }));
    await waitFor(() => expect(publish).toBeEnabled());
    await user.click(publish);
    await waitFor(() => expect(published).toEqual([{ id: SCHEME_ID, rowVersion: 5 }]));
  });

  it('inverts a condition, and the test cases follow at once', async () => {
    const saved: { content: SchemeContent }[] = [];
    renderPage(
      <SchemeEditorPage />,
      answers(schemeView(schemeContent({ testCases: [doctorCase(true)] })), {
        'incentives.saveSchemeDraft': (input) => {
          saved.push(input as (typeof saved)[number]);
          return { rowVersion: 5, problems: [], testResults: [] };
        },
      }),
      PATH,
    );
    const user = userEvent.setup();
    expect(await screen.findByRole('tab', { name: 'Cas de test' })).toBeInTheDocument();
    await user.click(screen.getByRole('tab', { name: 'Éligibilité' }));
    await user.click(screen.getByRole('button', { name: 'Inverser la condition 1' }));
    expect(screen.getByText('1. Inversé : ce qui suit ne doit pas être vrai')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: "Ne plus inverser l'élément 1" })).toHaveFocus();
    expect(screen.getByRole('tab', { name: 'Cas de test (1 en échec)' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Enregistrer le brouillon' }));
    await waitFor(() => expect(saved[0]?.content.eligibility).toEqual({ op: 'all', rules: [{ op: 'not', rule: { op: 'condition', condition: { type: 'profession', in: ['medecin'] } } }] }));
  });

  it('shows readers the configuration without letting them change it', async () => {
    renderPage(<SchemeEditorPage />, answers(schemeView(), { 'auth.me': () => staff(READER) }), PATH);
    expect(await screen.findByRole('textbox', { name: /Nom \(français\)/ })).toBeDisabled();
    expect(screen.queryByRole('button', { name: /Enregistrer/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Publier' })).not.toBeInTheDocument();
    const user = userEvent.setup();
    await user.click(screen.getByRole('tab', { name: 'Éligibilité' }));
    expect(screen.getByRole('button', { name: 'Ajouter une condition dans le groupe principal' })).toBeDisabled();
  });

  it('shows rule problems next to the builder as the rule changes', async () => {
    renderPage(<SchemeEditorPage />, answers(schemeView()), PATH);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('tab', { name: 'Éligibilité' }));
    const problems = screen.getByRole('region', { name: 'Problèmes' });
    expect(problems).toHaveTextContent('Aucun problème détecté.');
    await user.click(screen.getByRole('button', { name: 'Ajouter un groupe dans le groupe principal' }));
    await waitFor(() => expect(problems).toHaveTextContent('le groupe 2 — Un groupe « au moins une condition » ne contient aucune condition.'));
    // An empty "any" never holds, so neither does the whole rule: both are said, each where it is.
    expect(problems).toHaveTextContent('le groupe principal — Aucun profil ne peut remplir cette règle : personne ne serait éligible.');
    expect(screen.getByRole('tab', { name: 'Éligibilité (2 problèmes)' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Supprimer le groupe 2' }));
    await waitFor(() => expect(problems).toHaveTextContent('Aucun problème détecté.'));
  });

  it('explains a conflict and reloads the version someone else saved', async () => {
    let version = schemeView();
    renderPage(
      <SchemeEditorPage />,
      answers(version, {
        'incentives.scheme': () => version,
        'incentives.saveSchemeDraft': () => {
          throw refusal('Ce dispositif a été modifié entre-temps.', 'CONFLICT', 'incentives:errors.staleVersion');
        },
      }),
      PATH,
    );
    const user = userEvent.setup();
    const name = await screen.findByRole('textbox', { name: /Nom \(français\)/ });
    await user.clear(name);
    await user.type(name, 'Mon nom');
    await user.click(screen.getByRole('button', { name: 'Enregistrer le brouillon' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Ce dispositif a été modifié entre-temps.');
    expect(screen.getByRole('button', { name: 'Enregistrer le brouillon' })).toBeDisabled();

    version = schemeView(schemeContent({ name: { fr: 'Nom choisi par un collègue', en: '' } }), { rowVersion: 7 });
    await user.click(screen.getByRole('button', { name: 'Recharger la dernière version' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Nom choisi par un collègue' })).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: /Nom \(français\)/ })).toHaveValue('Nom choisi par un collègue');
    expect(screen.queryByText('Ce dispositif a été modifié entre-temps.')).not.toBeInTheDocument();
  });

  it('shows the server’s refusal of a publication in the user’s language', async () => {
    renderPage(
      <SchemeEditorPage />,
      answers(schemeView(schemeContent(), { hasUnpublishedChanges: false }), {
        'incentives.publishScheme': () => {
          throw refusal('Publication refusée : 1 point à corriger.', 'BAD_REQUEST', 'incentives:errors.publishRefused');
        },
      }),
      PATH,
    );
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Publier' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Publication refusée : 1 point à corriger.');
  });

  it('evaluates the test cases on the communes of an EPCI added to an area, resolved by the server', async () => {
    const content = schemeContent({
      eligibility: { op: 'all', rules: [{ op: 'condition', condition: { type: 'practice-area', area: { communes: ['55029'], epcis: [], perimeterIds: [] } } }] },
      testCases: [{ label: 'Médecin à Verdun', profile: { status: 'settling-professional', profession: 'medecin', practiceCommune: '55545', receiving: [] }, expectEligible: true }],
    });
    const { calls } = renderPage(
      <SchemeEditorPage />,
      answers(schemeView(content), { 'incentives.schemeGeo': () => ({ perimeters: {}, epcis: { '200066025': ['55545'] }, knownCommunes: ['55545', '55029'] }) }),
      PATH,
    );
    const user = userEvent.setup();
    expect(await screen.findByRole('tab', { name: 'Cas de test (1 en échec)' })).toBeInTheDocument();
    await user.click(screen.getByRole('tab', { name: 'Éligibilité' }));
    const area = screen.getByRole('group', { name: "Zone d'exercice (condition 1)" });
    await user.click(within(area).getByRole('combobox', { name: 'Intercommunalités (EPCI)' }));
    await user.click(await screen.findByRole('option', { name: 'CA du Grand Verdun' }));
    await waitFor(() => expect(screen.getByRole('tab', { name: 'Cas de test' })).toBeInTheDocument());
    expect(calls.find((call) => call.path === 'incentives.schemeGeo')?.input).toEqual({ communes: ['55029'], epcis: ['200066025'], perimeterIds: [] });
    await user.click(screen.getByRole('tab', { name: 'Cas de test' }));
    expect(screen.getByRole('region', { name: 'Cas 1 : Médecin à Verdun' })).toHaveTextContent('Réussi');
  });
});
