/** One line of the scenario form: "N FTE settle in / leave <commune>". */
export interface ChangeDraft {
  key: number;
  direction: 'settle' | 'leave';
  fte: number | string;
  communeCode: string | null;
}

export const newChange = (key: number): ChangeDraft => ({ key, direction: 'settle', fte: 1, communeCode: null });

/** The `changes` of the scenario input: arrivals positive, departures negative (the schema checks the rest). */
export function toSupplyChanges(drafts: readonly ChangeDraft[]) {
  return drafts.map((draft) => {
    const fte = typeof draft.fte === 'number' ? draft.fte : Number.NaN;
    return { communeCode: draft.communeCode ?? '', deltaFte: draft.direction === 'leave' ? -fte : fte };
  });
}
