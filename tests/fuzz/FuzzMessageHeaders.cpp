// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

// Fuzz target: MessageHeaders::parse and every accessor, the date parser and DateRescue on
// arbitrary bytes (what a POP3 server hands over as a message). Besides the sanitizers it checks
// DateRescue's promises: a message it does not rescue comes back byte for byte; a rescued one
// keeps every original byte after the new Date line, and has a Date header that parses.
#include "mail/DateRescue.h"
#include "mail/MessageHeaders.h"

#include <QCoreApplication>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace mf::mail;

namespace {

[[noreturn]] void broken(const char *what)
{
    std::fprintf(stderr, "fuzz_message_headers: broken promise: %s\n", what);
    std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray raw(reinterpret_cast<const char *>(data), qsizetype(size));

    const MessageHeaders headers = MessageHeaders::parse(raw);
    if (headers.headerEnd() < 0 || headers.headerEnd() > raw.size())
        broken("headerEnd outside the message");
    for (const MessageHeaders::Field &field : headers.fields()) {
        if (field.offset < 0 || field.offset + field.name.size() > raw.size())
            broken("field offset outside the message");
        if (raw.mid(field.offset, field.name.size()) != field.name)
            broken("field name not at its offset");
    }
    (void)headers.value("Date");
    (void)headers.values("Received");
    (void)headers.contains("Message-ID");
    (void)headers.messageId();
    (void)headers.subject();
    (void)headers.from();
    (void)headers.date();
    (void)headers.receivedDates();
    (void)headers.lineEnding();
    (void)MessageHeaders::decodeText(QByteArrayView(raw).first(std::min<qsizetype>(raw.size(), 4096)));
    if (const auto date = MessageHeaders::parseDate(QByteArrayView(raw).first(std::min<qsizetype>(raw.size(), 200)))) {
        if (!date->isValid())
            broken("parseDate returned an invalid date");
        const QByteArray formatted = MessageHeaders::formatDate(*date);
        const auto again = MessageHeaders::parseDate(formatted);
        if (!again || again->toSecsSinceEpoch() != date->toSecsSinceEpoch())
            broken("a formatted date does not parse back to itself");
    }

    const DateRescue::Result rescued = DateRescue::rescue(raw);
    if (!rescued.rescued) {
        if (rescued.bytes != raw)
            broken("a message that was not rescued changed");
    } else {
        if (!rescued.bytes.startsWith("Date: "))
            broken("a rescued message does not start with its Date line");
        if (rescued.note.isEmpty())
            broken("a rescue without a note for the log");
        const MessageHeaders after = MessageHeaders::parse(rescued.bytes);
        if (!after.date())
            broken("the rescued Date header does not parse");
        if (DateRescue::rescue(rescued.bytes).rescued)
            broken("a rescued message would be rescued again");
    }
    return 0;
}
