#include "SendProgressPrinter.h"

#include "core/DurationText.h"

#include <QTimer>

SendProgressPrinter::SendProgressPrinter(QTextStream &stream, bool terminal, Source current, QObject *parent)
    : QObject(parent)
    , m_stream(stream)
    , m_terminal(terminal)
    , m_current(std::move(current))
{
    if (m_terminal) {
        m_timer = new QTimer(this);
        m_timer->setInterval(TerminalRefreshMs);
        connect(m_timer, &QTimer::timeout, this, &SendProgressPrinter::refreshTerminal);
        m_timer->start();
    }
}

void SendProgressPrinter::update(const DeliveryProgress &progress)
{
    if (m_terminal) {
        return; // the refresh timer draws the line, so a burst of updates costs one redraw
    }
    const bool newCall = progress.callsMade != m_lastCalls;
    const bool newWait = !progress.waitReason.isEmpty() && progress.waitReason != m_lastWait;
    if (!newCall && !newWait) {
        return;
    }
    if (m_lastCalls < 0 && progress.callsMade == 0 && progress.waitReason.isEmpty()) {
        m_lastCalls = 0; // nothing to tell before the first call
        return;
    }
    m_lastCalls = progress.callsMade;
    m_lastWait = progress.waitReason;
    m_stream << describe(progress) << '\n';
    m_stream.flush();
}

void SendProgressPrinter::finish()
{
    if (m_timer) {
        m_timer->stop();
    }
    if (m_terminal && !m_shown.isEmpty()) {
        m_stream << '\r' << QString(m_shown.size(), u' ') << '\r';
        m_stream.flush();
        m_shown.clear();
    }
}

void SendProgressPrinter::refreshTerminal()
{
    const QString line = fit(describe(m_current()), m_columns);
    if (line == m_shown) {
        return;
    }
    // Pad over what is left of a longer previous line.
    const qsizetype padding = std::max<qsizetype>(0, m_shown.size() - line.size());
    m_stream << '\r' << line << QString(padding, u' ');
    m_stream.flush();
    m_shown = line;
}

QString SendProgressPrinter::describe(const DeliveryProgress &progress)
{
    const QString done = QStringLiteral("%1/%2").arg(progress.rowsDone).arg(progress.rowsTotal);
    const QString calls = QString::number(progress.callsMade);
    const bool waiting = progress.waitMs > 0;
    const bool eta = progress.count(RowStatus::Pending) > 0 && progress.etaMs >= 0;
    const QString left = eta ? DurationText::approximate(progress.etaMs) : QString();
    if (waiting && eta) {
        // The estimate before the wait's reason, so a line cut to the terminal's width keeps it.
        return tr("rows done: %1, calls: %2, %3 left, waiting %4 (%5)")
            .arg(done, calls, left, DurationText::countdown(progress.waitMs), progress.waitReason);
    }
    if (waiting) {
        return tr("rows done: %1, calls: %2, waiting %3 (%4)")
            .arg(done, calls, DurationText::countdown(progress.waitMs), progress.waitReason);
    }
    if (eta) {
        return tr("rows done: %1, calls: %2, %3 left").arg(done, calls, left);
    }
    return tr("rows done: %1, calls: %2").arg(done, calls);
}

QString SendProgressPrinter::fit(const QString &line, int columns)
{
    // The last column stays free: writing into it makes some terminals wrap at once.
    const qsizetype room = columns - 1;
    if (columns <= 0 || line.size() <= room) {
        return line;
    }
    const QString ellipsis = QStringLiteral("...");
    return room <= ellipsis.size() ? line.left(std::max<qsizetype>(0, room))
                                   : line.left(room - ellipsis.size()) + ellipsis;
}
