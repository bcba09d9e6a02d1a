#include "StatusCountsBar.h"

#include "StatusIcons.h"
#include "results/RunHistoryModel.h"

#include <QHBoxLayout>
#include <QToolButton>

#include <algorithm>

StatusCountsBar::StatusCountsBar(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    for (const RowStatus::Value status : RunHistoryModel::statusOrder()) {
        auto *button = new QToolButton(this);
        button->setIcon(StatusIcons::icon(status));
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        button->setAutoRaise(true);
        button->setToolTip(tr("Show only the rows that are %1").arg(RowStatus::title(status)));
        button->setAccessibleDescription(button->toolTip());
        button->setFocusPolicy(Qt::TabFocus); // auto-raised tool buttons are skipped by Tab otherwise
        connect(button, &QToolButton::clicked, this, [this, status] { emit statusClicked(status); });
        layout->addWidget(button);
        m_buttons.insert(status, button);
    }
    layout->addStretch(1);
    setCounts({});
}

void StatusCountsBar::setCounts(const std::array<int, RowStatus::Count> &counts)
{
    const bool none = std::all_of(counts.cbegin(), counts.cend(), [](int count) { return count == 0; });
    for (auto it = m_buttons.cbegin(); it != m_buttons.cend(); ++it) {
        const int count = counts[static_cast<size_t>(it.key())];
        it.value()->setText(tr("%1: %2").arg(RowStatus::title(it.key())).arg(count));
        it.value()->setVisible(none ? it.key() != RowStatus::Pending : count > 0);
    }
}

QString StatusCountsBar::text() const
{
    QStringList parts;
    for (const RowStatus::Value status : RunHistoryModel::statusOrder()) {
        if (!m_buttons.value(status)->isHidden()) {
            parts.append(m_buttons.value(status)->text());
        }
    }
    return parts.join(QStringLiteral(", "));
}
