import type { BootstrapReport } from "../../lib/bootstrap";
import type { AppConfig } from "../../lib/config";

export function printBootstrap(report: BootstrapReport, cfg: AppConfig) {
  if (report.seeded)
    console.log(
      "Loaded the demo data: Kazakhstan × Human Rights Committee, the conscientious-objection case (source: Forum 18).",
    );
  if (report.admin?.password) {
    console.log("");
    console.log("  First administrator created — this password is shown only once:");
    console.log(`    Email:    ${report.admin.email}`);
    console.log(`    Password: ${report.admin.password}`);
    console.log("  Keep it somewhere safe, or set ADMIN_EMAIL and ADMIN_PASSWORD before the first start.");
    console.log("");
  } else if (report.admin) {
    console.log(`First administrator created from ADMIN_EMAIL: ${report.admin.email} (password from ADMIN_PASSWORD).`);
  }
  void cfg;
}
