/** Pulls rows one at a time from a sync or async source, so writers never need the whole list. */
export type RowSource<T> = AsyncIterable<T> | Iterable<T>;

export function rowIterator<T>(rows: RowSource<T>): AsyncIterator<T> | Iterator<T> {
  return Symbol.asyncIterator in rows ? rows[Symbol.asyncIterator]() : rows[Symbol.iterator]();
}
