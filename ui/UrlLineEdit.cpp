#include "UrlLineEdit.h"

#include "CellMarks.h"
#include "PaletteContrast.h"
#include "core/Validator.h"

#include <QAction>
#include <QPainter>

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
    CellMarks marks;
    marks.update(palette());
    m_warning->setIcon(marks.problemIcon(CellProblem::Invalid));
    update();
}

QColor UrlLineEdit::frameColor() const
{
    if (m_problem.isEmpty()) {
        return {};
    }
    // The frame repeats what the icon and the tooltip say, in a red that stands out on the palette's base colour.
    const QPalette &colors = palette();
    return PaletteContrast::isHighContrast(colors)
               ? colors.color(QPalette::Text)
               : PaletteContrast::pick(colors, QColor(0xd3, 0x2f, 0x2f), QColor(0xff, 0x8a, 0x80),
                                       PaletteContrast::GraphicRatio);
}

void UrlLineEdit::paintEvent(QPaintEvent *event)
{
    QLineEdit::paintEvent(event);
    if (const QColor frame = frameColor(); frame.isValid()) {
        QPainter painter(this);
        painter.setPen(QPen(frame, 2));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(QRectF(rect()).adjusted(1, 1, -1, -1));
    }
}

void UrlLineEdit::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange) {
        updateMarks(); // colours are read when painting; the icon is drawn once per palette
    }
    QLineEdit::changeEvent(event);
}
