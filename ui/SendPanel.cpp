#include "SendPanel.h"

#include "core/DurationText.h"
#include "session/RunController.h"

#include <QApplication>
#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSystemTrayIcon>
#include <QTimer>
#include <QVBoxLayout>

namespace {

constexpr int RefreshMs = 1000;
constexpr int TrayMessageMs = 10'000;

QLabel *wrappingLabel(const char *name, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QLatin1String(name));
    label->setWordWrap(true);
    // Selectable from the keyboard too: F6 lands here and a screen reader reads the focused line.
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}

} // namespace

SendPanel::SendPanel(RunController *controller, QWidget *parent)
    : QWidget(parent)
    , m_controller(controller)
    , m_bar(new QProgressBar(this))
    , m_rows(wrappingLabel("rows", this))
    , m_calls(wrappingLabel("calls", this))
    , m_eta(wrappingLabel("eta", this))
    , m_wait(wrappingLabel("wait", this))
    , m_result(wrappingLabel("result", this))
    , m_stop(new QPushButton(tr("S&top"), this))
    , m_refresh(new QTimer(this))
{
    setObjectName(QStringLiteral("sendPanel"));
    m_bar->setObjectName(QStringLiteral("progress"));
    m_bar->setRange(0, 1);
    m_bar->setValue(0);
    m_bar->setAccessibleName(tr("Sending progress"));
    m_stop->setObjectName(QStringLiteral("stop"));
    m_stop->setEnabled(false);
    m_stop->setToolTip(tr("Stop after the call in flight; send the same table again to resume (Ctrl+.)."));
    m_stop->setAccessibleDescription(m_stop->toolTip());

    auto *counts = new QHBoxLayout;
    counts->addWidget(m_rows, 1);
    counts->addWidget(m_calls, 1);
    counts->addWidget(m_stop);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_bar);
    layout->addLayout(counts);
    layout->addWidget(m_eta);
    layout->addWidget(m_wait);
    layout->addWidget(m_result);
    layout->addStretch(1);

    m_rows->setText(tr("Nothing sent yet."));
    m_refresh->setInterval(RefreshMs);
    m_notifier = [this](const QString &title, const QString &message) { notifyDesktop(title, message); };

    connect(m_stop, &QPushButton::clicked, this, [this] {
        m_stop->setEnabled(false);
        m_stop->setText(tr("Stopping…"));
        m_controller->stop();
    });
    connect(m_refresh, &QTimer::timeout, this, [this] { showProgress(m_controller->progress()); });
    connect(m_controller, &RunController::started, this, &SendPanel::onStarted);
    connect(m_controller, &RunController::progressChanged, this, &SendPanel::showProgress);
    connect(m_controller, &RunController::finished, this, &SendPanel::onFinished);
    connect(m_controller, &RunController::runFailed, this, [this](const QString &message) {
        m_refresh->stop();
        m_stop->setEnabled(false);
        m_eta->clear();
        m_wait->clear();
        m_result->setText(tr("Not sent: %1").arg(message));
        m_elapsed.invalidate();
    });
}

QString SendPanel::rowsText() const
{
    return m_rows->text();
}

QString SendPanel::callsText() const
{
    return m_calls->text();
}

QString SendPanel::etaText() const
{
    return m_eta->text();
}

QString SendPanel::waitText() const
{
    return m_wait->text();
}

QString SendPanel::resultText() const
{
    return m_result->text();
}

void SendPanel::onStarted()
{
    m_elapsed.start();
    m_result->clear();
    m_stop->setText(tr("S&top"));
    m_stop->setEnabled(true);
    m_refresh->start();
    showProgress(m_controller->progress());
}

void SendPanel::showProgress(const DeliveryProgress &progress)
{
    const QLocale locale;
    m_bar->setRange(0, std::max(1, progress.rowsTotal));
    m_bar->setValue(progress.rowsDone);
    m_rows->setText(
        tr("%1 of %2 rows done").arg(locale.toString(progress.rowsDone), locale.toString(progress.rowsTotal)));
    m_calls->setText(tr("%Ln bulk call(s) made", nullptr, progress.callsMade));
    if (progress.etaMs < 0) {
        m_eta->setText(tr("Time left: not known yet"));
    } else if (progress.etaMs == 0) {
        m_eta->clear();
    } else {
        const QDateTime at = QDateTime::currentDateTime().addMSecs(progress.etaMs);
        m_eta->setText(
            tr("Last call in %1, at about %2")
                .arg(DurationText::inWords(progress.etaMs), locale.toString(at.time(), QLocale::ShortFormat)));
    }
    if (progress.waitReason.isEmpty()) {
        m_wait->clear();
    } else {
        m_wait->setText(tr("Waiting (%1 left): %2").arg(DurationText::inWords(progress.waitMs), progress.waitReason));
    }
}

void SendPanel::onFinished(const DeliverySummary &summary)
{
    m_refresh->stop();
    m_stop->setText(tr("S&top"));
    m_stop->setEnabled(false);
    m_wait->clear();
    m_eta->clear();
    const QString text = summaryText(summary);
    m_result->setText(text);
    if (m_elapsed.isValid() && m_elapsed.elapsed() >= m_notifyAfterMs && m_notifier) {
        m_notifier(tr("Invitedesk: sending ended"), text);
    }
    m_elapsed.invalidate();
}

QString SendPanel::summaryText(const DeliverySummary &summary)
{
    const QLocale locale;
    if (!summary.fatalError.isEmpty()) {
        return tr("Stopped: %1").arg(summary.fatalError);
    }
    const int left = summary.count(RowStatus::Pending);
    if (summary.interrupted || left > 0) {
        return tr("Stopped with %Ln row(s) left: send the same table again to resume.", nullptr, left);
    }
    return tr("Done: %1 invited, %2 already invited, %3 already members, %4 failed, %5 not sent (invalid or "
              "duplicate).")
        .arg(locale.toString(summary.count(RowStatus::Invited)),
             locale.toString(summary.count(RowStatus::AlreadyInvited)),
             locale.toString(summary.count(RowStatus::AlreadyMember)),
             locale.toString(summary.count(RowStatus::Failed)),
             locale.toString(summary.count(RowStatus::Invalid) + summary.count(RowStatus::Duplicate)));
}

void SendPanel::notifyDesktop(const QString &title, const QString &message)
{
    if (!QSystemTrayIcon::isSystemTrayAvailable()) {
        QApplication::alert(window());
        return;
    }
    if (!m_tray) {
        m_tray = new QSystemTrayIcon(QApplication::windowIcon(), this);
    }
    m_tray->show();
    m_tray->showMessage(title, message, QSystemTrayIcon::Information, TrayMessageMs);
    QTimer::singleShot(2 * TrayMessageMs, m_tray, &QSystemTrayIcon::hide);
}
