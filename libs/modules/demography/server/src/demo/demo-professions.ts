import { GENERAL_PRACTICE, GENERAL_PRACTICE_DENSITY, MEDICAL_SPECIALTIES, specialistPractices, type Savoirfaire } from './medical-specialties';
import type { Concentration, PracticeOption } from './practice';

export interface ProfessionProfile {
  /** Relative weight of the profile within its profession. */
  weight: number;
  /** "Code savoir-faire" choices with their shares; empty when the profession has none. */
  savoirfaire: readonly (Savoirfaire & { share: number })[];
  practices: readonly PracticeOption[];
  concentration: Concentration;
  /** Share of liberal cabinets that are group practices rather than individual ones. */
  groupShare: number;
}

export interface DemoProfession {
  code: string;
  label: string;
  /** Professionals per 100 000 inhabitants in the open extract (salaried included). */
  density: number;
  /** Share registered with an RPPS number; the others still carry an ADELI number. */
  rppsShare: number;
  womenShare: number;
  /** "Docteur" as civilité d'exercice. */
  doctorTitle: boolean;
  /** Registering Ordre, shown in "Autorité d'enregistrement" for RPPS rows. */
  order: string | null;
  cabinetLabel: string;
  /** Liberal members join the maison de santé of their commune, when it has one, about half of the time. */
  joinsMsp: boolean;
  profiles: readonly ProfessionProfile[];
}

const GENERAL_PRACTICE_PRACTICES: PracticeOption[] = [
  { kind: 'cabinet', mode: 'L', share: 0.6 },
  { kind: 'hospital', mode: 'S', share: 0.24 },
  { kind: 'healthCentre', mode: 'S', share: 0.09 },
  { kind: 'disabilityCare', mode: 'S', share: 0.05 },
  { kind: 'healthCentre', mode: 'B', share: 0.02 },
];

const TOWN = { exponent: 1.15, minPopulation: 0 };

const medecin: DemoProfession = {
  code: '10',
  label: 'Médecin',
  density: 330,
  rppsShare: 1,
  womenShare: 0.5,
  doctorTitle: true,
  order: 'CNOM',
  cabinetLabel: 'CABINET MEDICAL',
  joinsMsp: true,
  profiles: [
    { weight: GENERAL_PRACTICE_DENSITY, savoirfaire: GENERAL_PRACTICE, practices: GENERAL_PRACTICE_PRACTICES, concentration: { exponent: 1.12, minPopulation: 0 }, groupShare: 0.6 },
    ...MEDICAL_SPECIALTIES.map((specialty) => ({
      weight: (specialty.density * 180) / MEDICAL_SPECIALTIES.reduce((sum, s) => sum + s.density, 0),
      savoirfaire: [{ code: specialty.code, label: specialty.label, share: 1 }],
      practices: specialistPractices(specialty.liberalShare),
      concentration: { exponent: 1.6, minPopulation: 2000 },
      groupShare: 0.5,
    })),
  ],
};

function singleProfile(practices: PracticeOption[], concentration: Concentration, groupShare: number): ProfessionProfile[] {
  return [{ weight: 1, savoirfaire: [], practices, concentration, groupShare }];
}

