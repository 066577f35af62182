import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderWithUi } from '../../testing/render-with-ui';
import { SettingsForm } from './settings-form';

const schema = {
  type: 'object',
  properties: {
    showCommunesOnPortal: { default: true, type: 'boolean' },
    defaultPageSize: { default: 25, type: 'integer', minimum: 10, maximum: 100 },
    layout: { default: 'list', type: 'string', enum: ['list', 'map'] },
    title: { type: 'string', maxLength: 40 },
  },
};

const demo = {
  fr: {
    settings: {
      showCommunesOnPortal: 'Afficher les communes',
      showCommunesOnPortal_help: 'Visible sans compte.',
      defaultPageSize: 'Communes par page',
      layout: 'Présentation',
      layout_options: { list: 'Liste', map: 'Carte' },
      title: 'Titre',
    },
  },
  en: {
    settings: {
      showCommunesOnPortal: 'Show communes',
      showCommunesOnPortal_help: 'Visible without an account.',
      defaultPageSize: 'Communes per page',
      layout: 'Layout',
      layout_options: { list: 'List', map: 'Map' },
      title: 'Title',
    },
  },
};

function renderForm(onSubmit = vi.fn(), locale: 'fr' | 'en' = 'fr') {
  renderWithUi(
    <SettingsForm moduleId="demo" schema={schema} settings={{ defaultPageSize: 30, extra: 'kept' }} onSubmit={onSubmit} label="Paramètres du module Démo" />,
    { locale, namespaces: { demo } },
  );
  return onSubmit;
}

describe('SettingsForm', () => {
  it('renders one labelled input per setting, with the help text', () => {
    renderForm();
    expect(screen.getByRole('form', { name: 'Paramètres du module Démo' })).toBeInTheDocument();
    const toggle = screen.getByRole('switch', { name: 'Afficher les communes' });
    expect(toggle).toBeChecked();
    expect(toggle).toHaveAccessibleDescription('Visible sans compte.');
    expect(screen.getByRole('textbox', { name: 'Communes par page' })).toHaveValue('30');
    expect(screen.getByRole('combobox', { name: 'Présentation' })).toHaveValue('list');
    expect(screen.getByRole('option', { name: 'Carte' })).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Titre' })).toHaveValue('');
  });

  it('submits typed values', async () => {
    const user = userEvent.setup();
    const onSubmit = renderForm();
    await user.click(screen.getByRole('switch', { name: 'Afficher les communes' }));
    const pageSize = screen.getByRole('textbox', { name: 'Communes par page' });
    await user.clear(pageSize);
    await user.type(pageSize, '50');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Présentation' }), 'map');
    await user.type(screen.getByRole('textbox', { name: 'Titre' }), 'Nord meusien');
    await user.click(screen.getByRole('button', { name: 'Enregistrer les paramètres' }));
    expect(onSubmit).toHaveBeenCalledWith({ showCommunesOnPortal: false, defaultPageSize: 50, layout: 'map', title: 'Nord meusien', extra: 'kept' });
  });

  it('refuses out-of-range numbers with a translated message', async () => {
    const user = userEvent.setup();
    const onSubmit = renderForm(vi.fn(), 'en');
    const pageSize = screen.getByRole('textbox', { name: 'Communes per page' });
    await user.clear(pageSize);
    await user.type(pageSize, '500');
    await user.click(screen.getByRole('button', { name: 'Save settings' }));
    expect(onSubmit).not.toHaveBeenCalled();
    expect(pageSize).toHaveAccessibleDescription('The value must be at most 100.');
  });
});
