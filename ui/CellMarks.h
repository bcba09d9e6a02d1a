#pragma once

#include "core/CellProblem.h"
#include "core/RowStatus.h"

#include <QColor>
#include <QIcon>
#include <QPalette>

#include <array>

// How the editor marks rows and cells: an icon per row status and per problem kind (a shape and a glyph, so colour
// is never the only sign) and problem backgrounds mixed from the palette, so dark themes stay readable. Icons are
// painted the first time they are asked for, so an empty table costs nothing at start-up.
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

private:
    mutable std::array<QIcon, RowStatus::Count> m_statusIcons; // built on first use
    bool m_dark = false;
    std::array<QColor, 2> m_backgrounds;
    QColor m_placeholder;
};
