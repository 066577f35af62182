export type AccessibilityProblem =
  | 'noBands'
  | 'bandMinutesInvalid'
  | 'bandsNotIncreasing'
  | 'weightOutOfRange'
  | 'weightsIncreasing'
  | 'travelNotPositive'
  | 'duplicateCommune'
  | 'coordinatesInvalid'
  | 'populationInvalid'
  | 'unknownCommune'
  | 'supplyInvalid'
  | 'fteInvalid'
  | 'thresholdInvalid'
  | 'limitInvalid';

/**
 * Refusal of an accessibility computation's input. `problem` is stable (the
 * server turns it into a translated message); `details` names the culprit,
 * e.g. `{ code: '55545' }` or `{ index: 2 }`.
 */
export class AccessibilityInputError extends Error {
  override readonly name = 'AccessibilityInputError';

  constructor(
    readonly problem: AccessibilityProblem,
    readonly details: Readonly<Record<string, string | number>> = {},
  ) {
    super(`Invalid accessibility input: ${problem}${Object.keys(details).length > 0 ? ` ${JSON.stringify(details)}` : ''}`);
  }
}
