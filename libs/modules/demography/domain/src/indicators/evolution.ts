/** Where a professional practised in a snapshot: one pair per (commune, professional). */
export interface Presence {
  communeCode: string;
  nationalId: string;
}

export interface CommuneEvolution {
  communeCode: string;
  before: number;
  after: number;
  arrivals: number;
  departures: number;
  net: number;
}

export interface Evolution {
  communes: CommuneEvolution[];
  /** Across the whole area: professionals new to it, gone from it. */
  arrivals: number;
  departures: number;
  before: number;
  after: number;
}

const byCommune = (presences: readonly Presence[]) => {
  const map = new Map<string, Set<string>>();
  for (const p of presences) {
    let ids = map.get(p.communeCode);
    if (!ids) map.set(p.communeCode, (ids = new Set()));
    ids.add(p.nationalId);
  }
  return map;
};

const countMissing = (from: ReadonlySet<string>, within: ReadonlySet<string> | undefined) => {
  let missing = 0;
  for (const id of from) if (!within?.has(id)) missing++;
  return missing;
};

/**
 * Arrivals and departures between two snapshots, per commune and overall.
 * A professional who moves between two communes of the area is a departure
 * from one and an arrival in the other, but neither for the area.
 */
export function compareSnapshots(before: readonly Presence[], after: readonly Presence[]): Evolution {
  const was = byCommune(before);
  const is = byCommune(after);
  const codes = [...new Set([...was.keys(), ...is.keys()])].sort();
  const communes = codes.map((communeCode) => {
    const a = was.get(communeCode) ?? new Set<string>();
    const b = is.get(communeCode) ?? new Set<string>();
    return { communeCode, before: a.size, after: b.size, arrivals: countMissing(b, a), departures: countMissing(a, b), net: b.size - a.size };
  });
  const everyoneBefore = new Set(before.map((p) => p.nationalId));
  const everyoneAfter = new Set(after.map((p) => p.nationalId));
  return {
    communes,
    arrivals: countMissing(everyoneAfter, everyoneBefore),
    departures: countMissing(everyoneBefore, everyoneAfter),
    before: everyoneBefore.size,
    after: everyoneAfter.size,
  };
}
