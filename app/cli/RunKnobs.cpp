// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "cli/RunKnobs.h"

#include "cli/StrictNumbers.h"

#include <QCoreApplication>

#include <algorithm>
#include <functional>

namespace mf::app {

bool applyRunKnobs(accounts::MigrationOptions &o, QString *error)
{
    struct Knob {
        const char *name;
        qint64 max;
        std::function<void(qint64)> apply;
    };
    const Knob knobs[] = {
        {"MAILFERRY_BATCH_PAUSE_MS", 600000, [&o](qint64 v) { o.batchPause = Millis(v); }},
        {"MAILFERRY_GMAIL_PER_MINUTE", 600, [&o](qint64 v) { o.gmailMessagesPerMinute = double(v); }},
        {"MAILFERRY_RETRY_BACKOFF_MS", 600000, [&o](qint64 v) { o.retryBackoffBase = Millis(std::max<qint64>(1, v)); }},
    };
    for (const Knob &knob : knobs) {
        const QString text = qEnvironmentVariable(knob.name);
        if (text.isEmpty())
            continue;
        const WholeNumber n = parseWholeNumber(text, 0, knob.max);
        if (!n.value) {
            *error = QCoreApplication::translate("RunKnobs", "%1 %2.").arg(QLatin1String(knob.name), n.problem);
            return false;
        }
        knob.apply(*n.value);
    }
    return true;
}

} // namespace mf::app
