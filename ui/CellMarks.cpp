#include "CellMarks.h"

#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace {

enum class Glyph { Dots, Check, Info, Exclamation, Equals, Cross };

QColor mixed(const QColor &base, const QColor &tint, double amount)
{
    return QColor::fromRgbF(float(base.redF() * (1 - amount) + tint.redF() * amount),
                            float(base.greenF() * (1 - amount) + tint.greenF() * amount),
                            float(base.blueF() * (1 - amount) + tint.blueF() * amount));
}

QPixmap glyphPixmap(int size, const QColor &fill, Glyph glyph)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.scale(size / 16.0, size / 16.0);
    painter.setPen(Qt::NoPen);
    painter.setBrush(fill);
    painter.drawEllipse(QRectF(1, 1, 14, 14));

    QPen pen(Qt::white, 2.0, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    painter.setPen(pen);
    painter.setBrush(Qt::white);
    switch (glyph) {
    case Glyph::Dots:
        painter.setPen(Qt::NoPen);
        for (const double x : {4.5, 8.0, 11.5}) {
            painter.drawEllipse(QPointF(x, 8), 1.2, 1.2);
        }
        break;
    case Glyph::Check: {
        QPainterPath path(QPointF(4.5, 8.3));
        path.lineTo(7, 10.8);
        path.lineTo(11.5, 5.5);
        painter.setBrush(Qt::NoBrush);
        painter.drawPath(path);
        break;
    }
    case Glyph::Info:
        painter.drawLine(QPointF(8, 7.5), QPointF(8, 11.5));
        painter.setPen(Qt::NoPen);
        painter.drawEllipse(QPointF(8, 4.6), 1.2, 1.2);
        break;
    case Glyph::Exclamation:
        painter.drawLine(QPointF(8, 4), QPointF(8, 8.8));
        painter.setPen(Qt::NoPen);
        painter.drawEllipse(QPointF(8, 11.6), 1.2, 1.2);
        break;
    case Glyph::Equals:
        painter.drawLine(QPointF(5, 6.3), QPointF(11, 6.3));
        painter.drawLine(QPointF(5, 9.7), QPointF(11, 9.7));
        break;
    case Glyph::Cross:
        painter.drawLine(QPointF(5.5, 5.5), QPointF(10.5, 10.5));
        painter.drawLine(QPointF(10.5, 5.5), QPointF(5.5, 10.5));
        break;
    }
    return pixmap;
}

QIcon glyphIcon(const QColor &fill, Glyph glyph)
{
    QIcon icon;
    for (const int size : {16, 24, 32}) {
        icon.addPixmap(glyphPixmap(size, fill, glyph));
    }
    return icon;
}

} // namespace

void CellMarks::update(const QPalette &palette)
{
    m_dark = palette.color(QPalette::Base).lightness() < 128;
    m_statusIcons = {};

    // A tint of the base colour: the text colour keeps its contrast on light and dark themes alike.
    const QColor base = palette.color(QPalette::Base);
    m_backgrounds[CellProblem::Invalid] = mixed(base, QColor(0xe5, 0x39, 0x35), m_dark ? 0.35 : 0.22);
    m_backgrounds[CellProblem::Duplicate] = mixed(base, QColor(0xff, 0xb3, 0x00), m_dark ? 0.30 : 0.28);
    m_placeholder = palette.color(QPalette::PlaceholderText);
}

const QIcon &CellMarks::statusIcon(RowStatus::Value status) const
{
    QIcon &icon = m_statusIcons.at(status);
    if (!icon.isNull()) {
        return icon;
    }
    const QColor grey = m_dark ? QColor(0x8a, 0x8f, 0x98) : QColor(0x6b, 0x70, 0x78);
    const QColor green(0x2e, 0x7d, 0x32);
    const QColor blue(0x1e, 0x63, 0xb4);
    const QColor red(0xc6, 0x28, 0x28);
    const QColor amber(0xb2, 0x6a, 0x00);
    switch (status) {
    case RowStatus::Pending:
        icon = glyphIcon(grey, Glyph::Dots);
        break;
    case RowStatus::Invited:
        icon = glyphIcon(green, Glyph::Check);
        break;
    case RowStatus::AlreadyInvited:
        icon = glyphIcon(blue, Glyph::Info);
        break;
    case RowStatus::AlreadyMember:
        icon = glyphIcon(blue, Glyph::Check);
        break;
    case RowStatus::Invalid:
        icon = glyphIcon(red, Glyph::Exclamation);
        break;
    case RowStatus::Duplicate:
        icon = glyphIcon(amber, Glyph::Equals);
        break;
    case RowStatus::Failed:
        icon = glyphIcon(red, Glyph::Cross);
        break;
    }
    return icon;
}

const QIcon &CellMarks::problemIcon(CellProblem::Kind kind) const
{
    return statusIcon(kind == CellProblem::Invalid ? RowStatus::Invalid : RowStatus::Duplicate);
}
