#!/usr/bin/env bash
# Browser tests: a fresh database with known users, the production build, Playwright.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1
bash scripts/ensure-chromium.sh

DB_DIR="data/e2e"
rm -rf "$DB_DIR"
mkdir -p "$DB_DIR"
export DATABASE_PATH="$DB_DIR/tracker.db"
ADMIN_EMAIL=admin@e2e.test ADMIN_PASSWORD=admin-password-e2e npx tsx scripts/prepare-db.ts >/dev/null
printf 'viewer-password-e2e\n' | npx tsx scripts/users.ts add --email viewer@e2e.test --name "Vera Viewer" --role viewer
printf 'editor-password-e2e\n' | npx tsx scripts/users.ts add --email editor@e2e.test --name "Eddie Editor" --role editor

if npx tsx -e 'import { needsBuild } from "./scripts/lib/needs-build"; process.exit(needsBuild(process.cwd()) ? 0 : 1)'; then
  npx next build
fi
npx playwright test "$@"
