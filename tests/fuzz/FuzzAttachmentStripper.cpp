// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

// Fuzz target: AttachmentStripper on arbitrary bytes (a message Gmail refused, as the server sent
// it), and the zip listing on the same bytes. Besides the sanitizers it checks the stripper's
// promises: nothing removed means the bytes come back unchanged; a copy has nothing left to
// remove, and its parts can be walked again within the same limits.
#include "mail/AttachmentStripper.h"
#include "mail/BlockedFileTypes.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace mf::mail;

namespace {

[[noreturn]] void broken(const char *what)
{
    std::fprintf(stderr, "fuzz_attachment_stripper: broken promise: %s\n", what);
    std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray raw(reinterpret_cast<const char *>(data), qsizetype(size));
    (void)BlockedFileTypes::zipEntryNames(raw, 100);

    AttachmentStripper::Limits limits;
    limits.maxDepth = 12;
    limits.maxParts = 300;
    const auto stripped = AttachmentStripper::strip(raw, QStringLiteral("/kept/1-x.eml"), limits);
    if (!stripped)
        return 0;
    if (stripped.value().removed.isEmpty()) {
        if (stripped.value().bytes != raw)
            broken("a message without blocked attachments changed");
        return 0;
    }
    const auto again = AttachmentStripper::findBlocked(stripped.value().bytes, limits);
    if (!again)
        broken("the copy cannot be walked again");
    if (!again.value().isEmpty())
        broken("the copy still carries a blocked attachment");
    return 0;
}
