#!/usr/bin/env bash
# Regenerates the pictures in docs/ from fresh demo runs (loopback only):
#   docs/window.png     the desktop window after the demo script (English)
#   docs/window-zh.png  the same in Chinese
#   docs/report.png     page 1 of the evidence package's report.html, rendered by headless Chromium
#   docs/report.pdf     the whole report printed to PDF by Chromium (how it prints)
# Installs Xvfb, GTK 3, CJK fonts and Chromium from Debian when missing (run as root).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
missing=()
command -v xvfb-run >/dev/null || missing+=(xvfb xauth)
command -v chromium >/dev/null || missing+=(chromium)
dpkg -s libgtk-3-0 >/dev/null 2>&1 || missing+=(libgtk-3-0)
dpkg -s fonts-noto-cjk >/dev/null 2>&1 || missing+=(fonts-noto-cjk)
if [ ${#missing[@]} -gt 0 ]; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi
data="$(mktemp -d /tmp/consentlens-docs.XXXXXX)"
screen=(-a -s "-screen 0 1600x1000x24")
"$here/consentlens" --version >/dev/null
xvfb-run "${screen[@]}" "$here/consentlens" demo --data-dir "$data" --session docs-en --pace 50 \
  --screenshot "$here/docs/window.png"
CONSENTLENS_JAVA_OPTS="-Duser.language=zh -Duser.country=CN" xvfb-run "${screen[@]}" "$here/consentlens" demo \
  --data-dir "$data" --session docs-zh --pace 50 --screenshot "$here/docs/window-zh.png"
"$here/consentlens" export docs-en --out "$data/evidence.zip" --data-dir "$data" >/dev/null
"$here/consentlens" verify "$data/evidence.zip"
unzip -p "$data/evidence.zip" report.html > "$data/report.html"
chrome=(chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking
        --disable-component-update --disable-sync --user-data-dir="$data/chrome" --hide-scrollbars)
"${chrome[@]}" --window-size=1280,1800 --screenshot="$here/docs/report.png" "file://$data/report.html" 2>/dev/null
"${chrome[@]}" --no-pdf-header-footer --print-to-pdf="$here/docs/report.pdf" "file://$data/report.html" 2>/dev/null
ls -la "$here/docs/"*.png "$here/docs/"*.pdf
