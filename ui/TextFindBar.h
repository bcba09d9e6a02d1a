#pragma once

#include <QList>
#include <QTextCursor>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QToolButton;

// The find field under a read-only text view: highlights every match of the typed text (case-insensitive), moves
// between them (Enter / Shift+Enter, the arrows, F3 / Shift+F3) and says "2 of 5". Escape closes it.
class TextFindBar : public QWidget
{
    Q_OBJECT

public:
    explicit TextFindBar(QPlainTextEdit *editor, QWidget *parent = nullptr);

    // Shows the bar and puts the cursor in its field, text selected, matches highlighted.
    void activate();
    void deactivate();

    QString text() const;
    void setText(const QString &text);
    QLineEdit *field() const { return m_field; }

    int matchCount() const { return int(m_matches.size()); }
    // 1-based number of the current match; 0 when there is none.
    int currentMatch() const { return m_current + 1; }
    // "2 of 5", "No matches" or empty: what the bar says.
    QString statusText() const;

    void findNext();
    void findPrevious();
    // Searches again (after the text of the view changed), keeping the position near the current match.
    void refresh();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    // Escape closes the bar from any of its controls.
    void keyPressEvent(QKeyEvent *event) override;

private:
    void search();
    void moveTo(int match);
    void highlight();

    QPlainTextEdit *m_editor;
    QLineEdit *m_field;
    QToolButton *m_previous;
    QToolButton *m_next;
    QLabel *m_count;
    QList<QTextCursor> m_matches;
    int m_current = -1;
};
