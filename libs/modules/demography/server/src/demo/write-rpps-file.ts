import { createWriteStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { generateRppsLines, type DemoRppsOptions } from './generate-rpps-lines';

/** Lines are grouped into chunks of about this many characters: far fewer stream writes than one per line. */
const CHUNK_CHARACTERS = 64 * 1024;

export interface WrittenRppsFile {
  /** Data rows, the header not counted. */
  rows: number;
  bytes: number;
}

/**
 * Writes a demo extract to disk, '\n' line ends. The lines are produced only as fast as the
 * file takes them (stream back-pressure), so memory stays bounded whatever the size. Bad options
 * are refused before the file is created; a failed write leaves no partial file.
 */
export async function writeRppsFile(path: string, options: DemoRppsOptions): Promise<WrittenRppsFile> {
  const lines = generateRppsLines(options);
  const header = lines.next(); // runs the option checks
  const written: WrittenRppsFile = { rows: 0, bytes: 0 };
  function* chunks(): Generator<string> {
    let chunk = header.done ? '' : `${header.value}\n`;
    for (const line of lines) {
      written.rows++;
      chunk += `${line}\n`;
      if (chunk.length >= CHUNK_CHARACTERS) {
        written.bytes += Buffer.byteLength(chunk);
        yield chunk;
        chunk = '';
      }
    }
    written.bytes += Buffer.byteLength(chunk);
    if (chunk) yield chunk;
  }
  try {
    await pipeline(Readable.from(chunks(), { objectMode: false }), createWriteStream(path));
  } catch (error) {
    await rm(path, { force: true });
    throw error;
  }
  return written;
}
