/**
 * RFC 4180 CSV of the recommendations export: UTF-8 with a byte-order mark (so Excel
 * opens Cyrillic and accents correctly instead of guessing a legacy code page), CRLF
 * line ends, fields quoted when they hold a comma, quote or line break, and every text
 * cell neutralised against formula injection (see cells.ts).
 */
import { neutraliseCell } from "./cells";
import { EN_EXPORT_LABELS, EXPORT_COLUMNS, type ExportLabels } from "./columns";
import { rowIterator, type RowSource } from "./rows";
import type { ExportRow } from "./types";

const BOM = "\uFEFF";
const CRLF = "\r\n";
/** Rows are encoded in chunks of about this many characters: few enqueues, small buffers. */
const CHUNK_CHARS = 64 * 1024;

export function csvField(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return "";
  const text = typeof value === "number" ? String(value) : neutraliseCell(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvLine(values: readonly (string | number | null | undefined)[]): string {
  return values.map(csvField).join(",") + CRLF;
}

export function csvHeaderLine(labels: ExportLabels = EN_EXPORT_LABELS): string {
  return csvLine(EXPORT_COLUMNS.map((c) => labels.headers[c.key]));
}

export function csvRowLine(row: ExportRow, labels: ExportLabels = EN_EXPORT_LABELS): string {
  return csvLine(EXPORT_COLUMNS.map((c) => c.value(row, labels)));
}

/**
 * A pull-based web stream for `new Response(stream)`: each pull reads just enough rows
 * to fill one chunk, and the next pull only happens when the consumer has taken it
 * (backpressure), so memory stays bounded whatever the number of rows.
 */
export function csvStream(
  rows: RowSource<ExportRow>,
  labels: ExportLabels = EN_EXPORT_LABELS,
): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const iterator = rowIterator(rows);
  return new ReadableStream<Uint8Array>(
    {
      start(controller) {
        controller.enqueue(encoder.encode(BOM + csvHeaderLine(labels)));
      },
      async pull(controller) {
        let chunk = "";
        while (chunk.length < CHUNK_CHARS) {
          const next = await iterator.next();
          if (next.done) {
            if (chunk) controller.enqueue(encoder.encode(chunk));
            controller.close();
            return;
          }
          chunk += csvRowLine(next.value, labels);
        }
        controller.enqueue(encoder.encode(chunk));
      },
      async cancel() {
        // Lets a database cursor behind the iterator close when the download is aborted.
        await iterator.return?.();
      },
    },
    { highWaterMark: 1 },
  );
}
