/** "03-01" (as stored) → "01/03" (as French readers type it); anything else is shown as it is. */
export function monthDayToTyped(value: string): string {
  const match = /^(\d{2})-(\d{2})$/.exec(value);
  return match ? `${match[2]}/${match[1]}` : value;
}

/** "1/3" or "01/03" → "03-01"; what is not a day/month yet is kept as typed (and refused by validation). */
export function typedToMonthDay(typed: string): string {
  const [, day, month] = /^\s*(\d{1,2})\s*\/\s*(\d{1,2})\s*$/.exec(typed) ?? [];
  return day && month ? `${month.padStart(2, '0')}-${day.padStart(2, '0')}` : typed;
}
