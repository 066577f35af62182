import { expect, type Locator, type Page } from '@playwright/test';

/** A situation described on the portal, in the words of the forms. */
export interface Situation {
  status: string;
  profession: string;
  specialty?: string;
  yearOfStudy?: number;
  age?: number;
  /** Typed in the commune picker, then the option matching `option` is chosen. */
  commune?: { search: string; option: RegExp };
}

export interface Candidate {
  firstName: string;
  lastName: string;
  email: string;
  phone: string;
  password: string;
}

/** The statuses a scheme may target, as the editor names them. */
const STATUSES = ['Étudiant', 'Interne', 'Docteur junior', "Professionnel qui s'installe", 'Professionnel en exercice'] as const;

const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Today in Paris, as a date input holds it ("YYYY-MM-DD"). */
export const parisToday = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(new Date());
/** "2026-11-24" → "24/11/2026", as the pages show a calendar day. */
export const frenchDay = (day: string) => day.split('-').reverse().join('/');

/** The profile questions shared by the simulator, the application form and the draft. */
async function fillSituation(scope: Page | Locator, page: Page, situation: Situation) {
  await scope.getByRole('combobox', { name: 'Vous êtes' }).selectOption({ label: situation.status });
  await scope.getByRole('combobox', { name: 'Profession (ou profession préparée)' }).selectOption({ label: situation.profession });
  if (situation.specialty) await scope.getByRole('combobox', { name: 'Spécialité' }).selectOption({ label: situation.specialty });
  if (situation.yearOfStudy !== undefined) await scope.getByRole('textbox', { name: "Année d'études" }).fill(String(situation.yearOfStudy));
  if (situation.age !== undefined) await scope.getByRole('textbox', { name: 'Âge' }).fill(String(situation.age));
  if (situation.commune) {
    await scope.getByRole('combobox', { name: "Commune d'exercice (ou d'installation envisagée)" }).fill(situation.commune.search);
    await page.getByRole('option', { name: situation.commune.option }).click();
  }
}

/** /t/:tenant/admin/incentives: the schemes, as an admin configures and publishes them. */
export class SchemesBackOffice {
  constructor(
    private readonly page: Page,
    readonly slug: string,
  ) {}

  async open() {
    await this.page.getByRole('link', { name: 'Aides et dispositifs', exact: true }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: "Dispositifs d'aide" })).toBeVisible();
    await expect(this.page.getByRole('table', { name: /dispositifs?$/ })).toBeVisible();
  }

  schemesTable() {
    return this.page.getByRole('table', { name: /dispositifs?$/ });
  }

  /** "New scheme": name, kind, one-off amount; the editor opens on the draft. */
  async create(name: string, kind: string, amountEuros: number) {
    const form = this.page.getByRole('region', { name: 'Nouveau dispositif' });
    await form.getByRole('textbox', { name: 'Nom du dispositif' }).fill(name);
    await expect(form.getByRole('textbox', { name: 'Adresse sur le portail' })).not.toHaveValue('');
    await form.getByRole('combobox', { name: "Type d'aide" }).selectOption({ label: kind });
    await form.getByRole('textbox', { name: "Montant de l'aide" }).fill(String(amountEuros));
    await form.getByRole('button', { name: 'Créer le dispositif' }).click();
    await expect(this.page.getByText('Dispositif créé : complétez-le puis publiez-le.')).toBeVisible();
    await expect(this.page.getByRole('heading', { level: 1, name })).toBeVisible();
  }
}

/** /t/:tenant/admin/incentives/schemes/:id: a scheme's configuration, saved as a draft then published. */
export class SchemeEditor {
  constructor(private readonly page: Page) {}

  /** The portal address, as the header states it ("Adresse : …"). */
  async portalSlug(): Promise<string> {
    const text = await this.page.getByText(/^Adresse : /).textContent();
    const slug = /^Adresse : (\S+)$/.exec(text ?? '')?.[1];
    expect(slug, 'the editor states the scheme’s address').toBeTruthy();
    return slug ?? '';
  }

  async openTab(name: string | RegExp) {
    await this.page.getByRole('tablist', { name: 'Parties du dispositif' }).getByRole('tab', { name }).click();
    await expect(this.page.getByRole('tab', { name })).toHaveAttribute('aria-selected', 'true');
  }

  async writeTexts(summary: string, description: string) {
    await this.openTab('Présentation');
    const texts = this.page.getByRole('region', { name: 'Textes' });
    await texts.getByRole('textbox', { name: 'Résumé (français)' }).fill(summary);
    await texts.getByRole('textbox', { name: 'Description (français)' }).fill(description);
  }

  /** Leaves only `audiences` ticked among the "Publics visés". */
  async targetOnly(audiences: readonly string[]) {
    await this.openTab('Présentation');
    const group = this.page.getByRole('group', { name: 'Publics visés' });
    for (const status of STATUSES) {
      const box = group.getByRole('checkbox', { name: status, exact: true });
      if (audiences.includes(status)) await box.check();
      else await box.uncheck();
    }
  }

