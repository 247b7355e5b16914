#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Mailferry developers
# SPDX-License-Identifier: GPL-3.0-or-later
# Validates Mailferry's desktop integration files as they are built:
#   desktop-file-validate on the .desktop entry, appstreamcli validate --no-net on the metainfo,
#   and the metainfo's release version equals the project version (one source of truth).
#   It also checks that the committed raster icons (generated from the SVG) have their nominal sizes.
# usage: validate-desktop-integration.sh <file.desktop> <file.metainfo.xml> <project-version> <resources-dir>
# Exit 77 (ctest: skipped) when a validator is missing; under CI=true that is a failure instead.
set -u
desktop="$1"; metainfo="$2"; version="$3"; resources="$4"

missing_tool() {
  if [ "${CI:-}" = true ]; then
    echo "FAIL: $1 is missing (run scripts/install-deps.sh --package)" >&2; exit 1
  fi
  echo "SKIP: $1 is missing; run scripts/install-deps.sh --package" >&2; exit 77
}
command -v desktop-file-validate >/dev/null || missing_tool desktop-file-validate
command -v appstreamcli >/dev/null || missing_tool appstreamcli
command -v file >/dev/null || missing_tool file

rc=0
echo "== desktop-file-validate $desktop"
if ! desktop-file-validate "$desktop"; then echo "FAIL: desktop file does not validate" >&2; rc=1; fi

echo "== appstreamcli validate --no-net $metainfo"
# Not --pedantic: the only pedantic note is cid-contains-uppercase-letter for app.mailferry.Mailferry,
# a deliberate reverse-DNS id in the usual CamelCase form (see installer/README-install.md).
if ! appstreamcli validate --no-net "$metainfo"; then echo "FAIL: metainfo does not validate" >&2; rc=1; fi

if ! grep -q "<release version=\"$version\"" "$metainfo"; then
  echo "FAIL: metainfo has no <release version=\"$version\">" >&2; rc=1
fi
# The licence software centres show: the project's, as an SPDX expression.
if ! grep -q "<project_license>GPL-3.0-or-later</project_license>" "$metainfo"; then
  echo "FAIL: metainfo does not say <project_license>GPL-3.0-or-later</project_license>" >&2; rc=1
fi
if ! grep -qx "Icon=app.mailferry.Mailferry" "$desktop"; then
  echo "FAIL: desktop file does not use the icon name app.mailferry.Mailferry" >&2; rc=1
fi
echo "== icons generated from resources/icons/mailferry.svg"
for size in 16 22 24 32 48 64 128 256 512; do
  png="$resources/icons/png/mailferry-$size.png"
  if ! file "$png" | grep -q "PNG image data, $size x $size,"; then
    echo "FAIL: $png is not a ${size}x${size} PNG: $(file -b "$png" 2>&1)" >&2; rc=1
  fi
done
file "$resources/windows/mailferry.ico" | grep -q "MS Windows icon resource - 9 icons" \
  || { echo "FAIL: mailferry.ico is not the 9-size icon: $(file -b "$resources/windows/mailferry.ico")" >&2; rc=1; }
file "$resources/macos/mailferry.icns" | grep -q "Mac OS X icon" \
  || { echo "FAIL: mailferry.icns is not an icns file" >&2; rc=1; }
[ "$rc" = 0 ] && echo "PASS: desktop file and metainfo validate; metainfo version $version"
exit "$rc"
