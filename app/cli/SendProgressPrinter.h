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

    // terminal: rewrite one line, cut to columns when known (a wrapped line cannot be rewritten); current: the
    // run's progress now (read by the terminal refresh for the countdown).
    SendProgressPrinter(QTextStream &stream, bool terminal, Source current, QObject *parent = nullptr);
    void setColumns(int columns) { m_columns = columns; }

    // The run reported progress (connect DeliveryRun::progress here).
    void update(const DeliveryProgress &progress);
    // The run ended: the terminal line is cleared so that what follows starts on a clean line.
    void finish();

    // "rows done: 500/1000, calls: 50, about 1 h left, waiting 59:58 (rate limit: ...)"
    static QString describe(const DeliveryProgress &progress);
    // line cut to fit in columns - 1 characters ("..." at the end); unchanged when columns is 0 or it fits.
    static QString fit(const QString &line, int columns);

private:
    void refreshTerminal();

    QTextStream &m_stream;
    bool m_terminal;
    int m_columns = 0;
    Source m_current;
    QTimer *m_timer = nullptr;
    QString m_shown;      // the terminal line as last drawn
    int m_lastCalls = -1; // plain lines: calls and wait of the last line printed
    QString m_lastWait;
};
