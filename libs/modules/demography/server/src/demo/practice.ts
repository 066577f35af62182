/** Where a situation takes place; each kind maps to one kind of structure of the extract. */
export type PracticeKind = 'cabinet' | 'officine' | 'hospital' | 'clinic' | 'healthCentre' | 'disabilityCare' | 'laboratory';

/** "Code mode exercice": libéral, salarié, bénévole. */
export type ModeCode = 'L' | 'S' | 'B';

/** "Code section tableau pharmaciens" (Ordre des pharmaciens). */
export type PharmacistSection = 'A' | 'D' | 'G' | 'H';

export interface PracticeOption {
  kind: PracticeKind;
  mode: ModeCode;
  share: number;
  pharmacistSection?: PharmacistSection;
}

export const MODE_LABELS: Record<ModeCode, string> = { L: 'Libéral', S: 'Salarié', B: 'Bénévole' };

export const PHARMACIST_SECTION_LABELS: Record<PharmacistSection, string> = {
  A: "Pharmacien titulaire d'officine",
  D: 'Pharmacien adjoint, remplaçant ou gérant',
  G: 'Pharmacien biologiste',
  H: 'Pharmacien des établissements de santé',
};

/** How a profession's liberal practices spread over communes: weight = population^exponent above a threshold. */
export interface Concentration {
  exponent: number;
  minPopulation: number;
}
