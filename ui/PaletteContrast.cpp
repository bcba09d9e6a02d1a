#include "PaletteContrast.h"

#include <algorithm>
#include <cmath>

namespace {

double channel(float value)
{
    const double c = value;
    return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

QColor mixed(const QColor &from, const QColor &to, double amount)
{
    return QColor::fromRgbF(float(from.redF() * (1 - amount) + to.redF() * amount),
                            float(from.greenF() * (1 - amount) + to.greenF() * amount),
                            float(from.blueF() * (1 - amount) + to.blueF() * amount));
}

} // namespace

double PaletteContrast::luminance(const QColor &color)
{
    const QColor rgb = color.toRgb();
    return 0.2126 * channel(rgb.redF()) + 0.7152 * channel(rgb.greenF()) + 0.0722 * channel(rgb.blueF());
}

double PaletteContrast::ratio(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

bool PaletteContrast::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

bool PaletteContrast::isHighContrast(const QPalette &palette)
{
    // Ordinary themes put black text on a grey window (about 18:1); high-contrast ones use pure black and white.
    return ratio(palette.color(QPalette::Window), palette.color(QPalette::WindowText)) >= 19.5 &&
           ratio(palette.color(QPalette::Base), palette.color(QPalette::Text)) >= 19.5;
}

QColor PaletteContrast::ensureContrast(const QColor &color, const QColor &background, double minimum)
{
    if (ratio(color, background) >= minimum) {
        return color;
    }
    const QColor target =
        ratio(Qt::black, background) >= ratio(Qt::white, background) ? QColor(Qt::black) : QColor(Qt::white);
    // Ten steps of 10% each: the last one is the target itself, which contrasts most.
    for (int step = 1; step <= 10; ++step) {
        const QColor candidate = mixed(color, target, step / 10.0);
        if (ratio(candidate, background) >= minimum) {
            return candidate;
        }
    }
    return target;
}

QColor PaletteContrast::pick(const QPalette &palette, const QColor &light, const QColor &dark, double minimum,
                             QPalette::ColorRole background)
{
    return ensureContrast(isDark(palette) ? dark : light, palette.color(background), minimum);
}
