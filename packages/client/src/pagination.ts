/** A page of a keyset-paginated list (docs/api.md "Pagination and delta sync"). */
export interface Page<T> {
  data: T[];
  nextCursor: string | null;
  hasNextPage: boolean;
  /** The lists that delta-sync answer the workspace's change clock: the next pass's `lastSync`. */
  syncTimestamp?: string;
}

/**
 * A list walked page by page, following `nextCursor` until `hasNextPage` is false, and fetched
 * lazily: a loop that stops early fetches no further page. Iterate it for the records, or `pages()`
 * for the pages themselves (their `syncTimestamp`).
 */
export class PagedList<T> implements AsyncIterable<T> {
  constructor(private readonly fetchPage: (cursor: string | undefined) => Promise<Page<T>>) {}

  async *pages(): AsyncGenerator<Page<T>, void, undefined> {
    let cursor: string | undefined;
    do {
      const page = await this.fetchPage(cursor);
      yield page;
      cursor = page.hasNextPage && page.nextCursor !== null ? page.nextCursor : undefined;
    } while (cursor !== undefined);
  }

  async *[Symbol.asyncIterator](): AsyncGenerator<T, void, undefined> {
    for await (const page of this.pages()) yield* page.data;
  }

  /** Every record of the list, every page fetched. */
  async toArray(): Promise<T[]> {
    const records: T[] = [];
    for await (const record of this) records.push(record);
    return records;
  }
}
