import { describe, expect, it } from 'vitest';
import { ofPlace, postalTownLabel } from './place-labels';

describe('place labels', () => {
  it('prints towns as on the bureau distributeur line', () => {
    expect(postalTownLabel('Saint-Rémy-la-Calonne')).toBe('ST REMY LA CALONNE');
    expect(postalTownLabel('Sainte-Menehould')).toBe('STE MENEHOULD');
    expect(postalTownLabel('Toussaint')).toBe('TOUSSAINT');
    expect(postalTownLabel("L'Isle-en-Rigault")).toBe('L ISLE EN RIGAULT');
    expect(postalTownLabel('Bœurs-en-Othe')).toBe('BOEURS EN OTHE');
  });

  it('says "of the place" with French elision and articles', () => {
    expect(ofPlace('Verdun')).toBe('DE VERDUN');
    expect(ofPlace('Étain')).toBe("D'ETAIN");
    expect(ofPlace('Hannonville-sous-les-Côtes')).toBe("D'HANNONVILLE-SOUS-LES-COTES");
    expect(ofPlace('Le Neufour')).toBe('DU NEUFOUR');
    expect(ofPlace('Les Islettes')).toBe('DES ISLETTES');
    expect(ofPlace('La Chalade')).toBe('DE LA CHALADE');
    expect(ofPlace("L'Isle-en-Rigault")).toBe("DE L'ISLE-EN-RIGAULT");
  });
});