  async chooseSelection(mode: 'Attribution automatique' | 'Sélection en commission') {
    await this.openTab('Calendrier et pièces');
    await this.page.getByRole('radio', { name: mode }).check();
  }

  /** Adds a document the candidate may attach (optional, PDF). */
  async addOptionalDocument(label: string) {
    await this.openTab('Calendrier et pièces');
    const documents = this.page.getByRole('region', { name: 'Pièces justificatives' });
    await documents.getByRole('button', { name: 'Ajouter une pièce' }).click();
    await documents.getByRole('textbox', { name: 'Intitulé en français (pièce 1)' }).fill(label);
    await documents.getByRole('checkbox', { name: 'Facultative (pièce 1)' }).check();
  }

  async save() {
    await expect(this.page.getByText('Modifications non enregistrées.')).toBeVisible();
    await this.page.getByRole('button', { name: 'Enregistrer le brouillon' }).click();
    await expect(this.page.getByText('Brouillon enregistré.')).toBeVisible();
    await expect(this.page.getByText('Modifications non enregistrées.')).toHaveCount(0);
  }

  readiness() {
    return this.page.getByRole('region', { name: /Prêt à publier|Publication impossible/ });
  }

  async publish(version: number) {
    await expect(this.readiness()).toContainText('Prêt à publier');
    await this.page.getByRole('button', { name: 'Publier', exact: true }).click();
    await expect(this.page.getByText(`Version ${version} publiée sur le portail.`)).toBeVisible();
    await expect(this.page.getByText(`version ${version} en ligne`)).toBeVisible();
  }
}

/** The public side: the simulator, then an application in the candidate's own space. */
export class IncentivesPortal {
  constructor(
    private readonly page: Page,
    readonly slug: string,
  ) {}

  async openSimulator() {
    await this.page.goto(`/t/${this.slug}/incentives/simulator`);
    await expect(this.page.getByRole('heading', { level: 1, name: "Simulateur d'aides" })).toBeVisible();
  }

  async simulate(situation: Situation) {
    const form = this.page.getByRole('form', { name: 'Décrivez votre situation' });
    await fillSituation(form, this.page, situation);
    await form.getByRole('button', { name: 'Voir mes aides' }).click();
    await expect(this.page.getByRole('heading', { level: 2, name: 'Résultat de la simulation' })).toBeFocused();
  }

  /** The schemes the situation qualifies for. */
  eligible() {
    return this.page.getByRole('region', { name: /aides? possibles? pour vous$/ });
  }

  notEligible() {
    return this.page.getByRole('region', { name: /aides? qui ne s'appliquen?t? pas$/ });
  }

  result(name: string) {
    return this.page.getByRole('article', { name, exact: true });
  }

  async applyFromSimulation(name: string) {
    await this.result(name).getByRole('link', { name: `Déposer une demande pour « ${name} »` }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: `Demande : ${name}` })).toBeVisible();
  }

  signInNeeded() {
    return this.page.getByRole('region', { name: 'Connectez-vous pour continuer' });
  }
}

/** The platform's account pages on a portal: sign-up, email confirmation, sign-in. */
export class PortalAccount {
  constructor(
    private readonly page: Page,
    readonly slug: string,
  ) {}

  async signUp(displayName: string, email: string, password: string) {
    await expect(this.page.getByRole('heading', { name: 'Créer un compte' })).toBeVisible();
    await this.page.getByRole('textbox', { name: 'Prénom et nom' }).fill(displayName);
    await this.page.getByRole('textbox', { name: 'Adresse e-mail' }).fill(email);
    await this.page.getByRole('textbox', { name: 'Mot de passe', exact: true }).fill(password);
    await this.page.getByRole('button', { name: 'Créer un compte' }).click();
    await expect(this.page.getByRole('heading', { name: 'Vérifiez votre boîte mail' })).toBeVisible();
    await expect(this.page.getByText(`Nous avons envoyé un lien de confirmation à ${email}`)).toBeVisible();
  }

  /** On the sign-in page reached from a page that needs an account. */
  async signIn(email: string, password: string) {
    await expect(this.page).toHaveURL(new RegExp(`/t/${this.slug}/login`));
    await this.page.getByRole('textbox', { name: 'Adresse e-mail' }).fill(email);
    await this.page.getByRole('textbox', { name: 'Mot de passe', exact: true }).fill(password);
    await this.page.getByRole('button', { name: 'Se connecter' }).click();
  }
}

/** /t/:tenant/admin/emails: the outbox, where the link of a sent email is read. */
export class Outbox {
  constructor(private readonly page: Page) {}

  async open() {
    await this.page.getByRole('link', { name: 'E-mails', exact: true }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: 'E-mails' })).toBeVisible();
  }

  /** Opens the newest email `subject` sent to `to`; returns the reading pane. */
  async read(to: string, subject: RegExp): Promise<Locator> {
    const row = this.page.getByRole('table', { name: /E-mails envoyés/ }).getByRole('row').filter({ hasText: to }).first();
    await row.getByRole('button', { name: subject }).click();
    const reader = this.page.getByRole('region', { name: subject });
    await expect(reader).toContainText(`À : ${to}`);
    return reader;
  }
}

