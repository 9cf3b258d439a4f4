#!/usr/bin/env bash
# `npm test`: format and lint checks, the type check, then every test — unit and integration (vitest, real SQLite + migrations), then browser (Playwright).
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1
echo "== Format check"
npx prettier --check . --log-level warn
# The typed-route declarations (.next/types) are generated first: lint's type-aware rules and tsc both read them.
npx next typegen >/dev/null
echo "== Lint"
npx eslint . --max-warnings 0
echo "== Type check"
npx tsc --noEmit -p .
echo "== Unit and integration tests"
npx vitest run
echo "== Browser tests"
bash scripts/e2e.sh
