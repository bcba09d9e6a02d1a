#pragma once

#include <QLineEdit>

class QAction;

// A line edit for a redirect URL that checks as it is typed: while the text is not an http(s) URL Clerk accepts it
// gets a red frame, a warning icon and a tooltip saying what is wrong. Empty is fine (no redirect).
class UrlLineEdit : public QLineEdit
{
    Q_OBJECT

public:
    explicit UrlLineEdit(QWidget *parent = nullptr);

    bool isAcceptable() const { return m_problem.isEmpty(); }
    // What is wrong with the text; empty when it is fine.
    QString problem() const { return m_problem; }

signals:
    void acceptableChanged(bool acceptable);

private:
    void check();

    QAction *m_warning;
    QString m_problem;
};
