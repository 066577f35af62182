/**
 * The columns of the RPPS open extract `PS_LibreAcces_Personne_activite` that
 * the import reads, by header name (ANS may add or reorder columns).
 */
export const RPPS_COLUMNS = {
  identifierType: "Type d'identifiant PP",
  identifier: 'Identifiant PP',
  nationalIdentifier: 'Identification nationale PP',
  lastName: "Nom d'exercice",
  firstName: "Prénom d'exercice",
  professionCode: 'Code profession',
  professionLabel: 'Libellé profession',
  categoryCode: 'Code catégorie professionnelle',
  specialtyTypeCode: 'Code type savoir-faire',
  specialtyCode: 'Code savoir-faire',
  specialtyLabel: 'Libellé savoir-faire',
  modeCode: 'Code mode exercice',
  siret: 'Numéro SIRET site',
  finess: 'Numéro FINESS site',
  structureId: 'Identifiant technique de la structure',
  structureName: 'Raison sociale site',
  tradeName: 'Enseigne commerciale site',
  cedexOffice: 'Bureau cedex (coord. structure)',
  postalCode: 'Code postal (coord. structure)',
  communeCode: 'Code commune (coord. structure)',
  communeLabel: 'Libellé commune (coord. structure)',
  departementCode: 'Code Département (structure)',
  sectorCode: "Code secteur d'activité",
  sectorLabel: "Libellé secteur d'activité",
} as const;

export type RppsField = keyof typeof RPPS_COLUMNS;

/** The full 52-column header of the December 2021 edition, in its order (for writers of RPPS-format files). */
export const RPPS_HEADER_2021 = [
  "Type d'identifiant PP", 'Identifiant PP', 'Identification nationale PP', "Code civilité d'exercice", "Libellé civilité d'exercice",
  'Code civilité', 'Libellé civilité', "Nom d'exercice", "Prénom d'exercice", 'Code profession', 'Libellé profession',
  'Code catégorie professionnelle', 'Libellé catégorie professionnelle', 'Code type savoir-faire', 'Libellé type savoir-faire',
  'Code savoir-faire', 'Libellé savoir-faire', 'Code mode exercice', 'Libellé mode exercice', 'Numéro SIRET site', 'Numéro SIREN site',
  'Numéro FINESS site', 'Numéro FINESS établissement juridique', 'Identifiant technique de la structure', 'Raison sociale site',
  'Enseigne commerciale site', 'Complément destinataire (coord. structure)', 'Complément point géographique (coord. structure)',
  'Numéro Voie (coord. structure)', 'Indice répétition voie (coord. structure)', 'Code type de voie (coord. structure)',
  'Libellé type de voie (coord. structure)', 'Libellé Voie (coord. structure)', 'Mention distribution (coord. structure)',
  'Bureau cedex (coord. structure)', 'Code postal (coord. structure)', 'Code commune (coord. structure)',
  'Libellé commune (coord. structure)', 'Code pays (coord. structure)', 'Libellé pays (coord. structure)', 'Téléphone (coord. structure)',
  'Téléphone 2 (coord. structure)', 'Télécopie (coord. structure)', 'Adresse e-mail (coord. structure)', 'Code Département (structure)',
  'Libellé Département (structure)', 'Ancien identifiant de la structure', "Autorité d'enregistrement", "Code secteur d'activité",
  "Libellé secteur d'activité", 'Code section tableau pharmaciens', 'Libellé section tableau pharmaciens',
] as const;

export const RPPS_SEPARATOR = '|';
