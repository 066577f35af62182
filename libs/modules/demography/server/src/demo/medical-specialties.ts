import type { PracticeOption } from './practice';

export interface Savoirfaire {
  code: string;
  label: string;
}

interface MedicalSpecialty extends Savoirfaire {
  /** National density of the open extract, per 100 000 inhabitants. */
  density: number;
  /** Share practising as libéral (in a cabinet or a private clinic); the rest are hospital or centre staff. */
  liberalShare: number;
}

/** General practice: the three savoir-faire of the extract, and their rough shares. */
export const GENERAL_PRACTICE: readonly (Savoirfaire & { share: number })[] = [
  { code: 'SM26', label: 'Qualifié en Médecine générale', share: 0.4 },
  { code: 'SM53', label: 'Spécialiste en Médecine générale', share: 0.35 },
  { code: 'SM54', label: 'Médecine générale', share: 0.25 },
];

export const GENERAL_PRACTICE_DENSITY = 150;

/** Other specialties (codes and labels of CorrespondanceV2); densities sum to about 180 per 100 000. */
export const MEDICAL_SPECIALTIES: readonly MedicalSpecialty[] = [
  { code: 'SM02', label: 'Anesthésie-réanimation', density: 17, liberalShare: 0.3 },
  { code: 'SM04', label: 'Cardiologie et Maladies vasculaires', density: 11, liberalShare: 0.55 },
  { code: 'SM20', label: 'Gynécologie-obstétrique', density: 8, liberalShare: 0.4 },
  { code: 'SM19', label: 'Gynécologie médicale', density: 3, liberalShare: 0.75 },
  { code: 'SM40', label: 'Pédiatrie', density: 13, liberalShare: 0.35 },
  { code: 'SM42', label: 'Psychiatrie', density: 21, liberalShare: 0.3 },
  { code: 'SM43', label: 'Psychiatrie option enfant et adolescent', density: 3, liberalShare: 0.2 },
  { code: 'SM44', label: 'Radio-diagnostic', density: 13, liberalShare: 0.6 },
  { code: 'SM38', label: 'Ophtalmologie', density: 9, liberalShare: 0.8 },
  { code: 'SM34', label: 'ORL et Chirurgie cervico-faciale', density: 4.5, liberalShare: 0.6 },
  { code: 'SM15', label: 'Dermatologie et Vénéréologie', density: 5.5, liberalShare: 0.8 },
  { code: 'SM24', label: 'Gastro-entérologie et Hépatologie', density: 5.5, liberalShare: 0.5 },
  { code: 'SM41', label: 'Pneumologie', density: 4.5, liberalShare: 0.4 },
  { code: 'SM32', label: 'Neurologie', density: 4, liberalShare: 0.3 },
  { code: 'SM30', label: 'Néphrologie', density: 2.5, liberalShare: 0.25 },
  { code: 'SM48', label: 'Rhumatologie', density: 4, liberalShare: 0.6 },
  { code: 'SM16', label: 'Endocrinologie et métabolisme', density: 2.5, liberalShare: 0.5 },
  { code: 'SM27', label: 'Médecine interne', density: 4, liberalShare: 0.1 },
  { code: 'SM18', label: 'Gériatrie', density: 3, liberalShare: 0.05 },
  { code: 'SM59', label: "Médecine d'urgence", density: 6, liberalShare: 0.02 },
  { code: 'SM08', label: 'Chirurgie orthopédique et Traumatologie', density: 5, liberalShare: 0.6 },
  { code: 'SM14', label: 'Chirurgie viscérale et digestive', density: 3.5, liberalShare: 0.4 },
  { code: 'SM12', label: 'Chirurgie urologique', density: 1.8, liberalShare: 0.6 },
  { code: 'SM05', label: 'Chirurgie générale', density: 3, liberalShare: 0.3 },
  { code: 'SM03', label: 'Biologie médicale', density: 4, liberalShare: 0.3 },
  { code: 'SM01', label: 'Anatomie et Cytologie pathologiques', density: 2.5, liberalShare: 0.4 },
  { code: 'SM49', label: 'Santé publique et Médecine sociale', density: 2.5, liberalShare: 0 },
  { code: 'SM29', label: 'Médecine physique et réadaptation', density: 3, liberalShare: 0.2 },
  { code: 'SM36', label: 'Oncologie option médicale', density: 1.5, liberalShare: 0.2 },
  { code: 'SM45', label: 'Radio-thérapie', density: 1.2, liberalShare: 0.4 },
  { code: 'SM28', label: 'Médecine nucléaire', density: 1, liberalShare: 0.4 },
  { code: 'SM21', label: 'Hématologie', density: 1.5, liberalShare: 0.1 },
  { code: 'SM58', label: 'Maladies infectieuses et tropicales', density: 1, liberalShare: 0.05 },
  { code: 'SM61', label: 'Médecine vasculaire', density: 1.5, liberalShare: 0.6 },
];

/** Liberal specialists consult in town or in private clinics; the others are hospital staff, a few in centres de santé. */
export function specialistPractices(liberalShare: number): PracticeOption[] {
  const salaried = 1 - liberalShare;
  return [
    { kind: 'cabinet', mode: 'L', share: liberalShare * 0.7 },
    { kind: 'clinic', mode: 'L', share: liberalShare * 0.3 },
    { kind: 'hospital', mode: 'S', share: salaried * 0.94 },
    { kind: 'healthCentre', mode: 'S', share: salaried * 0.06 },
  ];
}
