#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Mailferry developers
# SPDX-License-Identifier: GPL-3.0-or-later
# Takes a screenshot of every page of Mailferry's wizard, the certificate dialog, the accounts
# window and the message log, under Xvfb (a real X server, real fonts), with the UI driven against
# a private Dovecot and the fake Google server. Output: docs/screenshots/*.png
#
# usage: scripts/screenshots.sh [BUILD_DIR]   (default: build)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$root/build}
out="$root/docs/screenshots"

cmake --build "$build" --target mailferry-screenshots -j2
tool="$build/tests/gui/screenshots/mailferry-screenshots"

command -v xvfb-run >/dev/null || { echo "xvfb-run is missing (apt-get install xvfb xauth)" >&2; exit 1; }
mkdir -p "$out"
# A private HOME, runtime dir and fixtures dir, like every test run (tests/run-one.sh).
export QT_QPA_PLATFORM=xcb
export QT_SCALE_FACTOR=${QT_SCALE_FACTOR:-1}
export LANG=${SCREENSHOT_LANG:-en_US.UTF-8}
xvfb-run -a -s "-screen 0 1280x900x24 -dpi 96" \
  bash "$root/tests/run-one.sh" plain "$tool" "$out"
ls -1 "$out"
