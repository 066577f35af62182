import { parisToDate, type AgendaItem, type EventValues } from '@ancrage/events-domain';

const instantOrNull = (local: string) => (local ? parisToDate(local) : null);

/** The stored columns of an event from the form's values (Paris wall-clock times become instants). */
export function eventColumns(values: EventValues) {
  const agenda: AgendaItem[] = [...values.agenda]
    .sort((a, b) => a.startsAt.localeCompare(b.startsAt))
    .map((item) => ({
      startsAt: parisToDate(item.startsAt).toISOString(),
      endsAt: item.endsAt ? parisToDate(item.endsAt).toISOString() : null,
      title: item.title,
      place: item.place,
    }));
  return {
    title: values.title,
    summary: values.summary,
    description: values.description,
    kind: values.kind,
    format: values.format,
    communeName: values.communeName,
    address: values.address,
    accessHints: values.accessHints,
    onlineUrl: values.onlineUrl,
    startsAt: parisToDate(values.startsAt),
    endsAt: parisToDate(values.endsAt),
    agenda: JSON.stringify(agenda),
    audiences: values.audiences,
    partners: values.partners,
    capacity: values.capacity,
    reservedPlaces: values.reservedPlaces,
    quotas: JSON.stringify(values.quotas),
    registrationOpensAt: instantOrNull(values.registrationOpensAt),
    registrationClosesAt: instantOrNull(values.registrationClosesAt),
    questions: JSON.stringify(values.questions),
  };
}
