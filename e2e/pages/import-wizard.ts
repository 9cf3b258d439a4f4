import type { Locator, Page } from "@playwright/test";

type FileToUpload = string | { name: string; mimeType: string; buffer: Buffer };

/**
 * The import wizard (`app/(app)/import/`): the upload step, the review ("check") step with the
 * detected format, counts and column mapping, and the summary after the import.
 */
export class ImportWizard {
  constructor(readonly page: Page) {}

  async open() {
    await this.page.goto("/import");
  }

  get format(): Locator {
    return this.page.getByLabel("Format");
  }

  get file(): Locator {
    return this.page.getByLabel("File");
  }

  /** On the upload step: chooses the file (and the format, if given) and goes on to the review. */
  async upload(file: FileToUpload, format?: string) {
    if (format !== undefined) await this.format.selectOption(format);
    await this.file.setInputFiles(file);
    await this.page.getByRole("button", { name: "Upload and check" }).click();
  }

  get detectedFormat(): Locator {
    return this.page.getByTestId("detected-format");
  }

  get detectedEncoding(): Locator {
    return this.page.getByTestId("detected-encoding");
  }

  /** A count on the review step: "rows", "recommendations", "supported", "noted". */
  count(key: string): Locator {
    return this.page.getByTestId(`count-${key}`);
  }

  get columnMapping(): Locator {
    return this.page.getByTestId("column-mapping");
  }

  get previewRows(): Locator {
    return this.page.getByTestId("preview-table").locator("tbody tr");
  }

  get refused(): Locator {
    return this.page.getByTestId("refused");
  }

  get importButton(): Locator {
    return this.page.getByRole("button", { name: "Import", exact: true });
  }

  /** From the review to the summary. */
  async commit() {
    await this.importButton.click();
  }

  /** A figure of the summary: "created", "updated", "skipped". */
  summary(key: string): Locator {
    return this.page.getByTestId(`summary-${key}`);
  }

  async seeImported() {
    await this.page.getByRole("link", { name: "See the imported recommendations" }).click();
  }

  /** The upload step's table of recent imports, newest first. */
  get recentImports(): Locator {
    return this.page.getByTestId("recent-imports").locator("tbody tr");
  }
}
