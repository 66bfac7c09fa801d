import type { Questionnaire } from '../../model/questionnaire-schema';
import { decodeText } from './decode-text';
import type { ResponseChunks } from './response-chunks';
import type { ResponseEvent, ResponseFormat } from './response-event';
import { ResponseReader } from './response-reader';

/**
 * Streams a response set in JSON Lines or CSV, yielding each record as it
 * is read: a valid row, or the reasons it was rejected, always with the
 * physical line it starts on. Every row is parsed with zod and checked
 * against the questionnaire (`checkResponseRow`); a row whose id an
 * earlier accepted row already has is rejected, naming that row's line.
 * Blank lines are skipped but still counted for line numbers.
 *
 * JSON Lines: one JSON object per non-blank line. CSV: see `csvHeader`.
 *
 * @param chunks UTF-8 bytes or text, e.g. a Node ReadStream, a web ReadableStream or an array
 * @throws CrmMaturityError INVALID_UTF8 when the bytes are not valid UTF-8 (see `decodeText`)
 * @example
 * for await (const event of parseResponses(questionnaire, ['{"id":"a",...}\n', 'oops\n'], { format: 'jsonl' })) {
 *   console.log(event.kind, event.line);
 * }
 * // => row 1
 * // => rejected 2
 */
export async function* parseResponses(
  questionnaire: Questionnaire,
  chunks: ResponseChunks,
  options: { format: ResponseFormat },
): AsyncGenerator<ResponseEvent> {
  const reader = new ResponseReader(questionnaire, options.format);
  const events: ResponseEvent[] = [];
  const collect = (event: ResponseEvent) => {
    events.push(event);
  };
  for await (const text of decodeText(chunks)) {
    reader.push(text, collect);
    yield* events;
    events.length = 0;
  }
  reader.end(collect);
  yield* events;
}
