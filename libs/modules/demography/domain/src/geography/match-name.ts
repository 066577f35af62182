/**
 * The form in which RPPS towns and INSEE commune names are compared:
 * "55300 ST MIHIEL" and "Saint-Mihiel" both give "SAINT MIHIEL".
 */
export function matchName(name: string): string {
  return name
    .replace(/œ/gi, 'oe')
    .replace(/æ/gi, 'ae')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .map((word) => (word === 'ST' ? 'SAINT' : word === 'STE' ? 'SAINTE' : word))
    .join(' ');
}
