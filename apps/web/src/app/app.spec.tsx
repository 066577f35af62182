import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { clearApiClients } from '../api/api-clients';
import { i18n } from '../i18n/web-i18n';
import { FakeApiError, installFakeApi } from '../testing/fake-api';
import { adminNav, camille, meuse, territorySettingsSchema } from '../testing/fixtures';
import { renderApp } from '../testing/render-app';

beforeEach(async () => {
  clearApiClients();
  document.cookie = 'ancrage_locale=; Max-Age=0; Path=/';
  await i18n.changeLanguage('fr');
});

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('tenant portal', () => {
  it("shows the tenant's identity and sends its slug and the CSRF header with every request", async () => {
    const api = installFakeApi({ 'platform.tenant.current': () => meuse, 'auth.me': () => null });
    renderApp('/t/meuse');

    expect(await screen.findByRole('heading', { level: 1, name: 'Département de la Meuse' })).toBeInTheDocument();
    expect(screen.getByText('Venez exercer en Meuse.')).toBeInTheDocument();
    const portalNav = screen.getByRole('navigation', { name: 'Navigation du portail' });
    expect(within(portalNav).getByRole('link', { name: 'Le territoire' })).toHaveAttribute('href', '/t/meuse/territory');
    expect(await screen.findByRole('link', { name: 'Se connecter' })).toHaveAttribute('href', '/t/meuse/login');
    expect(screen.getByRole('link', { name: 'Aller au contenu principal' })).toBeInTheDocument();
    expect(screen.getByRole('main')).toBeInTheDocument();
    for (const request of api.requests) {
      expect(request.headers).toMatchObject({ 'x-tenant': 'meuse', 'x-ancrage-csrf': '1' });
    }
  });

  it('switches to English: button name, <html lang>, cookie, and answers fetched again', async () => {
    const user = userEvent.setup();
    const api = installFakeApi({ 'platform.tenant.current': () => meuse, 'auth.me': () => null });
    renderApp('/t/meuse');
    await screen.findByRole('heading', { level: 1, name: 'Département de la Meuse' });

    await user.click(screen.getByRole('button', { name: 'English' }));

    expect(await screen.findByRole('button', { name: 'Français' })).toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: 'Portal navigation' })).toBeInTheDocument();
    expect(screen.getByText('Come and practise in the Meuse.')).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('en');
    expect(document.cookie).toContain('ancrage_locale=en');
    await waitFor(() => expect(api.calls('platform.tenant.current').at(-1)?.headers['accept-language']).toBe('en'));
  });

  it('says when a département is not on Ancrage', async () => {
    installFakeApi({
      'platform.tenant.current': () => {
        throw new FakeApiError('NOT_FOUND', "Ce département n'existe pas sur Ancrage.");
      },
      'auth.me': () => null,
    });
    renderApp('/t/atlantide');
    expect(await screen.findByRole('heading', { level: 1, name: 'Département introuvable' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Voir tous les départements' })).toHaveAttribute('href', '/');
  });

  it('answers unknown addresses with a 404 page linking home', async () => {
    installFakeApi({ 'platform.tenant.current': () => meuse, 'auth.me': () => null });
    renderApp('/t/meuse/nulle-part');
    expect(await screen.findByRole('heading', { level: 1, name: 'Page introuvable' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: "Retour à l'accueil" })).toHaveAttribute('href', '/t/meuse');
  });
});

describe('back-office', () => {
  it('sends visitors to the sign-in page, then back to where they were going', async () => {
    const user = userEvent.setup();
    let signedIn = false;
    const api = installFakeApi({
      'platform.tenant.current': () => (signedIn ? { ...meuse, nav: [...meuse.nav, ...adminNav] } : meuse),
      'auth.me': () => (signedIn ? camille : null),
      'auth.login': (input) => {
        const { password } = input as { email: string; password: string };
        if (password !== 'demo-ancrage-2026') throw new FakeApiError('UNAUTHORIZED', 'Adresse e-mail ou mot de passe incorrect.');
        signedIn = true;
        return { userId: camille.userId, displayName: camille.displayName };
      },
      'admin.modules.list': () => [],
    });
    const { router } = renderApp('/t/meuse/admin/modules');

    expect(await screen.findByRole('heading', { level: 1, name: 'Connexion' })).toBeInTheDocument();
    expect(router.state.location.search).toBe('?next=%2Ft%2Fmeuse%2Fadmin%2Fmodules');

    await user.click(screen.getByRole('button', { name: 'Se connecter' }));
    expect(screen.getByLabelText(/^Adresse e-mail/)).toHaveAccessibleDescription('Adresse e-mail invalide.');
    expect(api.calls('auth.login')).toHaveLength(0);

    await user.type(screen.getByLabelText(/^Adresse e-mail/), camille.email);
    await user.type(screen.getByLabelText(/^Mot de passe/), 'wrong password');
    await user.click(screen.getByRole('button', { name: 'Se connecter' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Adresse e-mail ou mot de passe incorrect.');

    await user.clear(screen.getByLabelText(/^Mot de passe/));
    await user.type(screen.getByLabelText(/^Mot de passe/), 'demo-ancrage-2026');
    await user.click(screen.getByRole('button', { name: 'Se connecter' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Modules' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/t/meuse/admin/modules');
    const menu = screen.getByRole('navigation', { name: "Menu de l'espace de gestion" });
    expect(within(menu).getByRole('link', { name: 'Communes' })).toHaveAttribute('href', '/t/meuse/admin/territory/communes');
    expect(within(menu).getByRole('link', { name: 'Modules' })).toHaveAttribute('aria-current', 'page');
  });

  it('shows the 403 page to a signed-in account without a role here', async () => {
    installFakeApi({ 'platform.tenant.current': () => meuse, 'auth.me': () => ({ ...camille, role: null, permissions: [] }) });
    renderApp('/t/meuse/admin');
    expect(await screen.findByRole('heading', { level: 1, name: 'Accès non autorisé' })).toBeInTheDocument();
  });

  it('toggles a module with a switch named after it and saves its generated settings form', async () => {
    const user = userEvent.setup();
    const settings = { showCommunesOnPortal: true, defaultPageSize: 25 };
    const api = installFakeApi({
      'platform.tenant.current': () => ({ ...meuse, nav: [...meuse.nav, ...adminNav] }),
      'auth.me': () => camille,
      'admin.modules.list': () => [{ id: 'territory', version: '1.0.0', dependsOn: [], enabled: true, settings, settingsSchema: territorySettingsSchema }],
      'admin.modules.setEnabled': () => ({ ok: true }),
      'admin.modules.updateSettings': (input) => ({ settings: (input as { settings: unknown }).settings }),
    });
    renderApp('/t/meuse/admin/modules');

    const toggle = await screen.findByRole('switch', { name: 'Territoire' });
    expect(toggle).toBeChecked();

    const pageSize = screen.getByRole('textbox', { name: 'Nombre de communes par page' });
    await user.clear(pageSize);
    await user.type(pageSize, '50');
    await user.click(screen.getByRole('switch', { name: 'Afficher la liste des communes sur le portail public' }));
    await user.click(screen.getByRole('button', { name: 'Enregistrer les paramètres' }));
    await waitFor(() => expect(api.calls('admin.modules.updateSettings')).toHaveLength(1));
    expect(api.calls('admin.modules.updateSettings')[0]?.input).toEqual({ moduleId: 'territory', settings: { showCommunesOnPortal: false, defaultPageSize: 50 } });

    await user.click(toggle);
    await waitFor(() => expect(api.calls('admin.modules.setEnabled')[0]?.input).toEqual({ moduleId: 'territory', enabled: false }));
  });
});
