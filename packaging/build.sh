#!/usr/bin/env bash
# Build the one-folder bundle dist/presenter/ with PyInstaller (build.spec), from anywhere:
#   packaging/build.sh [--distpath DIR] [--workpath DIR] [--no-neural]   (defaults: dist/ and build/)
# --no-neural leaves the natural voice out (Piper, onnxruntime, numpy, the voice): eSpeak NG only.
# Then: dist/presenter/presenter --self-test
# Environment: PYTHON (default .venv/bin/python); PRESENTER_ESPEAK_LANGUAGES=en|en,fr|all
# (which eSpeak NG languages to ship on Linux; English by default).
set -euo pipefail
cd "$(dirname "$0")/.."
py="${PYTHON:-.venv/bin/python}"
distpath=dist
workpath=build
while [ $# -gt 0 ]; do
  case "$1" in
    --distpath) distpath="$2"; shift 2 ;;
    --workpath) workpath="$2"; shift 2 ;;
    --no-neural) export PRESENTER_NEURAL=0; shift ;;
    *) echo "usage: packaging/build.sh [--distpath DIR] [--workpath DIR] [--no-neural]" >&2; exit 2 ;;
  esac
done

"$py" -m PyInstaller --noconfirm --log-level WARN --distpath "$distpath" --workpath "$workpath" build.spec

bundle="$distpath/presenter"
if [ "$(uname)" = Linux ]; then
  # Next to the executable, where a teacher unpacking the folder sees them.
  cp packaging/linux/presenter.desktop packaging/linux/install-desktop-entry.sh "$bundle/"
  cp assets/icon.png "$bundle/presenter.png"
fi
echo "built $bundle ($(du -sh --apparent-size "$bundle" 2>/dev/null | cut -f1 || echo '?')): $("$bundle/presenter" --version)"
