#!/usr/bin/env bash
# Validates Mailferry's desktop integration files as they are built:
#   desktop-file-validate on the .desktop entry, appstreamcli validate --no-net on the metainfo,
#   and the metainfo's release version equals the project version (one source of truth).
# usage: validate-desktop-integration.sh <file.desktop> <file.metainfo.xml> <project-version>
# Exit 77 (ctest: skipped) when a validator is missing; under CI=true that is a failure instead.
set -u
desktop="$1"; metainfo="$2"; version="$3"

missing_tool() {
  if [ "${CI:-}" = true ]; then
    echo "FAIL: $1 is missing (run scripts/install-deps.sh --package)" >&2; exit 1
  fi
  echo "SKIP: $1 is missing; run scripts/install-deps.sh --package" >&2; exit 77
}
command -v desktop-file-validate >/dev/null || missing_tool desktop-file-validate
command -v appstreamcli >/dev/null || missing_tool appstreamcli

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
if ! grep -qx "Icon=app.mailferry.Mailferry" "$desktop"; then
  echo "FAIL: desktop file does not use the icon name app.mailferry.Mailferry" >&2; rc=1
fi
[ "$rc" = 0 ] && echo "PASS: desktop file and metainfo validate; metainfo version $version"
exit "$rc"
