/**
 * One tag per use of randomness, mixed into every stream's key with the seed: each trait has its
 * own stream, so adding or changing one never shifts the others (nor another edition's data).
 */
export const STREAM = {
  establishmentPresence: 100, // + FINESS digit of the kind
  establishmentDetails: 200, // + FINESS digit of the kind
  mspPresence: 301,
  groupCabinetName: 302,
  groupCabinetDetails: 303,
  mspName: 304,
  mspDetails: 305,
  individualCabinetDetails: 306,
  individualCabinetName: 307,
  arrivalsJitter: 401,
  cohortRounding: 402,
  career: 403,
  identity: 501,
  practice: 502,
} as const;
