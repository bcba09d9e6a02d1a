#include "TextFindBar.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QStyle>
#include <QTextDocument>
#include <QToolButton>

TextFindBar::TextFindBar(QPlainTextEdit *editor, QWidget *parent)
    : QWidget(parent)
    , m_editor(editor)
    , m_field(new QLineEdit(this))
    , m_previous(new QToolButton(this))
    , m_next(new QToolButton(this))
    , m_count(new QLabel(this))
{
    m_field->setPlaceholderText(tr("Find in body"));
    m_field->setClearButtonEnabled(true);
    m_field->installEventFilter(this);
    m_field->setAccessibleName(tr("Find in body"));
    m_field->setAccessibleDescription(tr("Enter: next match, Shift+Enter: previous, Escape: close"));
    m_previous->setAccessibleName(tr("Previous match"));
    m_next->setAccessibleName(tr("Next match"));
    m_previous->setArrowType(Qt::UpArrow);
    m_previous->setToolTip(tr("Previous match (Shift+F3)"));
    m_next->setArrowType(Qt::DownArrow);
    m_next->setToolTip(tr("Next match (F3)"));
    auto *close = new QToolButton(this);
    close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    close->setToolTip(tr("Close the find bar (Esc)"));
    close->setAutoRaise(true);
    close->setAccessibleName(tr("Close the find bar"));
    for (QToolButton *button : {m_previous, m_next, close}) {
        button->setFocusPolicy(Qt::TabFocus);
    }

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *label = new QLabel(tr("Find:"), this);
    label->setBuddy(m_field);
    layout->addWidget(label);
    layout->addWidget(m_field, 1);
    layout->addWidget(m_previous);
    layout->addWidget(m_next);
    layout->addWidget(m_count);
    layout->addWidget(close);

    connect(m_field, &QLineEdit::textChanged, this, &TextFindBar::search);
    connect(m_previous, &QToolButton::clicked, this, &TextFindBar::findPrevious);
    connect(m_next, &QToolButton::clicked, this, &TextFindBar::findNext);
    connect(close, &QToolButton::clicked, this, &TextFindBar::deactivate);
    setVisible(false);
}

void TextFindBar::activate()
{
    setVisible(true);
    m_field->setFocus(Qt::ShortcutFocusReason);
    m_field->selectAll();
    search();
}

void TextFindBar::deactivate()
{
    setVisible(false);
    m_matches.clear();
    m_current = -1;
    m_editor->setExtraSelections({});
    m_editor->setFocus(Qt::OtherFocusReason);
}

QString TextFindBar::text() const
{
    return m_field->text();
}

void TextFindBar::setText(const QString &text)
{
    m_field->setText(text);
}

QString TextFindBar::statusText() const
{
    if (m_field->text().isEmpty()) {
        return QString();
    }
    if (m_matches.isEmpty()) {
        return tr("No matches");
    }
    return tr("%1 of %2").arg(currentMatch()).arg(matchCount());
}

void TextFindBar::findNext()
{
    if (!m_matches.isEmpty()) {
        moveTo((m_current + 1) % int(m_matches.size()));
    }
}

void TextFindBar::findPrevious()
{
    if (!m_matches.isEmpty()) {
        moveTo((m_current - 1 + int(m_matches.size())) % int(m_matches.size()));
    }
}

void TextFindBar::refresh()
{
    if (isVisible()) {
        search();
    }
}

bool TextFindBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_field && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            if (key->modifiers() & Qt::ShiftModifier) {
                findPrevious();
            } else {
                findNext();
            }
            return true;
        }
        if (key->key() == Qt::Key_Escape) {
            deactivate();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void TextFindBar::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        deactivate();
        return;
    }
    QWidget::keyPressEvent(event);
}

void TextFindBar::search()
{
    const int anchor = m_current >= 0 && m_current < m_matches.size() ? m_matches.at(m_current).selectionStart() : 0;
    m_matches.clear();
    m_current = -1;
    const QString needle = m_field->text();
    if (!needle.isEmpty()) {
        QTextDocument *document = m_editor->document();
        for (QTextCursor found = document->find(needle, 0); !found.isNull(); found = document->find(needle, found)) {
            m_matches.append(found);
        }
    }
    int first = -1;
    for (int i = 0; i < m_matches.size() && first < 0; ++i) {
        if (m_matches.at(i).selectionStart() >= anchor) {
            first = i;
        }
    }
    if (!m_matches.isEmpty()) {
        moveTo(first < 0 ? 0 : first);
    } else {
        highlight();
    }
}

void TextFindBar::moveTo(int match)
{
    m_current = match;
    m_editor->setTextCursor(m_matches.at(match));
    m_editor->centerCursor();
    highlight();
}

void TextFindBar::highlight()
{
    QList<QTextEdit::ExtraSelection> selections;
    QTextCharFormat all;
    all.setBackground(QColor(255, 230, 90)); // the usual marker yellow, with dark text on it in any theme
    all.setForeground(Qt::black);
    QTextCharFormat current = all;
    current.setBackground(QColor(255, 150, 50));
    for (int i = 0; i < m_matches.size(); ++i) {
        selections.append({m_matches.at(i), i == m_current ? current : all});
    }
    m_editor->setExtraSelections(selections);
    m_count->setText(statusText());
    m_previous->setEnabled(m_matches.size() > 1);
    m_next->setEnabled(m_matches.size() > 1);
}
