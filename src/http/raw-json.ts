/**
 * Response data that is already JSON text: a list page built where its rows were read (the SQLite
 * reader thread, db/dialects/sqlite-thread.ts) crosses to this thread as one string, and is written
 * into the envelope as it is instead of being parsed and serialised again.
 */
export class RawJson {
  constructor(readonly json: string) {}
}

/**
 * JSON.stringify, except that a `data` holding RawJson is spliced in verbatim. `data` is the last
 * property of every envelope (envelope.ts), so the text is the same as if it had been an object.
 */
export function serializePayload(payload: unknown): string {
  if (typeof payload !== 'object' || payload === null || !((payload as { data?: unknown }).data instanceof RawJson)) {
    return JSON.stringify(payload);
  }
  const { data, ...head } = payload as { data: RawJson };
  const headJson = JSON.stringify(head);
  return `${headJson.length > 2 ? `${headJson.slice(0, -1)},` : '{'}"data":${data.json}}`;
}
