/** Lower-case, accent-free, hyphen-free form used to search commune names ("Saint-Mihiel" ~ "saint mihiel"). */
export function searchName(value: string): string {
  return value
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[-'’]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
