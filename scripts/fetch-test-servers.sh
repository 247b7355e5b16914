#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Mailferry developers
# SPDX-License-Identifier: GPL-3.0-or-later
# Fetches the POP3 servers that Mailferry's tests run besides Dovecot (popa3d, GNU mailutils
# pop3d, Courier's pop3d, solid-pop3d) and unpacks them into a private root, WITHOUT installing
# them: installing would start system services and, for some, replace dovecot-pop3d (they all
# provide pop3-server). The tests run the unpacked binaries rootless on loopback.
#
#   scripts/fetch-test-servers.sh [DIR]    (default: $MAILFERRY_TEST_SERVERS_DIR or
#                                          /var/cache/mailferry-test-servers)
#
# DIR/debs holds the downloaded .debs, DIR/root/<server> the unpacked files (one root per server:
# Courier's and mailutils' packages both ship /usr/sbin/pop3d), DIR/STATUS one line per
# server: "<name> ok" or "<name> missing <why>". Safe to run again: what is there is kept.
# A server that cannot be fetched is reported, never fatal: the tests then say it is absent.
set -uo pipefail

dir="${1:-${MAILFERRY_TEST_SERVERS_DIR:-/var/cache/mailferry-test-servers}}"
mkdir -p "$dir/debs" "$dir/root" || { echo "fetch-test-servers: cannot create $dir" >&2; exit 0; }
cd "$dir/debs" || exit 0

# server name -> the packages it needs beyond what a Debian 12 machine with Mailferry's test deps has
declare -A servers=(
  [popa3d]="popa3d"
  [mailutils-pop3d]="mailutils-pop3d"
  [courier-pop]="courier-pop courier-base courier-authlib courier-authlib-userdb"
  [solid-pop3d]="solid-pop3d"
)

# The packages apt itself would install for a server (its resolver picks among alternatives),
# minus what the tests never run: a mail transport agent, the file-alteration daemon, headers.
# "Remv dovecot-pop3d" in that simulation is exactly why nothing here is installed.
deps_of() {
  apt-get install -s --no-install-recommends "$@" 2>/dev/null |
    awk '$1 == "Inst" {print $2}' |
    grep -Ev '^(exim4.*|gamin|.*-dev)$' || true
}

candidate=$(apt-cache policy popa3d 2>/dev/null)
case "$candidate" in
  *"Candidate: (none)"*|"") apt-get update -qq >/dev/null 2>&1 || true ;;
esac

: > "$dir/STATUS.new"
for name in popa3d mailutils-pop3d courier-pop solid-pop3d; do
  pkgs=$(deps_of ${servers[$name]})
  if [ -z "$pkgs" ]; then
    echo "$name missing no package candidates (apt-get update?)" >> "$dir/STATUS.new"
    continue
  fi
  failed=""
  for p in $pkgs; do
    if ! ls "${p}"_*.deb >/dev/null 2>&1; then
      # apt-get download as root warns that _apt cannot write here; the download still works
      apt-get download -qq "$p" >/dev/null 2>&1 || failed="$failed $p"
    fi
  done
  if [ -n "$failed" ]; then
    echo "$name missing could not download:$failed" >> "$dir/STATUS.new"
    continue
  fi
  for p in $pkgs; do
    deb=$(ls "${p}"_*.deb | head -n 1)
    mkdir -p "$dir/root/$name"
    stamp="$dir/root/$name/.unpacked-$(basename "$deb" .deb)"
    [ -e "$stamp" ] && continue
    dpkg -x "$deb" "$dir/root/$name" && touch "$stamp" || failed="$failed $p"
  done
  if [ -n "$failed" ]; then
    echo "$name missing could not unpack:$failed" >> "$dir/STATUS.new"
  else
    echo "$name ok" >> "$dir/STATUS.new"
  fi
done
mv "$dir/STATUS.new" "$dir/STATUS"
# The tests' servers run as an unprivileged user too: everything readable by all.
chmod -R a+rX "$dir/root" 2>/dev/null || true
sed 's/^/fetch-test-servers: /' "$dir/STATUS"
exit 0
