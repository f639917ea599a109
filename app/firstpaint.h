#pragma once
// --exit-after-first-paint: once the watched widget has painted for the first time, prints
// "first-paint" on stdout and quits the event loop with exit code 0. The benchmarks time a start
// this way; bench/empty_wizard.cpp uses the same class, so both sides measure the same thing.

#include <QCoreApplication>
#include <QEvent>
#include <QObject>
#include <QTimer>
#include <cstdio>

class FirstPaintExit : public QObject
{
public:
    explicit FirstPaintExit(QObject *watched)
        : QObject(watched)
    {
        watched->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_seen) {
            m_seen = true;
            // After the paint event has been handled, so the page is really on the screen.
            QTimer::singleShot(0, QCoreApplication::instance(), [] {
                std::fputs("first-paint\n", stdout);
                std::fflush(stdout);
                QCoreApplication::exit(0);
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    bool m_seen = false;
};
