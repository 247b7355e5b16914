// SPDX-FileCopyrightText: 2026 The Mailferry developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "InetdAcceptor.h"

#include <QElapsedTimer>
#include <QFile>
#include <QHostAddress>
#include <QProcess>
#include <QThread>

#include <csignal>
#include <unistd.h>

namespace mf::test {

InetdAcceptor::InetdAcceptor(QString program, QStringList arguments, QString stderrFile, QObject *parent)
    : QTcpServer(parent)
    , m_program(std::move(program))
    , m_arguments(std::move(arguments))
    , m_stderrFile(std::move(stderrFile))
    , m_env(QProcessEnvironment::systemEnvironment())
{
}

InetdAcceptor::~InetdAcceptor()
{
    stopAll();
}

bool InetdAcceptor::start()
{
    return listen(QHostAddress::LocalHost, 0);
}

void InetdAcceptor::stopAll()
{
    close();
    for (const auto &child : std::as_const(m_children)) {
        if (!child || child->state() == QProcess::NotRunning)
            continue;
        const pid_t pid = pid_t(child->processId());
        // The program may have started children of its own (unshare's namespace init, which may
        // have changed its user and so lost the "kill me when my parent dies" signal): kill them
        // by PID first, and wait until they are gone, so nothing outlives the fixture.
        QList<pid_t> grandchildren;
        QFile list(QStringLiteral("/proc/%1/task/%1/children").arg(pid));
        if (list.open(QIODevice::ReadOnly))
            for (const QByteArray &p : list.readAll().simplified().split(' '))
                if (p.toInt() > 0)
                    grandchildren.append(pid_t(p.toInt()));
        for (pid_t g : std::as_const(grandchildren))
            ::kill(g, SIGKILL);
        ::kill(pid, SIGKILL);
        child->waitForFinished(2000);
        QElapsedTimer waited;
        waited.start();
        for (pid_t g : std::as_const(grandchildren))
            while (QFile::exists(QStringLiteral("/proc/%1").arg(g)) && waited.elapsed() < 2000)
                QThread::msleep(5);
    }
    m_children.clear();
}

void InetdAcceptor::incomingConnection(qintptr socketDescriptor)
{
    auto *process = new QProcess(this);
    process->setProgram(m_program);
    process->setArguments(m_arguments);
    process->setProcessEnvironment(m_env);
    process->setStandardErrorFile(m_stderrFile, QIODevice::Append);
    process->setStandardInputFile(QProcess::nullDevice());
    process->setStandardOutputFile(QProcess::nullDevice());
    const int fd = int(socketDescriptor);
    // In the child, after QProcess has set up its channels and before exec: the socket becomes
    // stdin and stdout (dup2 is async-signal-safe and clears close-on-exec on the copies).
    process->setChildProcessModifier([fd] {
        ::dup2(fd, STDIN_FILENO);
        ::dup2(fd, STDOUT_FILENO);
    });
    connect(process, &QProcess::finished, process, &QObject::deleteLater);
    process->start();
    ::close(fd); // the child has its copies; the connection ends when the server exits
    ++m_spawned;
    m_children.append(process);
    m_children.removeIf([](const QPointer<QProcess> &p) { return p.isNull(); });
}

} // namespace mf::test
