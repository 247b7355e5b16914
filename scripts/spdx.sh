#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Mailferry developers
# SPDX-License-Identifier: GPL-3.0-or-later
# Gives every Mailferry source file its licence header (REUSE/SPDX style):
#   // SPDX-FileCopyrightText: 2026 The Mailferry developers
#   // SPDX-License-Identifier: GPL-3.0-or-later
# with '#' instead of '//' in CMake, shell and Python files (after a #! line).
#
#   bash scripts/spdx.sh           adds the header where it is missing (safe to run again)
#   bash scripts/spdx.sh --check   lists the files without one and exits 1 if there are any
#   bash scripts/spdx.sh [--check] FILE...   only those files
#
# Source files are the C++ (.cpp .h .h.in), CMake (CMakeLists.txt, .cmake), shell (.sh, or a
# bash/sh #! line) and Python (.py) files git knows of, tracked or new. Left alone: generated
# files (a "generated"/"do not edit" mark in the first lines), third-party code (any folder named
# third_party, 3rdparty or vendor) and test data (tests/fuzz/corpus).
set -euo pipefail

YEAR_HOLDER="2026 The Mailferry developers"
LICENSE_ID="GPL-3.0-or-later"

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"

check=0
if [ "${1:-}" = "--check" ]; then
  check=1
  shift
fi

list_files() {
  if [ $# -gt 0 ]; then
    printf '%s\n' "$@"
  elif git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
    git ls-files --cached --others --exclude-standard
  else
    # A source tarball without .git: everything but the build folders.
    find . -path './build*' -prune -o -path './.git' -prune -o -type f -print | sed 's|^\./||'
  fi
}

# Prints the comment style ("//" or "#") of a source file, nothing for any other file.
comment_style() {
  local f="$1"
  case "$f" in
    */third_party/*|*/3rdparty/*|*/vendor/*|third_party/*|3rdparty/*|vendor/*) return ;;
    tests/fuzz/corpus/*) return ;;
  esac
  case "$f" in
    *.cpp|*.h|*.hpp|*.cc|*.h.in) echo "//" ;;
    CMakeLists.txt|*/CMakeLists.txt|*.cmake) echo "#" ;;
    *.sh|*.py) echo "#" ;;
    *)
      # Scripts without an extension (e.g. .ci/run) are known by their #! line.
      if [ -f "$f" ] && head -c 64 "$f" | head -n 1 | grep -Eq '^#!.*\b(ba)?sh\b|^#!.*python'; then
        echo "#"
      fi
      ;;
  esac
}

has_header() {
  head -n 12 "$1" | grep -Eq '^(//|#) SPDX-License-Identifier: '
}

is_generated() {
  head -n 5 "$1" | grep -Eqi 'generated (by|automatically)|do not edit|auto-generated'
}

add_header() {
  local f="$1" c="$2" tmp
  tmp=$(mktemp "${f}.spdx.XXXXXX")
  {
    local first
    first=$(head -n 1 "$f")
    if [[ "$first" == '#!'* ]]; then
      # Keep the #! line (and a Python coding line) on top.
      printf '%s\n' "$first"
      local second
      second=$(sed -n 2p "$f")
      local skip=1
      if [[ "$second" =~ ^#.*coding[:=] ]]; then
        printf '%s\n' "$second"
        skip=2
      fi
      printf '%s SPDX-FileCopyrightText: %s\n%s SPDX-License-Identifier: %s\n' "$c" "$YEAR_HOLDER" "$c" "$LICENSE_ID"
      tail -n +"$((skip + 1))" "$f"
    else
      printf '%s SPDX-FileCopyrightText: %s\n%s SPDX-License-Identifier: %s\n' "$c" "$YEAR_HOLDER" "$c" "$LICENSE_ID"
      # A blank line between the licence and the file's own first lines.
      [ -n "$first" ] && printf '\n'
      cat "$f"
    fi
  } >"$tmp"
  chmod --reference="$f" "$tmp"
  mv "$tmp" "$f"
}

missing=0
changed=0
while IFS= read -r f; do
  [ -f "$f" ] || continue
  c=$(comment_style "$f")
  [ -n "$c" ] || continue
  [ -s "$f" ] || continue
  has_header "$f" && continue
  # A template (.in) is a source even when it says its output is generated.
  [[ "$f" == *.in ]] || ! is_generated "$f" || continue
  if [ "$check" = 1 ]; then
    echo "no SPDX header: $f"
    missing=$((missing + 1))
  else
    add_header "$f" "$c"
    changed=$((changed + 1))
  fi
done < <(list_files "$@")

if [ "$check" = 1 ]; then
  if [ "$missing" -gt 0 ]; then
    echo "$missing file(s) lack the SPDX header; run: bash scripts/spdx.sh" >&2
    exit 1
  fi
  echo "every source file has its SPDX header"
else
  echo "SPDX header added to $changed file(s)"
fi
