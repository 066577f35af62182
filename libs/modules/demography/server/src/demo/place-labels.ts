/** Upper case without accents or ligatures, as addresses are printed: "Bœurs-en-Othe" → "BOEURS-EN-OTHE". */
export function plainUpperCase(value: string): string {
  return value
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .replace(/œ/gi, 'OE')
    .replace(/æ/gi, 'AE')
    .toUpperCase();
}

const POSTAL_ABBREVIATIONS: Record<string, string> = { SAINT: 'ST', SAINTE: 'STE' };

/** The town as La Poste prints it on the "bureau distributeur" line: "Saint-Rémy-la-Calonne" → "ST REMY LA CALONNE". */
export function postalTownLabel(communeName: string): string {
  return plainUpperCase(communeName)
    .replace(/[-'’]/g, ' ')
    .trim()
    .split(/\s+/)
    .map((word) => POSTAL_ABBREVIATIONS[word] ?? word)
    .join(' ');
}

/** "… DE" + the place, with French elision and contracted articles: Étain → "D'ETAIN", Le Neufour → "DU NEUFOUR". */
export function ofPlace(communeName: string): string {
  const name = plainUpperCase(communeName);
  if (name.startsWith('LES ')) return `DES ${name.slice(4)}`;
  if (name.startsWith('LE ')) return `DU ${name.slice(3)}`;
  if (name.startsWith('LA ')) return `DE LA ${name.slice(3)}`;
  if (/^L['’]/.test(name)) return `DE L'${name.slice(2)}`;
  if (/^[AEIOUYH]/.test(name)) return `D'${name}`;
  return `DE ${name}`;
}