/** /t/:tenant/incentives/apply/:slug and the candidate's application. */
export class CandidateSpace {
  constructor(private readonly page: Page) {}

  applyForm() {
    return this.page.getByRole('form', { name: 'Votre demande' });
  }

  async startApplication(candidate: Candidate, situation?: Situation) {
    const form = this.applyForm();
    await form.getByRole('textbox', { name: 'Prénom' }).fill(candidate.firstName);
    await form.getByRole('textbox', { name: 'Nom', exact: true }).fill(candidate.lastName);
    await expect(form.getByRole('textbox', { name: 'Adresse e-mail' })).toHaveValue(candidate.email);
    await form.getByRole('textbox', { name: 'Téléphone' }).fill(candidate.phone);
    if (situation) await fillSituation(form, this.page, situation);
    await form.getByRole('button', { name: 'Créer ma demande' }).click();
    await expect(this.page).toHaveURL(/\/incentives\/my-applications\/[0-9a-f-]{36}$/);
  }

  section(title: string) {
    return this.page.getByRole('region', { name: title });
  }

  statusSection() {
    return this.section('Où en est votre demande ?');
  }

  /** Chooses `file` for the document titled `document` and sends it (POST /api/files/mine, then attached). */
  async attach(document: string, file: { name: string; mimeType: string; buffer: Buffer }) {
    const row = this.section('Pièces justificatives').getByRole('listitem').filter({ has: this.page.getByRole('heading', { name: new RegExp(`^${escaped(document)}`) }) });
    const chooser = this.page.waitForEvent('filechooser');
    await row.getByRole('button', { name: 'Choisir un fichier' }).click();
    await (await chooser).setFiles(file);
    await row.getByRole('button', { name: 'Envoyer ce fichier' }).click();
    await expect(this.page.getByText(`Pièce « ${document} » reçue.`)).toBeVisible();
    await expect(row).toContainText('Reçue');
    await expect(row).toContainText(file.name);
  }

  async submit() {
    const section = this.section('Envoyer la demande');
    await expect(section).toContainText("D'après vos réponses, vous remplissez les conditions de cette aide.");
    await section.getByRole('button', { name: 'Envoyer ma demande' }).click();
    await expect(this.page.getByText('Votre demande est envoyée.', { exact: true })).toBeVisible();
  }

  async reference(): Promise<string> {
    const text = await this.page.getByText(/^Référence /).first().textContent();
    return /^Référence (\S+)/.exec(text ?? '')?.[1] ?? '';
  }
}

/** /t/:tenant/admin/incentives/applications and one application's file, as an officer instructs it. */
export class ApplicationsBackOffice {
  constructor(
    private readonly page: Page,
    readonly slug: string,
  ) {}

  async open() {
    await this.page.goto(`/t/${this.slug}/admin/incentives`);
    await this.page.getByRole('navigation', { name: 'Pages des aides' }).getByRole('link', { name: 'Candidatures' }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: 'Candidatures' })).toBeVisible();
  }

  /** Finds the application by the candidate's name and opens its file. */
  async openByCandidate(fullName: string, reference: string) {
    await this.page.getByRole('searchbox', { name: 'Rechercher (référence, nom, e-mail)' }).fill(fullName.split(' ').at(-1) ?? fullName);
    const row = this.page.getByRole('table', { name: /candidatures?$/ }).getByRole('row').filter({ hasText: fullName });
    await expect(row).toHaveCount(1);
    await expect(row).toContainText('Déposé');
    await row.getByRole('link', { name: reference }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: `Dossier ${reference}` })).toBeVisible();
  }

  /** The file's title, candidate, scheme and status. */
  summary() {
    return this.page.getByRole('heading', { level: 1 }).locator('xpath=..');
  }

  history() {
    return this.page.getByRole('region', { name: 'Historique' });
  }

  moves() {
    return this.page.getByRole('region', { name: 'Suite du dossier' });
  }

  /** Clicks the move's button, fills its date if it has one, confirms, and waits for the new status. */
  async move(action: string, status: string, on?: { label: string; day: string }) {
    await this.moves().getByRole('button', { name: action }).click();
    const form = this.page.getByRole('form', { name: `Passer le dossier à l'état « ${status} »` });
    if (on) await form.getByLabel(on.label).fill(on.day);
    await form.getByRole('button', { name: action }).click();
    await expect(this.page.getByText(`Dossier passé à l'état « ${status} ».`)).toBeVisible();
    await expect(form).toHaveCount(0);
  }

  payments() {
    return this.page.getByRole('region', { name: 'Versements' });
  }

  async recordPayment(seq: number, paidOn: string, reference: string) {
    await this.payments().getByRole('button', { name: `Enregistrer le versement n° ${seq}` }).click();
    const form = this.page.getByRole('form', { name: `Versement n° ${seq}` });
    await form.getByLabel('Versé le').fill(paidOn);
    await form.getByRole('textbox', { name: 'Référence comptable' }).fill(reference);
    await form.getByRole('button', { name: 'Enregistrer le versement' }).click();
    await expect(this.page.getByText(`Versement n° ${seq} enregistré.`)).toBeVisible();
  }
}
