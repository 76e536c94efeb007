#!/usr/bin/env bash
# Installs the Debian packages brief needs, only those missing: Cairo and Pango headers, the
# fonts the page is drawn in, and the poppler and qpdf tools the tests read PDFs with.
set -euo pipefail
packages=(pkg-config libcairo2-dev libpango1.0-dev fonts-inter fonts-dejavu-core poppler-utils qpdf python3)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
echo "Installing: ${missing[*]}" >&2
sudo=""
[ "$(id -u)" -ne 0 ] && sudo="sudo"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
