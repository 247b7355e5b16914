#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Mailferry developers
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what Mailferry needs (Debian 12), builds it and launches it.
#   bash scripts/run.sh [mailferry arguments...]
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
cmake --preset default >/dev/null
cmake --build --preset default
exec ./build/app/mailferry "$@"
