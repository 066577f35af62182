import type { RouterOutputs } from '@ancrage/ui';

/** The candidate's own application, as `incentives.myApplication` answers it. */
export type MyApplication = RouterOutputs['incentives']['myApplication'];
export type RequiredDocumentOf = MyApplication['scheme']['requiredDocuments'][number];
export type AttachedDocument = MyApplication['documents'][number];
