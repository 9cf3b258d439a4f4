/**
 * Sentences of the organisation settings, the report's summary on screen, the
 * case file and the PDF buttons (same conventions as lib/i18n/messages.ts).
 */
export const reportMessages = {
  "settings.title": "Organisation settings",
  "settings.intro":
    "Your organisation's name, logo and disclaimer appear on the cover and footer of every report and export.",
  "settings.link": "Organisation settings",
  "settings.name": "Organisation name",
  "settings.nameHint":
    "As it should read on a report's cover, e.g. “Kazakhstan International Bureau for Human Rights”.",
  "settings.disclaimer": "Disclaimer",
  "settings.disclaimerHint": "Printed on the cover of reports and in the About sheet of Excel exports.",
  "settings.logo": "Logo",
  "settings.logoHint": "A PNG or JPEG image of at most {max}.",
  "settings.logoCurrent": "Current logo ({size})",
  "settings.logoNone": "No logo yet.",
  "settings.removeLogo": "Remove the logo",
  "settings.save": "Save settings",
  "settings.saving": "Saving…",
  "settings.saved": "Saved. Reports and exports now carry these details.",
  "settings.lastChanged": "Last changed {date}",
  "report.pdfButton": "Download PDF report",
  "report.pdfNeedsState": "Choose one state to download a PDF report.",
  "report.includeAssessedOnly": "Leave out recommendations not assessed yet",
  "report.execSummary": "Executive summary",
  "report.groupCount": { one: "{count} recommendation", other: "{count} recommendations" },
  "caseFile.pdf": "Download case file (PDF)",
  "caseFile.print": "Print",
  "filters.toggle": "Filters",
  "chart.shareWithCount": "{share} ({count})",
  "chart.columnTotal": "n = {count}",
  "filters.activeCount": { one: "{count} active", other: "{count} active" },
} as const;
