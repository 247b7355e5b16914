// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QList>
#include <QPointer>
#include <QProcessEnvironment>
#include <QStringList>
#include <QTcpServer>

class QProcess;

namespace mf::test {

/// What inetd does, for the tests: listens on 127.0.0.1 at a free port and, per connection,
/// starts a program whose stdin and stdout ARE the accepted socket (not pipes: some servers call
/// getpeername() on stdin). stderr goes to a log file. Children are killed by PID at stop().
class InetdAcceptor : public QTcpServer {
    Q_OBJECT
public:
    InetdAcceptor(QString program, QStringList arguments, QString stderrFile, QObject *parent = nullptr);
    ~InetdAcceptor() override;

    void setEnvironment(const QProcessEnvironment &env) { m_env = env; }
    [[nodiscard]] bool start();
    void stopAll();
    [[nodiscard]] int spawned() const { return m_spawned; }

protected:
    void incomingConnection(qintptr socketDescriptor) override;

private:
    QString m_program;
    QStringList m_arguments;
    QString m_stderrFile;
    QProcessEnvironment m_env;
    QList<QPointer<QProcess>> m_children;
    int m_spawned = 0;
};

} // namespace mf::test
