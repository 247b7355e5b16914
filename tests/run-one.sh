#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Mailferry developers
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs one test executable in an environment of its own:
#  - a private HOME and XDG_RUNTIME_DIR (mode 700), so Qt settings, the keyring and D-Bus never
#    touch the real home;
#  - a fixtures directory (mode 755) for servers the test starts, e.g. the rootless Dovecot, whose
#    unprivileged processes must be able to reach it;
#  - for "keychain" tests, a private D-Bus session with an unlocked gnome-keyring (a real Secret Service).
# On exit it stops any Dovecot the test left running (by the PID in its master.pid) and removes it all.
#
# usage: run-one.sh plain|keychain /path/to/test [args...]
set -u
mode="$1"; shift

base=$(mktemp -d "${TMPDIR:-/tmp}/mailferry-test.XXXXXX")
chmod 755 "$base"
mkdir -p "$base/home" "$base/run" "$base/fixtures"
chmod 700 "$base/home" "$base/run"
chmod 755 "$base/fixtures"

cleanup() {
  for pidfile in "$base"/fixtures/*/run/master.pid; do
    [ -f "$pidfile" ] && kill -TERM "$(cat "$pidfile")" 2>/dev/null
  done
  rm -rf "$base" 2>/dev/null || true
}
trap cleanup EXIT

export HOME="$base/home"
export XDG_RUNTIME_DIR="$base/run"
export MAILFERRY_FIXTURE_DIR="$base/fixtures"
unset XDG_CONFIG_HOME XDG_DATA_HOME XDG_CACHE_HOME XDG_STATE_HOME MAILFERRY_DATA_DIR
export QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}"

if [ "$mode" = keychain ]; then
  # No X display: a locked keyring under X would open a password prompt and hang the test.
  unset DISPLAY WAYLAND_DISPLAY
  if ! command -v dbus-run-session >/dev/null || ! command -v gnome-keyring-daemon >/dev/null; then
    if [ "${CI:-}" = true ]; then
      echo "FAIL: dbus-run-session or gnome-keyring-daemon is missing (run scripts/install-deps.sh --test)" >&2
      exit 1
    fi
    echo "SKIP: no dbus-run-session/gnome-keyring-daemon; run scripts/install-deps.sh --test" >&2
    exit 0
  fi
  dbus-run-session -- bash -c '
    echo -n mailferry-test | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1
    "$@"; rc=$?
    exit $rc' bash "$@"
  exit $?
fi

"$@"
