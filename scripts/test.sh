#!/usr/bin/env bash
# Installs what the tests need (Debian 12), builds everything and runs every test.
#   bash scripts/test.sh [extra ctest arguments...]
# Each test gets its own HOME and XDG_RUNTIME_DIR (tests/run-one.sh); keychain tests run in a
# private D-Bus session with an unlocked gnome-keyring; Dovecot is started and stopped by the tests.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh --test --package
cmake --preset ci >/dev/null
cmake --build --preset ci
export QT_QPA_PLATFORM=offscreen
ctest --preset ci "$@"
