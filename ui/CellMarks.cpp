#include "CellMarks.h"

#include "PaletteContrast.h"

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

QPixmap glyphPixmap(int size, const QColor &fill, const QColor &ink, Glyph glyph)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.scale(size / 16.0, size / 16.0);
    painter.setPen(Qt::NoPen);
    painter.setBrush(fill);
    painter.drawEllipse(QRectF(1, 1, 14, 14));

    QPen pen(ink, 2.0, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    painter.setPen(pen);
    painter.setBrush(ink);
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

QIcon glyphIcon(const QColor &fill, const QColor &ink, Glyph glyph)
{
    QIcon icon;
    for (const int size : {16, 24, 32}) {
        icon.addPixmap(glyphPixmap(size, fill, ink, glyph));
    }
    return icon;
}

} // namespace

void CellMarks::update(const QPalette &palette)
{
    m_base = palette.color(QPalette::Base);
    m_text = palette.color(QPalette::Text);
    m_dark = m_base.lightness() < 128;
    m_highContrast = PaletteContrast::isHighContrast(palette);
    m_statusIcons = {};

    // A tint of the base colour: the text colour keeps its contrast on light and dark themes alike. Should a theme
    // be so dim that the tint costs the text its contrast, the tint is lightened (darkened) until it reads.
    const auto tint = [this](const QColor &accent, double amount) {
        QColor background = mixed(m_base, accent, amount);
        while (PaletteContrast::ratio(background, m_text) < PaletteContrast::TextRatio && amount > 0.02) {
            amount /= 2;
            background = mixed(m_base, accent, amount);
        }
        return background;
    };
    m_backgrounds[CellProblem::Invalid] = tint(QColor(0xe5, 0x39, 0x35), m_dark ? 0.35 : 0.22);
    m_backgrounds[CellProblem::Duplicate] = tint(QColor(0xff, 0xb3, 0x00), m_dark ? 0.30 : 0.28);
    m_placeholder = palette.color(QPalette::PlaceholderText);
    // The glyph on a disc: white on the dark discs of light themes, black on the light discs of dark themes, the
    // base colour on the text-coloured discs of high-contrast themes.
    m_glyph = m_highContrast ? m_base : m_dark ? QColor(Qt::black) : QColor(Qt::white);
}

QColor CellMarks::iconFill(RowStatus::Value status) const
{
    if (m_highContrast) {
        return m_text; // the glyph's shape tells the statuses apart
    }
    struct Pair
    {
        QColor light;
        QColor dark;
    };
    Pair pair;
    switch (status) {
    case RowStatus::Pending:
        pair = {QColor(0x5f, 0x64, 0x6b), QColor(0xb8, 0xbd, 0xc6)};
        break;
    case RowStatus::Invited:
        pair = {QColor(0x2e, 0x7d, 0x32), QColor(0xa5, 0xd6, 0xa7)};
        break;
    case RowStatus::AlreadyInvited:
    case RowStatus::AlreadyMember:
        pair = {QColor(0x1e, 0x63, 0xb4), QColor(0x90, 0xca, 0xf9)};
        break;
    case RowStatus::Duplicate:
        pair = {QColor(0x8a, 0x52, 0x00), QColor(0xff, 0xcc, 0x80)};
        break;
    case RowStatus::Invalid:
    case RowStatus::Failed:
        pair = {QColor(0xc6, 0x28, 0x28), QColor(0xef, 0x9a, 0x9a)};
        break;
    }
    // The glyph must read on the disc.
    return PaletteContrast::ensureContrast(m_dark ? pair.dark : pair.light, m_glyph);
}

const QIcon &CellMarks::statusIcon(RowStatus::Value status) const
{
    QIcon &icon = m_statusIcons.at(status);
    if (!icon.isNull()) {
        return icon;
    }
    const QColor fill = iconFill(status);
    switch (status) {
    case RowStatus::Pending:
        icon = glyphIcon(fill, m_glyph, Glyph::Dots);
        break;
    case RowStatus::Invited:
        icon = glyphIcon(fill, m_glyph, Glyph::Check);
        break;
    case RowStatus::AlreadyInvited:
        icon = glyphIcon(fill, m_glyph, Glyph::Info);
        break;
    case RowStatus::AlreadyMember:
        icon = glyphIcon(fill, m_glyph, Glyph::Check);
        break;
    case RowStatus::Invalid:
        icon = glyphIcon(fill, m_glyph, Glyph::Exclamation);
        break;
    case RowStatus::Duplicate:
        icon = glyphIcon(fill, m_glyph, Glyph::Equals);
        break;
    case RowStatus::Failed:
        icon = glyphIcon(fill, m_glyph, Glyph::Cross);
        break;
    }
    return icon;
}

const QIcon &CellMarks::problemIcon(CellProblem::Kind kind) const
{
    return statusIcon(kind == CellProblem::Invalid ? RowStatus::Invalid : RowStatus::Duplicate);
}
