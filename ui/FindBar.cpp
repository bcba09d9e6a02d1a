#include "FindBar.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QStyle>
#include <QToolButton>

FindBar::FindBar(QWidget *parent)
    : QWidget(parent)
    , m_edit(new QLineEdit(this))
    , m_result(new QLabel(this))
{
    m_edit->setPlaceholderText(tr("Find in every cell"));
    m_edit->setClearButtonEnabled(true);
    m_edit->setAccessibleName(tr("Find"));
    m_edit->setAccessibleDescription(tr("Enter: next match, Shift+Enter: previous, Escape: close"));

    auto *previous = new QToolButton(this);
    previous->setArrowType(Qt::UpArrow);
    previous->setToolTip(tr("Previous match (Shift+F3)"));
    previous->setAccessibleName(tr("Previous match"));
    auto *next = new QToolButton(this);
    next->setArrowType(Qt::DownArrow);
    next->setToolTip(tr("Next match (F3)"));
    next->setAccessibleName(tr("Next match"));
    auto *close = new QToolButton(this);
    close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    close->setToolTip(tr("Close the find bar (Esc)"));
    close->setAccessibleName(tr("Close the find bar"));
    close->setAutoRaise(true);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);
    auto *label = new QLabel(tr("Find:"), this);
    label->setBuddy(m_edit);
    layout->addWidget(label);
    layout->addWidget(m_edit, 1);
    layout->addWidget(previous);
    layout->addWidget(next);
    layout->addWidget(m_result, 1);
    previous->setFocusPolicy(Qt::TabFocus);
    next->setFocusPolicy(Qt::TabFocus);
    close->setFocusPolicy(Qt::TabFocus);
    layout->addWidget(close);

    m_edit->installEventFilter(this);
    connect(m_edit, &QLineEdit::returnPressed, this, &FindBar::findNext);
    connect(m_edit, &QLineEdit::textChanged, this, [this] { setResult(QString()); });
    connect(next, &QToolButton::clicked, this, &FindBar::findNext);
    connect(previous, &QToolButton::clicked, this, &FindBar::findPrevious);
    connect(close, &QToolButton::clicked, this, [this] {
        hide();
        emit closed();
    });
}

QString FindBar::text() const
{
    return m_edit->text();
}

void FindBar::activate()
{
    show();
    m_edit->setFocus(Qt::ShortcutFocusReason);
    m_edit->selectAll();
}

void FindBar::setResult(const QString &text)
{
    m_result->setText(text);
}

QString FindBar::result() const
{
    return m_result->text();
}

void FindBar::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        hide();
        emit closed();
        return;
    }
    QWidget::keyPressEvent(event);
}

bool FindBar::eventFilter(QObject *watched, QEvent *event)
{
    // Shift+Enter in the line edit finds backwards; the line edit would take it as a plain Enter.
    if (watched == m_edit && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
            key->modifiers().testFlag(Qt::ShiftModifier)) {
            emit findPrevious();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}
