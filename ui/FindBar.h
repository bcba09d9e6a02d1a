#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QToolButton;

// The find bar under the table: the text to look for, previous/next, and what the last search found. Esc closes it;
// Enter finds the next match, Shift+Enter the previous one.
class FindBar : public QWidget
{
    Q_OBJECT

public:
    explicit FindBar(QWidget *parent = nullptr);

    QString text() const;
    QLineEdit *lineEdit() const { return m_edit; }
    // Shows the bar with its text selected and the keyboard in it.
    void activate();
    // Says what the last search found (empty: nothing to say).
    void setResult(const QString &text);
    QString result() const;

signals:
    void findNext();
    void findPrevious();
    void closed();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QLineEdit *m_edit;
    QLabel *m_result;
};
