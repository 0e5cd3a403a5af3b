#!/usr/bin/env bash
# Installs the Debian/Ubuntu packages the tests need (run as root or with sudo available).
# chromium: end-to-end tests. The rest open exported documents the way a reader would
# (test/core/documents): LibreOffice with Carlito (Calibri's metrics) and a CJK face, poppler,
# qpdf, python3-docx, xmllint; pandoc for the bench. Calc opens exported CSV as a spreadsheet would.
set -euo pipefail

apt_packages=(chromium libreoffice-writer-nogui libreoffice-calc-nogui fonts-crosextra-carlito fonts-noto-cjk poppler-utils qpdf
  python3-docx libxml2-utils unzip pandoc)

missing=()
for pkg in "${apt_packages[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || missing+=("$pkg")
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "test packages: all present"
  exit 0
fi
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
echo "test packages: installing ${missing[*]}"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
