import { openFile, type FileStorage } from '@ancrage/files';
import type { DocumentFormat, RequiredDocument } from '@ancrage/incentives-domain';
import { appError } from '@ancrage/trpc';
import type { ApplicationsDb } from './applications-db';

const SIGNATURES: { format: DocumentFormat; contentType: string; bytes: number[] }[] = [
  { format: 'pdf', contentType: 'application/pdf', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] }, // %PDF-
  { format: 'image', contentType: 'image/png', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { format: 'image', contentType: 'image/jpeg', bytes: [0xff, 0xd8, 0xff] },
];

/** What the bytes are, whatever the name or the declared type says: a PDF, a PNG or JPEG image, or unknown. */
export function sniffContent(head: Uint8Array): { format: DocumentFormat; contentType: string } | null {
  const match = SIGNATURES.find((signature) => signature.bytes.every((byte, index) => head[index] === byte));
  return match ? { format: match.format, contentType: match.contentType } : null;
}

async function firstBytes(stream: AsyncIterable<Uint8Array>, count: number): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let length = 0;
  for await (const chunk of stream) {
    chunks.push(Buffer.from(chunk));
    length += chunk.length;
    if (length >= count) break;
  }
  return Buffer.concat(chunks).subarray(0, count);
}

/**
 * A stored file the candidate uploaded themselves, checked against what the
 * scheme asks for this document: its content (sniffed) and its size.
 */
export async function checkedUpload(db: ApplicationsDb, storage: FileStorage, input: { fileId: string; userId: string; document: RequiredDocument; t: (key: string) => string }) {
  const file = await db.selectFrom('platformFile').select(['id', 'name', 'sizeBytes', 'createdBy']).where('id', '=', input.fileId).executeTakeFirst();
  // Another person's file is as unknown as a file that does not exist.
  if (!file || file.createdBy !== input.userId) throw appError('NOT_FOUND', 'incentives:errors.applicationFileMissing');
  const maxBytes = input.document.maxMegabytes * 1024 * 1024;
  if (Number(file.sizeBytes) > maxBytes) throw appError('BAD_REQUEST', 'incentives:errors.applicationDocumentTooLarge', { megabytes: input.document.maxMegabytes });
  const opened = await openFile(db, storage, file.id);
  if (!opened) throw appError('NOT_FOUND', 'incentives:errors.applicationFileMissing');
  const head = await firstBytes(opened.stream, 8);
  opened.stream.destroy();
  const sniffed = sniffContent(head);
  if (!sniffed || !input.document.formats.includes(sniffed.format)) {
    throw appError('BAD_REQUEST', 'incentives:errors.applicationDocumentFormat', { formats: input.document.formats.map((format) => input.t(`incentives:documentFormats.${format}`)).join(', ') });
  }
  return { fileId: file.id, fileName: file.name, contentType: sniffed.contentType, sizeBytes: Number(file.sizeBytes) };
}

/** Required documents (not optional) the application still lacks. */
export function missingDocuments(required: readonly RequiredDocument[], attached: readonly { documentKey: string }[]): string[] {
  const present = new Set(attached.map((document) => document.documentKey));
  return required.filter((document) => !document.optional && !present.has(document.key)).map((document) => document.key);
}
