// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// Helpers shared by the fake Google's files (not part of its interface).

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QString>
#include <QStringList>

namespace mf::test::fakegoogle {

extern const QString kInsertScope;
extern const QString kLabelsScope;

QByteArray base64Url(const QByteArray &data);
/// "RESOURCE_EXHAUSTED" for 429 and the like, as in Google's error bodies.
QString statusName(int status);
/// The error.errors[0].reason Google gives for `status` when a fault names none.
QString defaultReason(int status);
QString defaultMessage(int status, const QString &reason);
/// An application/x-www-form-urlencoded body.
QHash<QString, QString> parseForm(const QByteArray &body);
/// The Date header of a raw message, as Gmail's internalDateSource=dateHeader reads it.
QDateTime dateFromHeader(const QByteArray &raw);
bool hasInsertScope(const QStringList &scopes);
bool hasLabelsScope(const QStringList &scopes);

} // namespace mf::test::fakegoogle
