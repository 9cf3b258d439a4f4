"use client";

import { useActionState } from "react";
import { FormMessage } from "@/app/_components/ui/form";
import { idle } from "@/app/_lib/action-state";
import { remapUploadAction } from "../actions";

export type MappingRow = { header: string; label: string; field: string; mapped: boolean; current: string };

/**
 * The column mapping as selects (file column → the column the format reads it as); "Read again"
 * re-parses the stored upload in the worker with that mapping. Sentences come translated from the page.
 */
export function MappingForm({
  uploadId,
  rows,
  expected,
  text,
}: {
  uploadId: string;
  rows: MappingRow[];
  expected: string[];
  text: { column: string; readAs: string; field: string; asInFile: string; submit: string; pending: string };
}) {
  const [state, action, pending] = useActionState(remapUploadAction, idle);
  return (
    <form action={action} className="space-y-3" data-testid="mapping-form">
      <input type="hidden" name="upload" value={uploadId} />
      <div className="overflow-x-auto">
        <table className="w-full max-w-3xl text-left text-sm" data-testid="column-mapping">
          <thead className="text-slate-500">
            <tr>
              <th className="py-1.5 pr-3">{text.column}</th>
              <th className="py-1.5 pr-3">{text.readAs}</th>
              <th className="py-1.5">{text.field}</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {rows.map((row, i) => (
              <tr key={`${row.header}-${i}`}>
                <td className="py-1.5 pr-3 font-mono text-xs">{row.label}</td>
                <td className="py-1.5 pr-3">
                  <input type="hidden" name="header" value={row.header} />
                  <select
                    name="as"
                    defaultValue={row.current}
                    aria-label={`${text.readAs}: ${row.label}`}
                    className="rounded-md border border-slate-300 bg-white px-2 py-1 text-sm focus-visible:outline focus-visible:outline-2 focus-visible:outline-brand"
                  >
                    <option value="">{text.asInFile}</option>
                    {expected.map((h) => (
                      <option key={h} value={h}>
                        {h}
                      </option>
                    ))}
                  </select>
                </td>
                <td className={`py-1.5 ${row.mapped ? "text-slate-900" : "text-slate-500"}`}>{row.field}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <button
        disabled={pending}
        className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium disabled:opacity-60"
      >
        {pending ? text.pending : text.submit}
      </button>
      <FormMessage state={state} />
    </form>
  );
}
