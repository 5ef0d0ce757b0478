#!/bin/sh
# Build the one-folder bundle dist/annotator/ and dist/annotator.tar.gz to hand out:
#   packaging/build.sh
# Uses the project's .venv, creating it if missing; the build needs no network after that.
set -eu
cd "$(dirname "$0")/.."
started=$(date +%s)

# Without strip PyInstaller only warns, and a pyenv Python's debug symbols stay (~146 MB).
command -v strip >/dev/null || { echo "build.sh: needs strip: sudo apt-get install binutils" >&2; exit 1; }

if [ ! -x .venv/bin/python ]; then
    python3 -m venv .venv
    .venv/bin/pip install --quiet -e .
fi
# the same requirement as the test extra in pyproject.toml
.venv/bin/python -c "import PyInstaller" 2>/dev/null || .venv/bin/pip install --quiet "pyinstaller>=6.0"

# --clean: a cached analysis could keep files a changed spec now leaves out
.venv/bin/python -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath dist --workpath build/pyinstaller packaging/annotator.spec
tar -czf dist/annotator.tar.gz -C dist annotator

megabytes() { awk -v b="$1" 'BEGIN { printf "%.1f MB", b / 1e6 }'; }
echo "built dist/annotator/ in $(( $(date +%s) - started )) s:" \
     "$(megabytes "$(du -sb dist/annotator | cut -f1)") on disk," \
     "$(megabytes "$(wc -c < dist/annotator.tar.gz)") as dist/annotator.tar.gz"
