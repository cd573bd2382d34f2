/** Reads a Server-Sent Events body, calling `onEvent` with the data of each Kotha event, until it ends or is aborted. */
import { STREAM_EVENT } from '@kotha/common/contract';

export async function readKothaEvents(body: ReadableStream<Uint8Array> | null, onEvent: (data: string) => void): Promise<void> {
  const decoder = new TextDecoder();
  let buffer = '';
  try {
    for await (const chunk of body as unknown as AsyncIterable<Uint8Array>) {
      buffer += decoder.decode(chunk, { stream: true });
      let end: number;
      while ((end = buffer.indexOf('\n\n')) >= 0) {
        const frame = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        if (!frame.includes(`event: ${STREAM_EVENT}`)) continue;
        const data = frame.split('\n').find((line) => line.startsWith('data: '));
        if (data) onEvent(data.slice(6));
      }
    }
  } catch {
    // aborted at the end of the run
  }
}
