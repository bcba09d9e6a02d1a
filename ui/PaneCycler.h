#pragma once

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>

class QAction;
class QDockWidget;
class QWidget;

// Moves the keyboard focus between the panes of the main window (the table, then each open dock: the sending panel,
// the results) with F6 and Shift+F6, as most desktop applications do. Coming back into a pane returns to the widget
// that had the focus there; a dock tabbed behind another is brought to the front.
class PaneCycler : public QObject
{
    Q_OBJECT

public:
    // The actions get window as their shortcut context.
    explicit PaneCycler(QWidget *window);

    // Appends a pane to the cycle: the central widget or a dock widget.
    void addPane(QWidget *pane);
    QAction *nextAction() const { return m_next; }
    QAction *previousAction() const { return m_previous; }

    // The pane holding the focus widget; null when none does.
    QWidget *currentPane() const;
    // Shows (raises) the pane and gives the focus to where it was in it, else to its first focusable widget; false
    // when the pane has nothing to focus.
    bool focusPane(QWidget *pane);
    // Focuses the next (previous) open pane after the current one.
    void cycle(bool backwards);

private:
    bool isOpen(const QWidget *pane) const;
    QWidget *focusTarget(QWidget *pane) const;

    QWidget *m_window;
    QAction *m_next;
    QAction *m_previous;
    QList<QPointer<QWidget>> m_panes;
    QHash<const QWidget *, QPointer<QWidget>> m_lastFocus;
};