/** The professions of the demo extract, with densities near the national ones of the open extract. */
export const DEMO_PROFESSIONS: readonly DemoProfession[] = [
  medecin,
  {
    code: '21',
    label: 'Pharmacien',
    density: 110,
    rppsShare: 1,
    womenShare: 0.68,
    doctorTitle: true,
    order: 'CNOP',
    cabinetLabel: 'PHARMACIE',
    joinsMsp: false,
    profiles: singleProfile(
      [
        { kind: 'officine', mode: 'L', share: 0.35, pharmacistSection: 'A' },
        { kind: 'officine', mode: 'S', share: 0.47, pharmacistSection: 'D' },
        { kind: 'hospital', mode: 'S', share: 0.13, pharmacistSection: 'H' },
        { kind: 'laboratory', mode: 'S', share: 0.05, pharmacistSection: 'G' },
      ],
      TOWN,
      0,
    ),
  },
  {
    code: '40',
    label: 'Chirurgien-Dentiste',
    density: 65,
    rppsShare: 1,
    womenShare: 0.48,
    doctorTitle: true,
    order: 'CNOCD',
    cabinetLabel: 'CABINET DENTAIRE',
    joinsMsp: true,
    profiles: [
      {
        weight: 0.95,
        savoirfaire: [],
        practices: [
          { kind: 'cabinet', mode: 'L', share: 0.88 },
          { kind: 'healthCentre', mode: 'S', share: 0.08 },
          { kind: 'hospital', mode: 'S', share: 0.04 },
        ],
        concentration: { exponent: 1.3, minPopulation: 500 },
        groupShare: 0.45,
      },
      {
        weight: 0.05,
        savoirfaire: [{ code: 'SCD01', label: 'Orthopédie dento-faciale', share: 1 }],
        practices: [{ kind: 'cabinet', mode: 'L', share: 1 }],
        concentration: { exponent: 1.6, minPopulation: 3000 },
        groupShare: 0.3,
      },
    ],
  },
  {
    code: '50',
    label: 'Sage-Femme',
    density: 35,
    rppsShare: 1,
    womenShare: 0.97,
    doctorTitle: false,
    order: 'CNOSF',
    cabinetLabel: 'CABINET DE SAGE-FEMME',
    joinsMsp: true,
    profiles: singleProfile(
      [
        { kind: 'cabinet', mode: 'L', share: 0.35 },
        { kind: 'hospital', mode: 'S', share: 0.52 },
        { kind: 'clinic', mode: 'S', share: 0.08 },
        { kind: 'healthCentre', mode: 'S', share: 0.05 },
      ],
      { exponent: 1.3, minPopulation: 800 },
      0.3,
    ),
  },
  {
    code: '60',
    label: 'Infirmier',
    density: 1000,
    rppsShare: 0.6,
    womenShare: 0.87,
    doctorTitle: false,
    order: 'ONI',
    cabinetLabel: 'CABINET INFIRMIER',
    joinsMsp: true,
    profiles: singleProfile(
      [
        { kind: 'cabinet', mode: 'L', share: 0.18 },
        { kind: 'hospital', mode: 'S', share: 0.56 },
        { kind: 'clinic', mode: 'S', share: 0.11 },
        { kind: 'disabilityCare', mode: 'S', share: 0.1 },
        { kind: 'healthCentre', mode: 'S', share: 0.045 },
        { kind: 'disabilityCare', mode: 'B', share: 0.005 },
      ],
      { exponent: 1.05, minPopulation: 0 },
      0.6,
    ),
  },
  {
    code: '70',
    label: 'Masseur-Kinésithérapeute',
    density: 140,
    rppsShare: 0.9,
    womenShare: 0.5,
    doctorTitle: false,
    order: 'CNOMK',
    cabinetLabel: 'CABINET DE KINESITHERAPIE',
    joinsMsp: true,
    profiles: singleProfile(
      [
        { kind: 'cabinet', mode: 'L', share: 0.85 },
        { kind: 'hospital', mode: 'S', share: 0.1 },
        { kind: 'disabilityCare', mode: 'S', share: 0.05 },
      ],
      { exponent: 1.2, minPopulation: 300 },
      0.55,
    ),
  },
  {
    code: '80',
    label: 'Pédicure-Podologue',
    density: 20,
    rppsShare: 0.9,
    womenShare: 0.7,
    doctorTitle: false,
    order: 'ONPP',
    cabinetLabel: 'CABINET DE PEDICURIE-PODOLOGIE',
    joinsMsp: true,
    profiles: singleProfile(
      [
        { kind: 'cabinet', mode: 'L', share: 0.98 },
        { kind: 'disabilityCare', mode: 'S', share: 0.02 },
      ],
      { exponent: 1.3, minPopulation: 1000 },
      0.2,
    ),
  },
  {
    code: '91',
    label: 'Orthophoniste',
    density: 35,
    rppsShare: 0,
    womenShare: 0.97,
    doctorTitle: false,
    order: null,
    cabinetLabel: "CABINET D'ORTHOPHONIE",
    joinsMsp: true,
    profiles: singleProfile(
      [
        { kind: 'cabinet', mode: 'L', share: 0.85 },
        { kind: 'hospital', mode: 'S', share: 0.1 },
        { kind: 'disabilityCare', mode: 'S', share: 0.05 },
      ],
      { exponent: 1.3, minPopulation: 800 },
      0.35,
    ),
  },
  {
    code: '92',
    label: 'Orthoptiste',
    density: 8,
    rppsShare: 0,
    womenShare: 0.9,
    doctorTitle: false,
    order: null,
    cabinetLabel: "CABINET D'ORTHOPTIE",
    joinsMsp: false,
    profiles: singleProfile(
      [
        { kind: 'cabinet', mode: 'L', share: 0.7 },
        { kind: 'hospital', mode: 'S', share: 0.3 },
      ],
      { exponent: 1.5, minPopulation: 3000 },
      0.5,
    ),
  },
];
