#!/usr/bin/env bash
# `npm test`: format and lint checks, the type check, then every test — unit and integration (vitest, real SQLite + migrations), then browser (Playwright).
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1
echo "== Format check"
npx prettier --check . --log-level warn
echo "== Lint"
npx eslint . --max-warnings 0
echo "== Type check"
npx next typegen >/dev/null && npx tsc --noEmit -p .
echo "== Unit and integration tests"
npx vitest run
echo "== Browser tests"
bash scripts/e2e.sh
