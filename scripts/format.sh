#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Mailferry developers
# SPDX-License-Identifier: GPL-3.0-or-later
# Formats Mailferry's C++ with clang-format 14 and the project's .clang-format.
#
#   bash scripts/format.sh             the C++ files changed since the last commit (staged or not, and new ones)
#   bash scripts/format.sh --all       every C++ file git knows of (tracked or new)
#   bash scripts/format.sh FILE...     those files
#   add --check                        change nothing; list the files that would change, exit 1 if any
#
# Skipped: generated files, third-party folders (third_party, 3rdparty, vendor) and build folders.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"

check=0; all=0; files=()
for a in "$@"; do
  case "$a" in
    --check) check=1 ;;
    --all) all=1 ;;
    -*) echo "unknown option: $a" >&2; exit 2 ;;
    *) files+=("$a") ;;
  esac
done

cf=""
for candidate in clang-format-14 clang-format; do
  if command -v "$candidate" >/dev/null 2>&1; then cf=$candidate; break; fi
done
if [ -z "$cf" ]; then
  echo "clang-format not found: apt-get install clang-format-14" >&2
  exit 2
fi
if ! "$cf" --version | grep -q 'version 14\.'; then
  echo "note: $("$cf" --version) is not clang-format 14; its layout may differ slightly" >&2
fi

if [ "${#files[@]}" -eq 0 ]; then
  if [ "$all" = 1 ]; then
    mapfile -t files < <(git ls-files --cached --others --exclude-standard -- '*.cpp' '*.h')
  else
    mapfile -t files < <({ git diff --name-only HEAD -- '*.cpp' '*.h'; \
                           git ls-files --others --exclude-standard -- '*.cpp' '*.h'; } | sort -u)
  fi
fi

selected=()
for f in "${files[@]}"; do
  [ -f "$f" ] || continue
  case "$f" in
    build*/*|*/third_party/*|*/3rdparty/*|*/vendor/*|third_party/*|3rdparty/*|vendor/*) continue ;;
    *.cpp|*.h) ;;
    *) continue ;;
  esac
  head -n 5 "$f" | grep -Eqi 'generated (by|automatically)|do not edit' && continue
  selected+=("$f")
done

if [ "${#selected[@]}" -eq 0 ]; then
  echo "format: nothing to format"
  exit 0
fi

if [ "$check" = 1 ]; then
  bad=0
  for f in "${selected[@]}"; do
    if ! "$cf" --style=file "$f" | cmp -s - "$f"; then
      echo "needs formatting: $f"
      bad=$((bad + 1))
    fi
  done
  if [ "$bad" -gt 0 ]; then
    hint="bash scripts/format.sh"
    [ "$all" = 1 ] && hint="$hint --all"
    echo "$bad of ${#selected[@]} file(s) need formatting; run: $hint" >&2
    exit 1
  fi
  echo "format: ${#selected[@]} file(s) already formatted"
else
  printf '%s\0' "${selected[@]}" | xargs -0 -n 50 "$cf" --style=file -i
  echo "format: ${#selected[@]} file(s) formatted"
fi
