#pragma once

#include "core/RowStatus.h"

#include <QHash>
#include <QWidget>

#include <array>

class QToolButton;

// How many rows of a run ended in each status, as a row of buttons with icon and text ("Invited: 9"); clicking one
// asks to show only those rows.
class StatusCountsBar : public QWidget
{
    Q_OBJECT

public:
    explicit StatusCountsBar(QWidget *parent = nullptr);

    // counts is indexed by RowStatus::Value. Statuses no row has are hidden, except when every count is zero.
    void setCounts(const std::array<int, RowStatus::Count> &counts);
    // "Invited: 9, Already invited: 1, …" for the statuses shown.
    QString text() const;
    QToolButton *button(RowStatus::Value status) const { return m_buttons.value(status); }

signals:
    void statusClicked(RowStatus::Value status);

private:
    QHash<RowStatus::Value, QToolButton *> m_buttons;
};
