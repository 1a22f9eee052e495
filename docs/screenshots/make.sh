#!/usr/bin/env bash
# Makes the screenshots in docs/screenshots/ from the committed output in output/:
#   notice-<lang>-375.png / notice-<lang>-1280.png  the debtors notice in nl, de and en, as a phone (375 px) and a
#                                                    desktop (1280 px) browser shows its first screen (Chromium headless);
#   record-docx.png / record-xlsx.png                the first printed page of the Dutch Art. 30 record, Word and Excel
#                                                    files, as LibreOffice prints them (PDF, then pdftoppm);
#   record-xlsx-overview.png                         the workbook's second page: the overview sheet, one page wide.
# Needs chromium, libreoffice (soffice), poppler-utils (pdftoppm) and fonts-crosextra-carlito (what .ci/run installs).
# Run from anywhere: bash docs/screenshots/make.sh. It writes only docs/screenshots/*.png and a temporary folder it deletes;
# LibreOffice and Chromium get that folder as HOME and profile, never yours. Rebuild output/ first
# (dotnet run --project src/Register.Cli -- build register --force) if the templates changed.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
shots="$root/docs/screenshots"
output="$root/output"
for program in chromium soffice pdftoppm; do
  command -v "$program" >/dev/null 2>&1 || { echo "make.sh: '$program' is not installed (see the comment at the top)." >&2; exit 2; }
done

scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
export HOME="$scratch/home" TMPDIR="$scratch"
mkdir -p "$HOME"

shoot() { # page width height target
  timeout 120 chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --no-first-run \
    --user-data-dir="$scratch/chromium" --force-device-scale-factor=1 \
    --window-size="$2,$3" --screenshot="$4" "file://$1" >/dev/null 2>&1
  [ -s "$4" ] || { echo "make.sh: no screenshot of $1" >&2; exit 1; }
}

for lang in nl de en; do
  page="$output/notices/privacy-debtors.$lang.html"
  shoot "$page" 375 812 "$shots/notice-$lang-375.png"
  shoot "$page" 1280 800 "$shots/notice-$lang-1280.png"
done

mkdir -p "$scratch/in" "$scratch/pdf"
cp "$output/records/nl/art30-controller.docx" "$scratch/in/record-docx.docx"
cp "$output/records/nl/art30-controller.xlsx" "$scratch/in/record-xlsx.xlsx"
timeout 300 soffice -env:UserInstallation="file://$scratch/libreoffice" --headless --invisible --norestore --nolockcheck \
  --convert-to pdf --outdir "$scratch/pdf" "$scratch/in/record-docx.docx" "$scratch/in/record-xlsx.xlsx" >/dev/null 2>&1
for name in record-docx record-xlsx; do
  [ -s "$scratch/pdf/$name.pdf" ] || { echo "make.sh: LibreOffice made no PDF of $name" >&2; exit 1; }
  timeout 60 pdftoppm -png -r 80 -f 1 -l 1 -singlefile "$scratch/pdf/$name.pdf" "$shots/$name"
done
# The overview sheet (page 2 of the workbook), fit to one page wide: every column of every activity on one page.
timeout 60 pdftoppm -png -r 80 -f 2 -l 2 -singlefile "$scratch/pdf/record-xlsx.pdf" "$shots/record-xlsx-overview"
echo "make.sh: wrote $(ls "$shots"/*.png | wc -l) screenshots to docs/screenshots/"
