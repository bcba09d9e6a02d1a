#pragma once

#include "core/CellProblem.h"
#include "core/RowStatus.h"

#include <QColor>
#include <QIcon>
#include <QPalette>

#include <array>

// How the editor marks rows and cells: an icon per row status and per problem kind (a shape and a glyph, so colour
// is never the only sign) and problem backgrounds mixed from the palette, so dark and high-contrast themes stay
// readable (text >= 4.5:1 on its background). Icons are painted the first time they are asked for, so an empty
// table costs nothing at start-up.
class CellMarks
{
public:
    // Builds the icons and colours for a palette; call again when the palette changes.
    void update(const QPalette &palette);

    const QIcon &statusIcon(RowStatus::Value status) const;
    const QIcon &problemIcon(CellProblem::Kind kind) const;
    const QColor &problemBackground(CellProblem::Kind kind) const { return m_backgrounds.at(kind); }
    // Text shown for a default ("default", the default role) in an empty cell.
    const QColor &placeholderText() const { return m_placeholder; }
    // The disc of a status icon and the glyph drawn on it: light discs with dark glyphs on dark themes, the
    // palette's own text and base colours on high-contrast ones.
    QColor iconFill(RowStatus::Value status) const;
    QColor iconGlyph() const { return m_glyph; }

private:
    mutable std::array<QIcon, RowStatus::Count> m_statusIcons; // built on first use
    bool m_dark = false;
    bool m_highContrast = false;
    QColor m_base;
    QColor m_text;
    QColor m_glyph;
    std::array<QColor, 2> m_backgrounds;
    QColor m_placeholder;
};
