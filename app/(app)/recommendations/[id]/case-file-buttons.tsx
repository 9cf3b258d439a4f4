import { t } from "@/lib/i18n/messages";
import { PrintButton } from "../../reports/_components/print-button";

const button =
  "inline-flex items-center rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-700 hover:bg-slate-50";

/** The story as a case file: the PDF the server draws, or this page printed (globals.css prints it plainly). */
export function CaseFileButtons({ id }: { id: number }) {
  return (
    <div className="no-print flex flex-wrap items-center gap-2" data-testid="case-file-buttons">
      <a href={`/api/export/recommendations/${id}/case-file.pdf`} download className={button}>
        {t("caseFile.pdf")}
      </a>
      <PrintButton />
    </div>
  );
}
