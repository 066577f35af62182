import { RPPS_HEADER_2021, RPPS_SEPARATOR } from '@ancrage/demography-domain';
import type { DemoProfessional, DemoSite } from './demo-professional';
import { MODE_LABELS, PHARMACIST_SECTION_LABELS } from './practice';

type Column = (typeof RPPS_HEADER_2021)[number];

const position = new Map<string, number>(RPPS_HEADER_2021.map((name, index) => [name, index]));
const at = (column: Column) => position.get(column) as number;

/** Every line of the extract ends with a separator, the header included. */
export const RPPS_HEADER_LINE = `${RPPS_HEADER_2021.join(RPPS_SEPARATOR)}${RPPS_SEPARATOR}`;

const COLUMNS = {
  identifierType: at("Type d'identifiant PP"),
  identifier: at('Identifiant PP'),
  nationalIdentifier: at('Identification nationale PP'),
  practiceCivilityCode: at("Code civilité d'exercice"),
  practiceCivilityLabel: at("Libellé civilité d'exercice"),
  civilityCode: at('Code civilité'),
  civilityLabel: at('Libellé civilité'),
  lastName: at("Nom d'exercice"),
  firstName: at("Prénom d'exercice"),
  professionCode: at('Code profession'),
  professionLabel: at('Libellé profession'),
  categoryCode: at('Code catégorie professionnelle'),
  categoryLabel: at('Libellé catégorie professionnelle'),
  savoirfaireTypeCode: at('Code type savoir-faire'),
  savoirfaireTypeLabel: at('Libellé type savoir-faire'),
  savoirfaireCode: at('Code savoir-faire'),
  savoirfaireLabel: at('Libellé savoir-faire'),
  modeCode: at('Code mode exercice'),
  modeLabel: at('Libellé mode exercice'),
  siret: at('Numéro SIRET site'),
  siren: at('Numéro SIREN site'),
  finess: at('Numéro FINESS site'),
  legalFiness: at('Numéro FINESS établissement juridique'),
  technicalId: at('Identifiant technique de la structure'),
  name: at('Raison sociale site'),
  tradeName: at('Enseigne commerciale site'),
  streetNumber: at('Numéro Voie (coord. structure)'),
  repetition: at('Indice répétition voie (coord. structure)'),
  streetTypeCode: at('Code type de voie (coord. structure)'),
  streetTypeLabel: at('Libellé type de voie (coord. structure)'),
  streetName: at('Libellé Voie (coord. structure)'),
  distribution: at('Mention distribution (coord. structure)'),
  cedexLine: at('Bureau cedex (coord. structure)'),
  postalCode: at('Code postal (coord. structure)'),
  communeCode: at('Code commune (coord. structure)'),
  communeLabel: at('Libellé commune (coord. structure)'),
  formerId: at('Ancien identifiant de la structure'),
  authority: at("Autorité d'enregistrement"),
  sectorCode: at("Code secteur d'activité"),
  sectorLabel: at("Libellé secteur d'activité"),
  pharmacistSectionCode: at('Code section tableau pharmaciens'),
  pharmacistSectionLabel: at('Libellé section tableau pharmaciens'),
};

/** One line of the extract (without its line end): a professional at one practice site. */
export function rppsRowLine(professional: DemoProfessional, site: DemoSite): string {
  const fields = new Array<string>(RPPS_HEADER_2021.length).fill('');
  const set = (column: keyof typeof COLUMNS, value: string) => {
    fields[COLUMNS[column]] = value;
  };
  const { profession, person, savoirfaire, identifierType, identifier } = professional;
  set('identifierType', identifierType);
  set('identifier', identifier);
  set('nationalIdentifier', `${identifierType}${identifier}`);
  if (profession.doctorTitle) {
    set('practiceCivilityCode', 'DR');
    set('practiceCivilityLabel', 'Docteur');
  }
  set('civilityCode', person.civility);
  set('civilityLabel', person.civility === 'MME' ? 'Madame' : 'Monsieur');
  set('lastName', person.lastName);
  set('firstName', person.firstName);
  set('professionCode', profession.code);
  set('professionLabel', profession.label);
  set('categoryCode', 'C');
  set('categoryLabel', 'Civil');
  if (savoirfaire) {
    set('savoirfaireTypeCode', 'S');
    set('savoirfaireTypeLabel', 'Spécialité ordinale');
    set('savoirfaireCode', savoirfaire.code);
    set('savoirfaireLabel', savoirfaire.label);
  }
  set('modeCode', site.mode);
  set('modeLabel', MODE_LABELS[site.mode]);
  if (site.pharmacistSection) {
    set('pharmacistSectionCode', site.pharmacistSection);
    set('pharmacistSectionLabel', PHARMACIST_SECTION_LABELS[site.pharmacistSection]);
  }
  set('authority', authority(professional, site));
  const structure = site.structure;
  if (structure) {
    const { address } = structure;
    set('siret', structure.siret);
    set('siren', structure.siren);
    set('finess', structure.finess);
    set('legalFiness', structure.legalFiness);
    set('technicalId', structure.technicalId);
    set('name', structure.name);
    set('tradeName', structure.tradeName);
    set('streetNumber', address.streetNumber);
    set('repetition', address.repetition);
    set('streetTypeCode', address.streetTypeCode);
    set('streetTypeLabel', address.streetTypeLabel);
    set('streetName', address.streetName);
    set('distribution', address.distribution);
    set('cedexLine', address.cedexLine);
    set('postalCode', address.postalCode);
    set('communeCode', address.communeCode);
    set('communeLabel', address.communeLabel);
    set('formerId', structure.formerId);
    set('sectorCode', structure.sector.code);
    set('sectorLabel', structure.sector.label);
  }
  return `${fields.join(RPPS_SEPARATOR)}${RPPS_SEPARATOR}`;
}

/** Ordres register RPPS professionals; ARS (and CPAM for liberal practice) the ADELI ones. */
function authority({ profession, identifierType }: DemoProfessional, site: DemoSite): string {
  if (identifierType === '8' && profession.order) return `${profession.order}/${profession.order}/${profession.order}`;
  return site.mode === 'L' ? 'ARS/CPAM/CPAM' : 'ARS/ARS/ARS';
}
