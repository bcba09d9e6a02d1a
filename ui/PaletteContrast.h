#pragma once

#include <QColor>
#include <QPalette>

// WCAG 2 contrast arithmetic and palette classification, so hard-coded accent colours can be checked and adjusted
// against whatever palette (light, dark, high contrast) the user runs with.
class PaletteContrast
{
public:
    // Minimum contrast of text against its background (WCAG AA), and of icons and borders (non-text, WCAG 1.4.11).
    static constexpr double TextRatio = 4.5;
    static constexpr double GraphicRatio = 3.0;

    // WCAG relative luminance, 0 (black) to 1 (white).
    static double luminance(const QColor &color);
    // WCAG contrast ratio of two colours, 1 to 21.
    static double ratio(const QColor &a, const QColor &b);
    // A dark theme: the window colour is darker than mid grey.
    static bool isDark(const QPalette &palette);
    // A high-contrast theme (Windows High Contrast, GNOME HighContrast): window and text are (nearly) black and white.
    static bool isHighContrast(const QPalette &palette);
    // color, moved towards black or white (whichever the background contrasts with more) until it has at least
    // minimum contrast against background; unchanged when it already has.
    static QColor ensureContrast(const QColor &color, const QColor &background, double minimum = TextRatio);
    // The light-theme colour on light palettes, the dark-theme one on dark palettes, then made readable on
    // background (the palette's Base unless given).
    static QColor pick(const QPalette &palette, const QColor &light, const QColor &dark, double minimum = TextRatio,
                       QPalette::ColorRole background = QPalette::Base);
};
