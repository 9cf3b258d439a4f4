#!/usr/bin/env bash
# `npm test`: every test — unit and integration (vitest, real SQLite + migrations), then browser (Playwright).
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1
npx vitest run
bash scripts/e2e.sh
