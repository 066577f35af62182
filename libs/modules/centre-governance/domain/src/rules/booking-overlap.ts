/** A slot of a room held by a professional, as instants (the end excluded). */
export interface Booking {
  id?: string;
  roomId: string;
  professionalId: string;
  startsAt: Date;
  endsAt: Date;
}

/** Half-open intervals [start, end): a slot ending at 12:00 and one starting at 12:00 do not overlap. */
export function overlaps(a: { startsAt: Date; endsAt: Date }, b: { startsAt: Date; endsAt: Date }): boolean {
  return a.startsAt.getTime() < b.endsAt.getTime() && b.startsAt.getTime() < a.endsAt.getTime();
}

export interface BookingConflict {
  kind: 'room' | 'professional';
  booking: Booking;
}

/**
 * The bookings a new (or moved) booking collides with: the same room at the
 * same time, or the same professional in two places at once. A booking never
 * collides with itself (same id).
 */
export function bookingConflicts(candidate: Booking, existing: readonly Booking[]): BookingConflict[] {
  const conflicts: BookingConflict[] = [];
  for (const booking of existing) {
    if (candidate.id !== undefined && booking.id === candidate.id) continue;
    if (!overlaps(candidate, booking)) continue;
    if (booking.roomId === candidate.roomId) conflicts.push({ kind: 'room', booking });
    else if (booking.professionalId === candidate.professionalId) conflicts.push({ kind: 'professional', booking });
  }
  return conflicts;
}
