import type { Route } from "next";
import Link from "next/link";
import { formatNumber } from "@/lib/i18n/format";
import { t } from "@/lib/i18n/messages";
import type { SimpleBar } from "./simple-bar-chart";
import type { StackRow, StatusSeries } from "./status-stack-chart";

const th = "px-2 py-1.5 text-left text-xs font-semibold text-slate-600";
const td = "px-2 py-1.5 text-right tabular-nums";

function Count({ n, href }: { n: number; href?: Route }) {
  if (!n || !href) return <>{formatNumber(n)}</>;
  return (
    <Link href={href} className="text-brand underline-offset-2 hover:underline">
      {formatNumber(n)}
    </Link>
  );
}

/** The table behind a stacked status chart: one row per group, one linked count per status. */
export function StatusTable({
  caption,
  groupHeader,
  rows,
  series,
  totalHref,
}: {
  caption: string;
  groupHeader: string;
  rows: StackRow[];
  series: StatusSeries[];
  totalHref: (row: StackRow) => Route;
}) {
  return (
    <table className="w-full min-w-[520px] border-collapse text-sm">
      <caption className="sr-only">{caption}</caption>
      <thead className="border-b border-slate-200">
        <tr>
          <th scope="col" className={th}>
            {groupHeader}
          </th>
          {series.map((s) => (
            <th key={s.key} scope="col" className={`${th} text-right`}>
              {s.label}
            </th>
          ))}
          <th scope="col" className={`${th} text-right`}>
            {t("site.chart.col.total")}
          </th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {rows.map((r) => (
          <tr key={r.key}>
            <th scope="row" className="px-2 py-1.5 text-left font-medium text-slate-800">
              {r.fullLabel ?? r.label}
            </th>
            {series.map((s) => (
              <td key={s.key} className={td}>
                <Count n={r.values[s.key]} href={r.hrefs[s.key]} />
              </td>
            ))}
            <td className={`${td} font-medium`}>
              <Count n={r.total} href={totalHref(r)} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The table behind a one-bar-per-category chart. */
export function SimpleTable({
  caption,
  categoryHeader,
  valueHeader,
  bars,
}: {
  caption: string;
  categoryHeader: string;
  valueHeader: string;
  bars: SimpleBar[];
}) {
  return (
    <table className="w-full border-collapse text-sm">
      <caption className="sr-only">{caption}</caption>
      <thead className="border-b border-slate-200">
        <tr>
          <th scope="col" className={th}>
            {categoryHeader}
          </th>
          <th scope="col" className={`${th} text-right`}>
            {valueHeader}
          </th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {bars.map((b) => (
          <tr key={b.key}>
            <th scope="row" className="px-2 py-1.5 text-left font-medium text-slate-800">
              {b.fullLabel ?? b.label}
            </th>
            <td className={td}>
              <Count n={b.n} href={b.href} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
