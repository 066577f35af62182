import { expect, test } from '@playwright/test';
import { expectAccessible } from './support/accessibility';
import { ApplicationsBackOffice, CandidateSpace, frenchDay, IncentivesPortal, Outbox, parisToday, PortalAccount, SchemeEditor, SchemesBackOffice, type Candidate, type Situation } from './support/incentives-pages';
import { BackOffice, DEMO_PASSWORD } from './support/pages';

const INTERNE_IN_VERDUN: Situation = {
  status: 'Interne',
  profession: 'Médecin',
  specialty: 'Médecine générale',
  yearOfStudy: 8,
  age: 27,
  commune: { search: 'Verdun', option: /^Verdun \(55545\)$/ },
};

// A minimal PDF: the upload route judges the type by content, not by name.
const PROOF = { name: 'affectation-stage.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n') };

test('an admin publishes a scheme, a visitor finds it in the simulator and applies, an officer grants and pays it', async ({ page, browser }) => {
  test.setTimeout(240_000);
  const stamp = Date.now();
  const schemeName = `Prime d'accueil des internes E2E ${stamp} (fictive)`;
  const documentLabel = "Attestation d'affectation en stage";

  // 1. The admin creates, configures and publishes the scheme.
  const office = new BackOffice(page, 'meuse');
  await office.signIn('admin@meuse.demo.ancrage.fr');
  const schemes = new SchemesBackOffice(page, 'meuse');
  await schemes.open();
  await expect(schemes.schemesTable().getByRole('row', { name: /Aide au logement des internes \(fictive\)/ })).toContainText('Publié');
  await expectAccessible(page);
  await schemes.create(schemeName, "Aide à l'installation", 2500);

  const editor = new SchemeEditor(page);
  const slug = await editor.portalSlug();
  expect(slug).toMatch(new RegExp(`^prime-d-accueil-des-internes-e2e-${stamp}`));
  await editor.writeTexts('Une prime versée en une fois aux internes qui font un stage dans le département.', 'Dispositif fictif de démonstration, créé par le test de bout en bout.');
  await editor.targetOnly(['Interne']);
  await editor.chooseSelection('Attribution automatique');
  await editor.addOptionalDocument(documentLabel);
  await expectAccessible(page);
  await editor.save();
  await editor.publish(1);
  await editor.openTab('Versions');
  await expect(page.getByRole('table', { name: /1 version publiée/ }).getByRole('row', { name: /Version 1/ })).toContainText('En ligne');
  await expectAccessible(page);

  // 2. An anonymous visitor describes their situation in the simulator.
  const visitorContext = await browser.newContext();
  const visitor = await visitorContext.newPage();
  const portal = new IncentivesPortal(visitor, 'meuse');
  await portal.openSimulator();
  await portal.simulate(INTERNE_IN_VERDUN);
  const result = portal.eligible().getByRole('article', { name: schemeName, exact: true });
  await expect(result).toContainText('Vous y avez droit');
  await expect(result).toContainText(/Montant : 2\s500,00\s€ en 1 versement/);
  await expect(result).toContainText('Aucun engagement d\'exercice n\'est demandé.');
  // The schemes that do not apply say why.
  await expect(portal.notEligible().getByRole('article', { name: "Aide à l'installation en zone prioritaire (fictive)" })).toContainText('Ce dispositif ne s\'adresse pas à votre statut (Interne).');
  await expectAccessible(visitor);

  // 3. Applying needs an account.
  await portal.applyFromSimulation(schemeName);
  const applyUrl = visitor.url();
  expect(applyUrl).toContain(`/t/meuse/incentives/apply/${slug}?`);
  await expect(portal.signInNeeded()).toBeVisible();
  await expectAccessible(visitor);

  // A new account: the confirmation email is queued, its link is the recipient's secret (hidden from staff),
  // and the unconfirmed account cannot sign in yet.
  const newcomer = { name: `Inès Candidate-E2E-${stamp}`, email: `ines.e2e.${stamp}@example.org`, password: 'un-mot-de-passe-solide-2026' };
  await portal.signInNeeded().getByRole('link', { name: 'Créer un compte' }).click();
  const account = new PortalAccount(visitor, 'meuse');
  await account.signUp(newcomer.name, newcomer.email, newcomer.password);
  const outbox = new Outbox(page);
  await outbox.open();
  const email = await outbox.read(newcomer.email, /Confirmez votre adresse e-mail — Département de la Meuse/);
  await expect(email).toContainText(`Bonjour ${newcomer.name}`);
  await expect(email).toContainText(/\/t\/meuse\/verify-email\?token=…$/m);
  await expectAccessible(page);
  await visitor.goto(applyUrl);
  await portal.signInNeeded().getByRole('link', { name: 'Se connecter' }).click();
  await account.signIn(newcomer.email, newcomer.password);
  await expect(visitor.getByText("Confirmez d'abord votre adresse e-mail grâce au lien reçu.")).toBeVisible();

  // The candidate applies with a confirmed account that holds no role in the Meuse, and comes back to the form.
  const candidate: Candidate = { firstName: 'Inès', lastName: `Candidate-E2E-${stamp}`, email: 'elu@landes.demo.ancrage.fr', phone: '06 12 34 56 78', password: DEMO_PASSWORD };
  const fullName = `${candidate.firstName} ${candidate.lastName}`;
  await account.signIn(candidate.email, candidate.password);
  await expect(visitor).toHaveURL(applyUrl);
  await expect(visitor.getByRole('heading', { level: 1, name: `Demande : ${schemeName}` })).toBeVisible();

  // The situation described in the simulator is carried over; the contact is filled.
  const space = new CandidateSpace(visitor);
  await expect(space.applyForm().getByRole('combobox', { name: 'Vous êtes' })).toHaveValue('interne');
  await expect(space.applyForm().getByRole('combobox', { name: 'Profession (ou profession préparée)' })).toHaveValue('medecin');
  await expect(space.applyForm()).toContainText(documentLabel);
  await expectAccessible(visitor);
  await space.startApplication(candidate);

  await expect(visitor.getByRole('heading', { level: 1, name: schemeName })).toBeVisible();
  await expect(space.statusSection()).toContainText("Votre demande est un brouillon : elle n'a pas encore été envoyée.");
  await expect(space.section('Envoyer la demande')).toContainText('Toutes les pièces obligatoires sont jointes.');
  await space.attach(documentLabel, PROOF);
  await expectAccessible(visitor);
  await space.submit();
  await expect(space.statusSection()).toContainText('Votre demande est envoyée. Elle sera bientôt prise en charge par le service instructeur.');
  await expect(space.statusSection()).toContainText(/ : Déposé/);
  await expect(space.section('Envoyer la demande')).toHaveCount(0);
  const reference = await space.reference();
  expect(reference).not.toBe('');
  await expectAccessible(visitor);

  // 4. The officer instructs, grants, records the agreement and the first payment.
  const officerContext = await browser.newContext();
  const officerPage = await officerContext.newPage();
  await new BackOffice(officerPage, 'meuse').signIn('charge@meuse.demo.ancrage.fr');
  const applications = new ApplicationsBackOffice(officerPage, 'meuse');
  await applications.open();
  await applications.openByCandidate(fullName, reference);
  await expect(officerPage.getByRole('region', { name: 'Pièces justificatives' })).toContainText(PROOF.name);
  await expectAccessible(officerPage);

  const today = parisToday();
  await applications.move("Commencer l'instruction", 'En instruction');
  await applications.move("Accorder l'aide", 'Accordé');
  await applications.move('Enregistrer la signature de la convention', 'Convention signée', { label: 'Date de signature de la convention', day: today });
  const paymentRow = applications.payments().getByRole('row', { name: /N° 1/ });
  await expect(paymentRow).toContainText(/2\s500,00\s€/);
  await expect(paymentRow).toContainText('Prévu');
  await applications.recordPayment(1, today, `MANDAT-${stamp}`);

  await expect(applications.summary()).toContainText(`${fullName} — ${schemeName}`);
  await expect(applications.summary()).toContainText('Versements en cours');
  await expect(applications.history()).toContainText('« Convention signée » → « Versements en cours »');
  await expect(paymentRow).toContainText('Versé');
  await expect(paymentRow).toContainText(frenchDay(today));
  await expect(paymentRow).toContainText(`MANDAT-${stamp}`);
  await expect(applications.payments()).toContainText(/versé : 2\s500,00\s€ ; reste prévu : 0,00\s€/);
  await expect(officerPage.getByRole('region', { name: 'Décision et suivi' })).toContainText(frenchDay(today));
  await expectAccessible(officerPage);

  // The candidate sees the payment made.
  await visitor.reload();
  await expect(space.statusSection()).toContainText("L'aide vous est versée selon le calendrier ci-dessous.");
  await expect(space.section('Versements')).toContainText(`Versé le ${frenchDay(today)}`);
  await expectAccessible(visitor);

  await visitorContext.close();
  await officerContext.close();
});

test('@phone the simulator works on a phone', async ({ page }) => {
  const portal = new IncentivesPortal(page, 'meuse');
  await portal.openSimulator();
  await portal.simulate({ status: 'Interne', profession: 'Médecin', yearOfStudy: 7 });
  await expect(portal.eligible().getByRole('article', { name: 'Aide au logement des internes (fictive)' })).toContainText(/Montant : 1\s800,00\s€ en 6 versements/);
  await expect(portal.notEligible().getByRole('article').first()).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await expectAccessible(page);
});
