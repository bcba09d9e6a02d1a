#pragma once

#include <QColor>
#include <QLineEdit>

class QAction;

// A line edit for a redirect URL that checks as it is typed: while the text is not an http(s) URL Clerk accepts it
// gets a red frame (in a red that suits the palette), a warning icon and a tooltip (and accessible description)
// saying what is wrong. Empty is fine (no redirect).
class UrlLineEdit : public QLineEdit
{
    Q_OBJECT

public:
    explicit UrlLineEdit(QWidget *parent = nullptr);

    bool isAcceptable() const { return m_problem.isEmpty(); }
    // What is wrong with the text; empty when it is fine.
    QString problem() const { return m_problem; }
    // The colour of the frame drawn while there is a problem, for the current palette; invalid when there is none.
    QColor frameColor() const;

signals:
    void acceptableChanged(bool acceptable);

protected:
    void changeEvent(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    void check();
    void updateMarks();

    QAction *m_warning;
    QString m_problem;
};
