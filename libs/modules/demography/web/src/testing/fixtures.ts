/** Fictitious answers of the demography API, shaped as the procedures return them. */

export const officer = (permissions: string[]) => ({
  userId: '00000000-0000-4000-8000-000000000002',
  email: 'charge@meuse.demo.ancrage.fr',
  displayName: 'Dominique (fictif)',
  isPlatformAdmin: false,
  role: 'officer',
  permissions,
});

export const READER = ['demography:demography.read'];
export const IMPORTER = ['demography:demography.read', 'demography:demography.import', 'demography:demography.configure'];

export const SNAPSHOT_2025 = { id: '6a1c2a9e-0000-4000-8000-000000002025', extractedOn: '2025-12-01', fictitious: true, fileName: 'PS_LibreAcces_Personne_activite_2025.txt' };
export const SNAPSHOT_2024 = { id: '6a1c2a9e-0000-4000-8000-000000002024', extractedOn: '2024-12-01', fictitious: true, fileName: 'PS_LibreAcces_Personne_activite_2024.txt' };

export const snapshotRow = (snapshot: typeof SNAPSHOT_2025, status = 'ready', counts: Record<string, number> = { rowsRead: 2500, kept: 1300, professionals: 1234 }) => ({
  ...snapshot,
  status,
  bytesTotal: 1000,
  bytesRead: status === 'ready' ? 1000 : 0,
  counts,
  errorKey: null,
  createdAt: new Date('2026-01-05T10:00:00Z'),
  finishedAt: status === 'ready' ? new Date('2026-01-05T10:02:00Z') : null,
});

export const indicatorRow = (code: string, name: string, population: number, headcount: number, fte: number, liberalFte: number, salariedFte: number) => ({
  code,
  name,
  population,
  headcount,
  fte,
  densityPer100k: population > 0 ? (fte * 100_000) / population : null,
  liberalFte,
  salariedFte,
  otherFte: fte - liberalFte - salariedFte,
});

/** Two square communes side by side near Verdun, enough for the map to draw. */
export const square = (code: string, name: string, west: number) => ({
  type: 'Feature' as const,
  properties: { code, name },
  geometry: {
    type: 'Polygon',
    coordinates: [
      [
        [west, 49.1],
        [west + 0.1, 49.1],
        [west + 0.1, 49.2],
        [west, 49.2],
        [west, 49.1],
      ],
    ],
  },
});
