#!/usr/bin/env bash
# Installs what brief needs, only what is missing: Cairo and Pango headers, the fonts the page
# is drawn in, the poppler and qpdf tools the tests read PDFs with, and the mail tests' SMTP server.
set -euo pipefail
packages=(pkg-config libcairo2-dev libpango1.0-dev fonts-inter fonts-dejavu-core poppler-utils qpdf python3)
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
# The mail tests' SMTP server (aiosmtpd) and test certificates (cryptography), from PyPI.
if ! python3 -c "import aiosmtpd, cryptography" 2>/dev/null; then
  echo "Installing from PyPI: aiosmtpd cryptography" >&2
  python3 -m pip install -q --disable-pip-version-check aiosmtpd cryptography 2>&1 | grep -v "Running pip as the 'root' user" >&2 || true
fi
