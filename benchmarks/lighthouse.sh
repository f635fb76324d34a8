#!/usr/bin/env bash
# Lighthouse (a development tool, not part of the site) on key pages in four
# languages, against a running site: BASE_URL (default http://127.0.0.1:8000,
# e.g. `make run` in another terminal, or gunicorn with production settings).
# Installs lighthouse@12.2.3 with npm into .lighthouse/ the first time and uses
# Debian's Chromium (CHROME_PATH). Prints performance, accessibility, best
# practices and SEO per page, phone emulation (Lighthouse's default).
set -euo pipefail
cd "$(dirname "$0")/.."

BASE_URL=${BASE_URL:-http://127.0.0.1:8000}
export CHROME_PATH=${CHROME_PATH:-/usr/bin/chromium}
TOOL_DIR=.lighthouse
if [ ! -x "$TOOL_DIR/node_modules/.bin/lighthouse" ]; then
    mkdir -p "$TOOL_DIR"
    npm install --prefix "$TOOL_DIR" --silent --no-audit --no-fund lighthouse@12.2.3
fi

run_lighthouse() { # url json-output log
    "$TOOL_DIR/node_modules/.bin/lighthouse" "$1" --quiet --output=json --output-path="$2" \
        --only-categories=performance,accessibility,best-practices,seo \
        --chrome-flags="--headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run --disable-quic" \
        >"$3" 2>&1
}

PAGES=(
    "/{lang}/"
    "/{lang}/about/mission/"
    "/{lang}/campaigns/"
    "/{lang}/campaigns/example-severance-appeal-cambodia/"
)
printf '%-62s %5s %5s %5s %5s\n' page perf a11y best seo
for lang in en zh-hant ja ko; do
    for template in "${PAGES[@]}"; do
        path=${template//\{lang\}/$lang}
        json=$(mktemp)
        log=$(mktemp)
        # Chromium occasionally fails to start here: one more try, then the
        # error's last line.
        if ! run_lighthouse "$BASE_URL$path" "$json" "$log" && ! run_lighthouse "$BASE_URL$path" "$json" "$log"; then
            echo "$path: lighthouse failed: $(grep -v '^\s*$' "$log" | tail -n 1)"
            rm -f "$json" "$log"
            continue
        fi
        rm -f "$log"
        python3 - "$json" "$path" <<'PY'
import json, sys
report = json.load(open(sys.argv[1]))
scores = [round(report["categories"][name]["score"] * 100) for name in ("performance", "accessibility", "best-practices", "seo")]
print(f"{sys.argv[2]:62} " + " ".join(f"{score:5d}" for score in scores))
PY
        rm -f "$json"
    done
done
