#pragma once

#include "delivery/DeliveryProgress.h"

#include <QCoreApplication>
#include <QObject>
#include <QString>
#include <QTextStream>

#include <functional>

class QTimer;

// Shows a DeliveryRun's progress on stderr without flooding it: on a terminal one status line rewritten in place at
// most four times a second; otherwise plain lines, one per bulk call sent or wait begun.
class SendProgressPrinter : public QObject
{
    Q_OBJECT

public:
    static constexpr int TerminalRefreshMs = 250;

    using Source = std::function<DeliveryProgress()>;

    // terminal: rewrite one line; current: the run's progress now (read by the terminal refresh for the countdown).
    SendProgressPrinter(QTextStream &stream, bool terminal, Source current, QObject *parent = nullptr);

    // The run reported progress (connect DeliveryRun::progress here).
    void update(const DeliveryProgress &progress);
    // The run ended: the terminal line is cleared so that what follows starts on a clean line.
    void finish();

    // "120 of 1000 rows done, 12 calls; waiting 59:58 (rate limit: ...); about 1 h 2 min left"
    static QString describe(const DeliveryProgress &progress);

private:
    void refreshTerminal();

    QTextStream &m_stream;
    bool m_terminal;
    Source m_current;
    QTimer *m_timer = nullptr;
    QString m_shown;      // the terminal line as last drawn
    int m_lastCalls = -1; // plain lines: calls and wait of the last line printed
    QString m_lastWait;
};
