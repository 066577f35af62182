// French order: accents and case ignored at first ("Étain" beside "Etain"), digits by value ("2" before "10").
const frenchCollator = new Intl.Collator('fr', { numeric: true, sensitivity: 'base' });

/** Ascending order of two present values: numbers by value, anything else as French text. */
export function compareValues(a: string | number, b: string | number): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return frenchCollator.compare(String(a), String(b));
}
