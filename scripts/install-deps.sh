#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Mailferry developers
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs the Debian 12 packages Mailferry needs to build, run and test.
# Safe to run again: apt-get skips what is already there.
#   scripts/install-deps.sh          build + run the app
#   scripts/install-deps.sh --test   also the test servers and the headless keyring
#   scripts/install-deps.sh --bench  also the peer POP3 clients used by bench/
set -euo pipefail

want_test=0; want_bench=0; want_package=0
for a in "$@"; do
  case "$a" in
    --test) want_test=1 ;;
    --bench) want_test=1; want_bench=1 ;;
    --package) want_package=1 ;;
    *) echo "unknown option: $a" >&2; exit 2 ;;
  esac
done

pkgs=(
  build-essential cmake ninja-build pkg-config
  qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qt6-translations-l10n qtkeychain-qt6-dev libqt6sql6-sqlite libssl-dev qt6-svg-dev libqt6svg6
  qt6-qpa-plugins libgl-dev libpst-dev
)
if [ "$want_test" = 1 ]; then
  pkgs+=( dovecot-pop3d dovecot-imapd openssl xvfb xauth dbus-x11 dbus gnome-keyring libsecret-tools
          imagemagick procps pst-utils )
fi
if [ "$want_bench" = 1 ]; then
  pkgs+=( mpop fetchmail getmail6 time )
fi
if [ "$want_package" = 1 ]; then
  pkgs+=( dpkg-dev file appstream desktop-file-utils librsvg2-bin )
fi

[ "$want_test" = 1 ] && { bash "$(dirname "$0")/fetch-test-servers.sh" || true; }
missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ "${#missing[@]}" -eq 0 ]; then
  echo "install-deps: all ${#pkgs[@]} packages present"
  exit 0
fi

SUDO=""
if [ "$(id -u)" != 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
# Dovecot's package starts a system-wide service; our tests run their own
# rootless instance on free ports, so the system one is not needed.
if [ "$want_test" = 1 ] && command -v systemctl >/dev/null 2>&1; then
  $SUDO systemctl disable --now dovecot >/dev/null 2>&1 || true
fi
echo "install-deps: installed ${#missing[@]} packages"
