#!/usr/bin/env bash
# Browser tests: a fresh database with known users, the production build, Playwright.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1
bash scripts/ensure-chromium.sh

# E2E_DATABASE_PATH lets a second run (another port, another NEXT_DIST_DIR) use its own database.
export E2E_DATABASE_PATH="${E2E_DATABASE_PATH:-data/e2e/tracker.db}"
rm -rf "$(dirname "$E2E_DATABASE_PATH")"
mkdir -p "$(dirname "$E2E_DATABASE_PATH")"
export DATABASE_PATH="$E2E_DATABASE_PATH"
ADMIN_EMAIL=admin@e2e.test ADMIN_PASSWORD=admin-password-e2e npx tsx --conditions=react-server scripts/prepare-db.ts >/dev/null
printf 'viewer-password-e2e\n' | npx tsx --conditions=react-server scripts/users.ts add --email viewer@e2e.test --name "Vera Viewer" --role viewer
printf 'editor-password-e2e\n' | npx tsx --conditions=react-server scripts/users.ts add --email editor@e2e.test --name "Eddie Editor" --role editor

if npx tsx -e 'import { needsBuild } from "./scripts/lib/needs-build"; process.exit(needsBuild(process.cwd()) ? 0 : 1)'; then
  npx next build
fi
npx playwright test "$@"
