#!/usr/bin/env bash
# Debian packages Parallax needs: python3-venv (to create .venv), Chromium (browser tests,
# static charts), CJK fonts (Korean place names) and Pango (PDF briefs, via WeasyPrint).
# Installs what is missing when run as root; otherwise says what to install. Python packages
# come from requirements.txt, not from here.
set -euo pipefail
missing=()
# Debian splits venv/ensurepip out of python3: `make setup` needs it to create .venv.
python3 -c "import ensurepip" >/dev/null 2>&1 || missing+=(python3-venv)
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
fc-list 2>/dev/null | grep -qi "Noto Sans CJK" || missing+=(fonts-noto-cjk)
for lib in libpango-1.0-0 libpangoft2-1.0-0; do
  dpkg-query -W -f='${Status}' "$lib" 2>/dev/null | grep -q "ok installed" || missing+=("$lib")
done
if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
  echo "Parallax needs these Debian packages: ${missing[*]}" >&2
  echo "Install them with: sudo apt-get install -y ${missing[*]}" >&2
  exit 0
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}"
