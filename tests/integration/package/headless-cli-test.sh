#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Mailferry developers
# SPDX-License-Identifier: GPL-3.0-or-later
# The headless build (MAILFERRY_GUI=OFF) for servers: configure it in its own tree, build only the
# mailferry target, and check that
#  1. the binary links no QtWidgets, QtGui or QtSvg (a server has no display libraries);
#  2. --version prints the project version, --help lists the commands, and no command at all is a
#     usage error (exit 2, the usage on stderr), not an attempt to open a window;
#  3. a command runs: `mailferry accounts --json` with no accounts exits 0;
#  4. with dpkg-deb present, cpack makes mailferry-cli_<version>-1_<arch>.deb that conflicts with
#     mailferry and carries no desktop files.
# Costs one Release build of the core (about 2 minutes on 2 cores from a cold cache; seconds when
# the tree is up to date). No root needed.
#
# usage: headless-cli-test.sh <source-dir> <work-dir> <project-version> [cmake-generator]
set -euo pipefail
src="$1"; work="$2"; version="$3"; generator="${4:-Ninja}"
build="$work/build"; out="$work/out"
jobs="${MAILFERRY_PACKAGE_JOBS:-2}"
fail() { echo "FAIL: $*" >&2; exit 1; }
t0=$(date +%s)
phase() { echo; echo "== [$(( $(date +%s) - t0 ))s] $*"; }

phase "configure $build (Release, MAILFERRY_GUI=OFF)"
cmake -S "$src" -B "$build" -G "$generator" -DCMAKE_BUILD_TYPE=Release -DMAILFERRY_GUI=OFF \
  -DMAILFERRY_BUILD_TESTS=OFF -DMAILFERRY_BUILD_BENCH=OFF >"$work.configure.log" 2>&1 \
  || { cat "$work.configure.log" >&2; fail "configure failed"; }
# The configure step must not even look for the GUI modules.
if grep -q "Qt6Widgets\|Qt6Svg" "$build/CMakeCache.txt"; then
  fail "a MAILFERRY_GUI=OFF configure looked up Qt Widgets or Svg: $(grep 'Qt6Widgets\|Qt6Svg' "$build/CMakeCache.txt" | head -3)"
fi

phase "build the mailferry target only (-j$jobs)"
cmake --build "$build" --target mailferry -j"$jobs" || fail "build failed"
binary="$build/app/mailferry"
[ -x "$binary" ] || fail "$binary was not built"

phase "libraries"
needed="$(objdump -p "$binary" | awk '$1 == "NEEDED" {print $2}')"
echo "$needed"
if grep -E '^libQt6(Widgets|Gui|Svg|OpenGL)' <<<"$needed"; then fail "the headless binary links display libraries"; fi
grep -q '^libQt6Core' <<<"$needed" || fail "the binary does not link QtCore (wrong file?)"

phase "run it"
export HOME="$work/home"; rm -rf "$HOME"; mkdir -p "$HOME"
unset DISPLAY WAYLAND_DISPLAY QT_QPA_PLATFORM
ver="$("$binary" --version 2>&1)" || fail "--version failed: $ver"
[ "$(awk 'NF{last=$NF} END{print last}' <<<"$ver")" = "$version" ] || fail "--version printed '$ver'"
help="$("$binary" --help 2>&1)" || fail "--help failed: $help"
grep -q "this build has no window" <<<"$help" || fail "--help does not say the build is headless: $help"
for cmd in migrate status export-log retry-failed accounts; do
  grep -qw -- "$cmd" <<<"$help" || fail "--help does not list $cmd"
done
set +e
none_out="$("$binary" 2>&1 >/dev/null)"; none_rc=$?
set -e
[ "$none_rc" = 2 ] || fail "no command exited $none_rc, want 2 (usage)"
grep -q "Usage" <<<"$none_out" || fail "no command did not print the usage on stderr: $none_out"
set +e
acc_out="$("$binary" accounts --json 2>&1)"; acc_rc=$?
set -e
echo "accounts --json -> $acc_rc: $acc_out"
[ "$acc_rc" = 0 ] || fail "'mailferry accounts --json' exited $acc_rc on a machine with no accounts"

if command -v dpkg-deb >/dev/null && command -v dpkg-shlibdeps >/dev/null; then
  phase "cpack -G DEB (mailferry-cli)"
  rm -rf "$out"; mkdir -p "$out"
  (cd "$out" && cpack --config "$build/CPackConfig.cmake" -G DEB -B "$out") >"$work.cpack.log" 2>&1 \
    || { cat "$work.cpack.log" >&2; fail "cpack failed"; }
  shopt -s nullglob
  debs=("$out"/mailferry-cli_*.deb)
  [ "${#debs[@]}" = 1 ] || fail "expected one mailferry-cli_*.deb in $out, found ${#debs[@]}: $(ls "$out")"
  deb="${debs[0]}"
  dpkg-deb -f "$deb"
  [ "$(dpkg-deb -f "$deb" Package)" = mailferry-cli ] || fail "Package is not mailferry-cli"
  [ "$(dpkg-deb -f "$deb" Version)" = "$version-1" ] || fail "Version is not $version-1"
  grep -qw mailferry <<<"$(dpkg-deb -f "$deb" Conflicts)" || fail "mailferry-cli does not conflict with mailferry"
  if grep -qE 'libqt6(widgets|gui|svg)' <<<"$(dpkg-deb -f "$deb" Depends)"; then fail "Depends names display libraries"; fi
  contents="$(dpkg-deb -c "$deb" | awk '{print $NF}')"
  grep -qx ./usr/bin/mailferry <<<"$contents" || fail "the package lacks /usr/bin/mailferry"
  grep -qx ./usr/share/doc/mailferry-cli/copyright <<<"$contents" || fail "the package lacks its copyright file"
  if grep -q '^./usr/share/applications' <<<"$contents"; then fail "the headless package has a desktop entry"; fi
  echo "built $(basename "$deb") ($(du -k "$deb" | cut -f1) KiB)"
else
  echo "note: dpkg-deb or dpkg-shlibdeps missing: the mailferry-cli package was not built"
fi
phase "done"
echo "PASS: headless build, run$(command -v dpkg-deb >/dev/null && echo ' and package') in $(( $(date +%s) - t0 ))s"
