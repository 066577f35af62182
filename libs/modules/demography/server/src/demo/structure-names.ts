import { ofPlace } from './place-labels';

/** Ordinary place words for cabinet and pharmacy names — never people. */
const PLACE_SUFFIXES = [
  'DU CENTRE', 'DE LA GARE', 'DES TILLEULS', 'DU PARC', 'DE LA MAIRIE', 'DES LILAS', 'DU CHATEAU', 'DE LA FONTAINE', 'DES ECOLES',
  'DU MARCHE', "DE L'EGLISE", 'DU MOULIN', 'DES VIGNES', 'DES ROSES', 'DU PONT', 'DE LA PLACE', 'DES CEDRES', 'DU VAL', 'DES SOURCES',
  'DE LA VALLEE', 'DES QUATRE VENTS', 'DU CANAL', 'DES PEUPLIERS', 'DU LAVOIR', 'DE LA FORET', 'DES PRES', 'DU PLATEAU', 'DES JARDINS',
];

const HOSPITAL_SITES = ['SITE NORD', 'SITE SUD', 'SITE EST', 'SITE OUEST', 'SITE DU CENTRE', 'SITE DU PARC', 'SITE DES COLLINES', 'SITE DU VAL'];
const CLINICS = ['CLINIQUE DU PARC', 'POLYCLINIQUE DU CENTRE', 'CLINIQUE DES LILAS', 'CLINIQUE DE LA VALLEE', 'CLINIQUE DES CEDRES', 'POLYCLINIQUE DES QUATRE VENTS', 'CLINIQUE DES SOURCES', 'CLINIQUE DU PONT'];
const HEALTH_CENTRES = ['CENTRE DE SANTE MUNICIPAL', 'CENTRE DE SANTE DEPARTEMENTAL', 'CENTRE DE SANTE MUTUALISTE', 'CENTRE DE SANTE INTERCOMMUNAL'];
const DISABILITY_CARE = ["MAISON D'ACCUEIL SPECIALISEE", "FOYER D'ACCUEIL MEDICALISE", 'INSTITUT MEDICO-EDUCATIF'];
const RESIDENCES = ['LES TILLEULS', 'LES GLYCINES', 'LE VAL FLEURI', 'LES PEUPLIERS', 'LA ROSERAIE', 'LES CHARMILLES', 'LES PRIMEVERES', 'LE CLOS DU PARC'];

/** The n-th distinct item of a list from a starting point (hash), wrapping with a number once the list is used up. */
function nth(list: readonly string[], start: number, n: number): string {
  const item = list[(start + n) % list.length] as string;
  const round = Math.floor(n / list.length);
  return round === 0 ? item : `${item} ${round + 1}`;
}

export function hospitalName(communeName: string, population: number, site: number): string {
  const base = `${population >= 150_000 ? 'CENTRE HOSPITALIER UNIVERSITAIRE' : population >= 5_000 ? 'CENTRE HOSPITALIER' : 'HOPITAL DE PROXIMITE'} ${ofPlace(communeName)}`;
  return site === 0 ? base : `${base} - ${nth(HOSPITAL_SITES, 0, site - 1)}`;
}

export const clinicName = (start: number, site: number) => nth(CLINICS, start, site);

export function healthCentreName(communeName: string, start: number, site: number): string {
  const base = `${HEALTH_CENTRES[start % HEALTH_CENTRES.length]} ${ofPlace(communeName)}`;
  return site === 0 ? base : `${base} - ${nth(PLACE_SUFFIXES, start, site)}`;
}

export const disabilityCareName = (start: number, site: number) =>
  `${DISABILITY_CARE[(start + site) % DISABILITY_CARE.length]} ${nth(RESIDENCES, start, site)}`;

export function laboratoryName(communeName: string, site: number): string {
  const base = `LABORATOIRE DE BIOLOGIE MEDICALE ${ofPlace(communeName)}`;
  return site === 0 ? base : `${base} - SITE ${site + 1}`;
}

export function mspName(communeName: string, start: number, site: number): string {
  const base = `MAISON DE SANTE PLURIPROFESSIONNELLE ${ofPlace(communeName)}`;
  return site === 0 ? base : `${base} - ${nth(PLACE_SUFFIXES, start, site)}`;
}

/** "CABINET INFIRMIER DES TILLEULS", "PHARMACIE DU MARCHE"… distinct within a commune for distinct n. */
export const placeNamed = (prefix: string, start: number, n: number) => `${prefix} ${nth(PLACE_SUFFIXES, start, n)}`;
