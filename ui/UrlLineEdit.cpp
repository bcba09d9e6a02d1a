#include "UrlLineEdit.h"

#include "CellMarks.h"
#include "core/Validator.h"

#include <QAction>

UrlLineEdit::UrlLineEdit(QWidget *parent)
    : QLineEdit(parent)
    , m_warning(new QAction(this))
{
    CellMarks marks;
    marks.update(palette());
    m_warning->setIcon(marks.problemIcon(CellProblem::Invalid));
    m_warning->setVisible(false);
    addAction(m_warning, QLineEdit::TrailingPosition);
    setPlaceholderText(tr("https://example.com/welcome"));
    connect(this, &QLineEdit::textChanged, this, &UrlLineEdit::check);
}

void UrlLineEdit::check()
{
    // The Validator's own message, so the field says exactly what the table would.
    Invitee probe;
    probe.setValue(Invitee::RedirectUrl, text());
    QString problem;
    if (!text().trimmed().isEmpty()) {
        for (const CellProblem &found : Validator().validateRow(probe, 0)) {
            if (found.field == Invitee::RedirectUrl) {
                problem = found.message;
            }
        }
    }
    if (problem == m_problem) {
        return;
    }
    const bool wasAcceptable = isAcceptable();
    m_problem = problem;
    setToolTip(m_problem);
    m_warning->setToolTip(m_problem);
    m_warning->setVisible(!m_problem.isEmpty());
    setStyleSheet(m_problem.isEmpty() ? QString() : QStringLiteral("QLineEdit { border: 2px solid #d32f2f; }"));
    if (wasAcceptable != isAcceptable()) {
        emit acceptableChanged(isAcceptable());
    }
}
