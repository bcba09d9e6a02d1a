#include "PaneCycler.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>

PaneCycler::PaneCycler(QWidget *window)
    : QObject(window)
    , m_window(window)
    , m_next(new QAction(tr("Next &Pane"), this))
    , m_previous(new QAction(tr("Pre&vious Pane"), this))
{
    m_next->setObjectName(QStringLiteral("nextPane"));
    m_next->setShortcut(QKeySequence(Qt::Key_F6));
    m_next->setStatusTip(tr("Move the keyboard focus to the next part of the window: table, sending panel, results"));
    m_previous->setObjectName(QStringLiteral("previousPane"));
    m_previous->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F6));
    m_previous->setStatusTip(tr("Move the keyboard focus to the previous part of the window"));
    window->addAction(m_next);
    window->addAction(m_previous);
    connect(m_next, &QAction::triggered, this, [this] { cycle(false); });
    connect(m_previous, &QAction::triggered, this, [this] { cycle(true); });
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget *, QWidget *now) {
        for (const QPointer<QWidget> &pane : std::as_const(m_panes)) {
            if (pane && now && pane->isAncestorOf(now)) {
                m_lastFocus.insert(pane, now);
            }
        }
    });
}

void PaneCycler::addPane(QWidget *pane)
{
    m_panes.append(pane);
}

QWidget *PaneCycler::currentPane() const
{
    QWidget *focus = QApplication::focusWidget();
    for (const QPointer<QWidget> &pane : m_panes) {
        if (pane && focus && (pane == focus || pane->isAncestorOf(focus))) {
            return pane;
        }
    }
    return nullptr;
}

bool PaneCycler::isOpen(const QWidget *pane) const
{
    if (const auto *dock = qobject_cast<const QDockWidget *>(pane)) {
        // A dock tabbed behind another is open too: cycling brings it to the front.
        return dock->toggleViewAction()->isChecked();
    }
    return pane->isVisible();
}

QWidget *PaneCycler::focusTarget(QWidget *pane) const
{
    const auto usable = [pane](const QWidget *widget) {
        return widget && pane->isAncestorOf(widget) && widget->isVisible() && widget->isEnabled() &&
               (widget->focusPolicy() & Qt::TabFocus);
    };
    if (QWidget *last = m_lastFocus.value(pane); usable(last)) {
        return last;
    }
    for (QWidget *widget = pane->nextInFocusChain(); widget && widget != pane; widget = widget->nextInFocusChain()) {
        if (usable(widget)) {
            return widget;
        }
    }
    return nullptr;
}

bool PaneCycler::focusPane(QWidget *pane)
{
    if (!pane) {
        return false;
    }
    if (auto *dock = qobject_cast<QDockWidget *>(pane)) {
        dock->show();
        dock->raise();
    }
    QWidget *target = focusTarget(pane);
    if (!target) {
        return false;
    }
    target->setFocus(Qt::OtherFocusReason);
    return true;
}

void PaneCycler::cycle(bool backwards)
{
    QList<QWidget *> open;
    for (const QPointer<QWidget> &pane : std::as_const(m_panes)) {
        if (pane && isOpen(pane)) {
            open.append(pane);
        }
    }
    if (open.isEmpty()) {
        return;
    }
    const qsizetype count = open.size();
    const qsizetype current = open.indexOf(currentPane()); // -1: the focus is outside every pane
    for (qsizetype step = 1; step <= count; ++step) {
        const qsizetype start = current < 0 ? (backwards ? 0 : -1) : current;
        const qsizetype next = ((start + (backwards ? -step : step)) % count + count) % count;
        if (focusPane(open.at(next))) {
            return;
        }
    }
}
