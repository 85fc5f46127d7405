#!/usr/bin/env bash
# Add Presenter to this user's application menu (no root needed), from an unpacked bundle:
#   ./install-desktop-entry.sh            install the menu entry and the icon
#   ./install-desktop-entry.sh --remove   take them away again
# The bundle itself stays where it is: move the folder first if you want it elsewhere, then
# run this again.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
data="${XDG_DATA_HOME:-$HOME/.local/share}"
entry="$data/applications/presenter.desktop"
icon="$data/icons/hicolor/256x256/apps/presenter.png"

if [ "${1:-}" = "--remove" ]; then
  rm -f "$entry" "$icon"
  echo "removed $entry and $icon"
  exit 0
fi

exe="$here/presenter"
[ -x "$exe" ] || { echo "no executable at $exe: run this from the bundle folder" >&2; exit 1; }
mkdir -p "$(dirname "$entry")" "$(dirname "$icon")"
cp "$here/presenter.png" "$icon"
# Desktop entries quote arguments with double quotes; escape the characters the spec reserves.
quoted=$(printf '%s' "$exe" | sed -e 's/\\/\\\\\\\\/g' -e 's/"/\\\\"/g' -e 's/`/\\\\`/g' -e 's/\$/\\\\$/g')
sed -e "s|@EXEC@|\"$quoted\"|" -e "s|@TRYEXEC@|$exe|" "$here/presenter.desktop" > "$entry"
chmod 644 "$entry"
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$data/applications" || true
command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q -t "$data/icons/hicolor" || true
echo "installed $entry (runs $exe)"
