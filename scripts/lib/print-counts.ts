import { formatNumber } from "../../lib/i18n/format";
import type { TableCounts } from "../../lib/backup/inventory";

/** One line per table, names left, counts right-aligned. */
export function printCounts(counts: TableCounts) {
  const names = Object.keys(counts);
  const width = Math.max(...names.map((n) => n.length));
  const numbers = names.map((n) => formatNumber(counts[n]));
  const numberWidth = Math.max(...numbers.map((n) => n.length));
  names.forEach((name, i) => console.log(`  ${name.padEnd(width)}  ${numbers[i].padStart(numberWidth)}`));
}
