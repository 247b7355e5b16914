#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Mailferry developers
# SPDX-License-Identifier: GPL-3.0-or-later
# CI packaging test of Mailferry's DEB. What a Debian 12 user does, end to end:
#  1. configure + build a Release tree without tests/benchmarks in <work>/build (kept between runs);
#  2. cpack -G DEB, then check the control fields (version, section, maintainer, declared Depends)
#     and the file list;
#  3. apt-get install -y ./mailferry_*.deb (a package left by an earlier run is removed first);
#  4. /usr/bin/mailferry --version prints the project version; --help lists the usage
#     (and the headless commands, once the CLI has them);
#  5. the desktop file, the metainfo and the icons are in place under /usr/share and validate;
#  6. apt-get remove -y mailferry leaves no /usr/bin/mailferry and none of those files.
# Root is needed to install. Not root: exit 77 (ctest: skipped); under CI=true: failure.
#
# usage: deb-install-test.sh <source-dir> <work-dir> <project-version> [cmake-generator]
set -euo pipefail
src="$1"; work="$2"; version="$3"; generator="${4:-Ninja}"
pkgbuild="$work/build"; out="$work/out"
jobs="${MAILFERRY_PACKAGE_JOBS:-2}"
app_id=app.mailferry.Mailferry
export QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}"
export DEBIAN_FRONTEND=noninteractive
apt_opts=(-y -q -o DPkg::Lock::Timeout=300)

skip_or_fail() {
  if [ "${CI:-}" = true ]; then echo "FAIL: $*" >&2; exit 1; fi
  echo "SKIP: $*" >&2; exit 77
}
fail() { echo "FAIL: $*" >&2; exit 1; }
t0=$(date +%s)
phase() { echo; echo "== [$(( $(date +%s) - t0 ))s] $*"; }

[ "$(id -u)" = 0 ] || skip_or_fail "installing the DEB with apt-get needs root (CI runs as root on Debian 12)"
for tool in apt-get dpkg dpkg-deb dpkg-shlibdeps cmake cpack; do
  command -v "$tool" >/dev/null || skip_or_fail "$tool is missing (run scripts/install-deps.sh --package)"
done

installed() { dpkg-query -W -f='${db:Status-Abbrev}' mailferry 2>/dev/null | grep -q '^ii'; }
we_installed=0
cleanup() {
  # Never leave the test's package on the machine, whatever failed.
  if [ "$we_installed" = 1 ] && installed; then
    apt-get remove "${apt_opts[@]}" mailferry >/dev/null 2>&1 || true
  fi
}
trap cleanup EXIT

phase "configure $pkgbuild (Release, no tests, no benchmarks)"
cmake -S "$src" -B "$pkgbuild" -G "$generator" -DCMAKE_BUILD_TYPE=Release \
  -DMAILFERRY_BUILD_TESTS=OFF -DMAILFERRY_BUILD_BENCH=OFF >"$work.configure.log" 2>&1 \
  || { cat "$work.configure.log" >&2; fail "configure failed"; }

phase "build (-j$jobs)"
cmake --build "$pkgbuild" -j"$jobs" || fail "build failed"

phase "cpack -G DEB"
rm -rf "$out"; mkdir -p "$out"
(cd "$out" && cpack --config "$pkgbuild/CPackConfig.cmake" -G DEB -B "$out") || fail "cpack failed"
shopt -s nullglob
debs=("$out"/mailferry_*.deb)
[ "${#debs[@]}" = 1 ] || fail "expected one mailferry_*.deb in $out, found ${#debs[@]}"
deb="${debs[0]}"
echo "built $(basename "$deb") ($(du -k "$deb" | cut -f1) KiB)"

phase "control fields and contents"
field() { dpkg-deb -f "$deb" "$1"; }
dpkg-deb -f "$deb"
[ "$(field Package)" = mailferry ] || fail "Package is '$(field Package)'"
[ "$(field Version)" = "$version-1" ] || fail "Version is '$(field Version)', want '$version-1'"
[ "$(field Section)" = mail ] || fail "Section is '$(field Section)'"
[ "$(field Maintainer)" = "Mailferry developers" ] || fail "Maintainer is '$(field Maintainer)'"
depends="$(field Depends)"
# True when package $1 is one of the Depends entries (or one alternative of one), by exact name.
has_dep() { tr ',|' '\n\n' <<<"$depends" | awk '{print $1}' | grep -Fxq -- "$1"; }
# Declared by hand: the run-time plugins, which no linker sees.
for dep in libqt6sql6-sqlite libqt6svg6 qt6-qpa-plugins; do
  has_dep "$dep" || fail "Depends lacks $dep: $depends"
done
# Found by dpkg-shlibdeps: every library the binary links (Qt, and QtKeychain once the secrets
# layer is linked in) must come from a package in Depends, so apt pulls all of them.
binary="$pkgbuild/app/mailferry"
command -v objdump >/dev/null || fail "objdump is missing (binutils)"
needed="$(objdump -p "$binary" | awk '$1 == "NEEDED" {print $2}')"
# (Whole outputs are captured first: with pipefail, a reader that stops early would fail the script.)
ldcache="$(ldconfig -p)"
for lib in $needed; do
  path="$(awk -v l="$lib" '$1 == l && !found {print $NF; found = 1}' <<<"$ldcache")"
  [ -n "$path" ] || fail "cannot find $lib on this machine"
  owner=""
  for candidate in "$path" "$(readlink -f "$path")"; do
    [ -n "$owner" ] || owner="$(dpkg -S "$candidate" 2>/dev/null | awk -F: 'NR == 1 {print $1}' || true)"
  done
  [ -n "$owner" ] || fail "no package owns $path ($lib)"
  has_dep "$owner" || fail "the binary needs $lib from $owner, which Depends lacks: $depends"
  echo "  $lib -> $owner (in Depends)"
