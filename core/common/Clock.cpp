#include "common/Clock.h"

#include <QElapsedTimer>
#include <QTimer>

namespace mf {
namespace {

class SystemTimer final : public Timer {
public:
    explicit SystemTimer(QObject *parent)
        : Timer(parent)
    {
        m_timer.setSingleShot(true);
        m_timer.setTimerType(Qt::PreciseTimer);
        connect(&m_timer, &QTimer::timeout, this, &Timer::timeout);
    }
    void start(Millis interval) override { m_timer.start(interval); }
    void stop() override { m_timer.stop(); }
    bool isActive() const override { return m_timer.isActive(); }

private:
    QTimer m_timer{this};
};

class SystemClock final : public Clock {
public:
    SystemClock() { m_elapsed.start(); }
    Millis elapsed() const override { return Millis(m_elapsed.elapsed()); }
    QDateTime now() const override { return QDateTime::currentDateTimeUtc(); }
    Timer *createTimer(QObject *parent) override { return new SystemTimer(parent); }

private:
    QElapsedTimer m_elapsed;
};

} // namespace

Timer *Clock::singleShot(Millis delay, QObject *context, std::function<void()> fn)
{
    Timer *timer = createTimer(context);
    QObject::connect(timer, &Timer::timeout, context, [timer, fn = std::move(fn)]() {
        timer->deleteLater();
        fn();
    });
    timer->start(delay);
    return timer;
}

Clock *Clock::system()
{
    static SystemClock clock;
    return &clock;
}

} // namespace mf
