/**
 * A Response whose body is made piece by piece, for the data exports: at
 * 100,000 reports `data/reports.jsonl` is about a gigabyte, more than one
 * JavaScript string may hold, and the others need not be built as one
 * string first either. Pieces are sent in chunks of about 64 KB.
 */
const CHUNK = 64 * 1024;

export function streamedResponse(pieces: Iterable<string>, contentType: string): Response {
  const iterator = pieces[Symbol.iterator]();
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      let text = '';
      while (text.length < CHUNK) {
        const next = iterator.next();
        if (next.done) {
          if (text) controller.enqueue(encoder.encode(text));
          controller.close();
          return;
        }
        text += next.value;
      }
      controller.enqueue(encoder.encode(text));
    },
  });
  return new Response(body, { headers: { 'Content-Type': contentType } });
}