done
if grep -q '^libqt6keychain' <<<"$needed"; then
  has_dep libqt6keychain1 || fail "the binary links QtKeychain but Depends lacks libqt6keychain1"
else
  echo "note: the binary does not link QtKeychain yet (the secrets layer is not used by the app yet)"
fi
recommends="$(field Recommends)"
grep -qw "qt6-translations-l10n" <<<"$recommends" \
  || fail "Recommends lacks qt6-translations-l10n (Qt's own buttons stay English without it): $recommends"
contents="$(dpkg-deb -c "$deb" | awk '{print $NF}')"
for f in ./usr/share/doc/mailferry/copyright ./usr/bin/mailferry ./usr/share/applications/$app_id.desktop ./usr/share/metainfo/$app_id.metainfo.xml \
         ./usr/share/icons/hicolor/scalable/apps/$app_id.svg ./usr/share/icons/hicolor/48x48/apps/$app_id.png \
         ./usr/share/icons/hicolor/256x256/apps/$app_id.png; do
  grep -qx "$f" <<<"$contents" || fail "the package lacks $f"
done
if grep -q '^./usr/local' <<<"$contents"; then fail "the package installs under /usr/local"; fi

# The licence where Debian looks for it, machine-readable, GPL-3 or later.
copyright="$(dpkg-deb --fsys-tarfile "$deb" | tar -xO ./usr/share/doc/mailferry/copyright)"
grep -q "^Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/" <<<"$copyright" \
  || fail "the copyright file is not in the machine-readable format"
grep -qx "License: GPL-3+" <<<"$copyright" || fail "the copyright file does not say GPL-3+"

phase "apt-get install ./$(basename "$deb")"
if installed; then
  echo "mailferry $(dpkg-query -W -f='${Version}' mailferry) is installed from an earlier run; removing it first"
  apt-get remove "${apt_opts[@]}" mailferry
fi
we_installed=1
# --no-install-recommends: proves the declared Depends alone are enough to run, and keeps the CI
# machine's state small.
(cd "$out" && apt-get install "${apt_opts[@]}" --no-install-recommends "./$(basename "$deb")") || fail "apt-get install failed"
installed || fail "dpkg does not list mailferry as installed"
[ "$(dpkg-query -W -f='${Version}' mailferry)" = "$version-1" ] || fail "installed version differs"

phase "run /usr/bin/mailferry"
[ -x /usr/bin/mailferry ] || fail "/usr/bin/mailferry is missing"
if ldd /usr/bin/mailferry | grep -q 'not found'; then ldd /usr/bin/mailferry >&2; fail "unresolved libraries"; fi
ver_out="$(timeout 60 /usr/bin/mailferry --version 2>&1)" || fail "mailferry --version failed: $ver_out"
echo "--version: $ver_out"
[ "$(awk 'NF{last=$NF} END{print last}' <<<"$ver_out")" = "$version" ] \
  || fail "mailferry --version printed '$ver_out', want the project version $version"
help_out="$(timeout 60 /usr/bin/mailferry --help 2>&1)" || fail "mailferry --help failed: $help_out"
echo "$help_out"
grep -q "Usage" <<<"$help_out" || fail "--help has no Usage line"
grep -q -- "--version" <<<"$help_out" || fail "--help does not list --version"
if grep -qw "migrate" <<<"$help_out"; then
  for cmd in migrate status export-log retry-failed; do
    grep -qw -- "$cmd" <<<"$help_out" || fail "--help lists migrate but not $cmd"
  done
  echo "--help lists the headless commands"
else
  echo "note: --help lists no headless commands yet (the CLI adds migrate|status|export-log|retry-failed)"
fi
# The run-time plugins the app needs were pulled in by the declared Depends.
for plugin in sqldrivers/libqsqlite.so imageformats/libqsvg.so iconengines/libqsvgicon.so platforms/libqxcb.so; do
  ls /usr/lib/*/qt6/plugins/$plugin >/dev/null 2>&1 || fail "Qt plugin $plugin is not installed"
done

phase "desktop integration under /usr/share"
desktop=/usr/share/applications/$app_id.desktop
metainfo=/usr/share/metainfo/$app_id.metainfo.xml
for f in "$desktop" "$metainfo" /usr/share/icons/hicolor/scalable/apps/$app_id.svg; do
  [ -f "$f" ] || fail "$f is missing"
done
for size in 16 22 24 32 48 64 128 256 512; do
  [ -f "/usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png" ] || fail "the ${size}px icon is missing"
done
grep -qx "Exec=mailferry" "$desktop" || fail "the desktop file does not start mailferry"
grep -q "<release version=\"$version\"" "$metainfo" || fail "the installed metainfo is not version $version"
if command -v desktop-file-validate >/dev/null; then desktop-file-validate "$desktop" || fail "installed desktop file invalid"; fi
if command -v appstreamcli >/dev/null; then appstreamcli validate --no-net "$metainfo" || fail "installed metainfo invalid"; fi

phase "apt-get remove -y mailferry"
apt-get remove "${apt_opts[@]}" mailferry || fail "apt-get remove failed"
we_installed=0
if installed; then fail "dpkg still lists mailferry as installed"; fi
for f in /usr/bin/mailferry "$desktop" "$metainfo" /usr/share/icons/hicolor/scalable/apps/$app_id.svg \
         /usr/share/icons/hicolor/48x48/apps/$app_id.png /usr/share/doc/mailferry/copyright; do
  [ ! -e "$f" ] || fail "$f is still there after removal"
done

phase "done"
echo "PASS: built, installed, ran and removed $(basename "$deb") in $(( $(date +%s) - t0 ))s"
