#include "UrlLineEdit.h"

#include "CellMarks.h"
#include "PaletteContrast.h"
#include "core/Validator.h"

#include <QAction>

UrlLineEdit::UrlLineEdit(QWidget *parent)
    : QLineEdit(parent)
    , m_warning(new QAction(this))
{
    updateMarks();
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
    setAccessibleDescription(m_problem);
    m_warning->setToolTip(m_problem);
    m_warning->setVisible(!m_problem.isEmpty());
    updateMarks();
    if (wasAcceptable != isAcceptable()) {
        emit acceptableChanged(isAcceptable());
    }
}

void UrlLineEdit::updateMarks()
{
    // The frame repeats what the icon and the tooltip say, in a red that stands out on the palette's base colour.
    const QPalette &colors = parentWidget() ? parentWidget()->palette() : palette();
    CellMarks marks;
    marks.update(colors);
    m_warning->setIcon(marks.problemIcon(CellProblem::Invalid));
    const QColor frame = PaletteContrast::isHighContrast(colors)
                             ? colors.color(QPalette::Text)
                             : PaletteContrast::pick(colors, QColor(0xd3, 0x2f, 0x2f), QColor(0xff, 0x8a, 0x80),
                                                     PaletteContrast::GraphicRatio);
    const QString sheet =
        m_problem.isEmpty() ? QString() : QStringLiteral("QLineEdit { border: 2px solid %1; }").arg(frame.name());
    if (styleSheet() != sheet) { // a style sheet changes the palette: set it only when it differs
        setStyleSheet(sheet);
    }
}

void UrlLineEdit::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange) {
        updateMarks();
    }
    QLineEdit::changeEvent(event);
}
