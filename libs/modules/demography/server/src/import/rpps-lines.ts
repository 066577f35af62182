/**
 * Text lines of a byte stream (LF or CRLF), decoded as UTF-8 without holding
 * more than one chunk; `onBytes` hears how far the reading has gone.
 */
export async function* readLines(bytes: AsyncIterable<Uint8Array>, onBytes: (count: number) => void = () => undefined): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8');
  let pending = '';
  for await (const chunk of bytes) {
    onBytes(chunk.length);
    pending += decoder.decode(chunk, { stream: true });
    let start = 0;
    for (let end = pending.indexOf('\n'); end >= 0; end = pending.indexOf('\n', start)) {
      yield withoutCarriageReturn(pending.slice(start, end));
      start = end + 1;
    }
    pending = pending.slice(start);
  }
  pending += decoder.decode();
  if (pending) yield withoutCarriageReturn(pending);
}

const withoutCarriageReturn = (line: string) => (line.endsWith('\r') ? line.slice(0, -1) : line);
