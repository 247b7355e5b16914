#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Mailferry developers
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what the tests need (Debian 12), builds everything and runs every test.
#   bash scripts/test.sh [extra ctest arguments for both phases...]
# Each test gets its own HOME and XDG_RUNTIME_DIR (tests/run-one.sh); keychain tests run in a
# private D-Bus session with an unlocked gnome-keyring; Dovecot is started and stopped by the tests.
#
# Two phases, both always run, and the script fails if either fails:
#  1. the normal build (preset ci: warnings as errors) and every test;
#  2. the unit, integration and GUI tests again, built with AddressSanitizer, LeakSanitizer and
#     UndefinedBehaviorSanitizer (preset asan, cmake/MailferrySanitizers.cmake). Use-after-free,
#     double free, overflows, leaks and undefined behaviour then fail the test that caused them,
#     which a normal build would let pass by luck. The GUI tests stay in: opening and closing the
#     app's windows is where the migration thread is shut down. The package tests are left out:
#     they build and install a release DEB, which says nothing about a sanitizer build. Tests are
#     selected by label (see the asan test preset), so new tests in tests/unit, tests/integration
#     and tests/gui are covered without naming them.
# MAILFERRY_SKIP_ASAN=1 skips phase 2 for a quick local run; CI never sets it.
set -uo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh --test --package || exit 1
export QT_QPA_PLATFORM=offscreen

phase() { echo; echo "=== $(date -u +%H:%M:%S) $*"; }
minutes() { awk -v s="$1" 'BEGIN { printf "%.1f", s / 60 }'; }

status=0
start=$SECONDS
phase "normal build and all tests (preset ci)"
if cmake --preset ci >/dev/null && cmake --build --preset ci; then
  ctest --preset ci "$@" || status=1
else
  status=1
fi
normal=$((SECONDS - start))

if [ "${MAILFERRY_SKIP_ASAN:-0}" != 1 ]; then
  start=$SECONDS
  phase "AddressSanitizer + UBSan build and unit, integration and GUI tests (preset asan)"
  if cmake --preset asan >/dev/null && cmake --build --preset asan; then
    # Extra arguments (e.g. -R name) narrow this phase too; a filter that only matches package
    # tests then selects nothing here, which is not a failure.
    if [ "$#" -gt 0 ]; then
      ctest --preset asan --no-tests=ignore "$@" || status=1
    else
      ctest --preset asan || status=1
    fi
  else
    status=1
  fi
  asan=$((SECONDS - start))
  phase "took $(minutes "$normal") min (normal) + $(minutes "$asan") min (ASan)"
fi
exit $status
