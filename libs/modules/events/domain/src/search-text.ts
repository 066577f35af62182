/** Lower case, without accents or extra spaces: "Élodie  D'Arc" → "elodie d'arc". */
export function searchText(value: string): string {
  return value
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** Whether every word of the query appears in the text (both normalised). */
export function matchesSearch(text: string, query: string): boolean {
  const haystack = searchText(text);
  return searchText(query)
    .split(' ')
    .filter(Boolean)
    .every((word) => haystack.includes(word));
}
