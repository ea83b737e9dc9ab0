#!/usr/bin/env bash
# Lighthouse 12 (mobile) on the public pages of a running site, with Debian's Chromium.
# Prints one line per page with the four category scores, and the home page's transferred bytes.
# Usage: start the site (./mvnw spring-boot:run), then bench/lighthouse.sh [http://localhost:8080] [path...]
# Paths after the address are measured too, e.g. /names and a person's page once the register is open.
set -euo pipefail
site=${1:-http://localhost:8080}
shift || true
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm init -y >/dev/null && npm install --silent lighthouse@12 >/dev/null)
flags="--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage --disable-background-networking --disable-component-update --disable-sync --no-first-run"
for page in / /timeline /tributes /releases/2022-thirty-second-anniversary-of-the-black-january "$@"; do
  CHROME_PATH=${CHROME_PATH:-/usr/bin/chromium} "$work/node_modules/.bin/lighthouse" "$site$page" --quiet \
    --output=json --output-path="$work/report.json" --chrome-flags="$flags" \
    --only-categories=performance,accessibility,best-practices,seo
  python3 - "$page" "$work/report.json" <<'PY'
import json, sys
page, path = sys.argv[1], sys.argv[2]
report = json.load(open(path))
scores = " ".join(f"{key}={round(value['score'] * 100)}" for key, value in report["categories"].items())
print(f"{page}: {scores} transferred={int(report['audits']['total-byte-weight']['numericValue'])} B")
PY
done
