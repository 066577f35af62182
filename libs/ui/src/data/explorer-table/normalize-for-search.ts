const COMBINING_MARKS = /\p{M}/gu;
const SEPARATORS = /[\s'’‐-]+/g;

/**
 * Text as a search compares it: without accents or case, with the ligatures
 * spelt out and hyphens and apostrophes read as spaces ("saint mihiel" finds "Saint-Mihiel").
 */
export function normalizeForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .toLocaleLowerCase('fr')
    .replaceAll('œ', 'oe')
    .replaceAll('æ', 'ae')
    .replace(SEPARATORS, ' ')
    .trim();
}
