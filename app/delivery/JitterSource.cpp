#include "JitterSource.h"

#include <QRandomGenerator>

#include <cmath>

JitterSource::JitterSource()
    : m_generator([] { return QRandomGenerator::global()->generateDouble(); })
{}

JitterSource::JitterSource(Generator generator)
    : m_generator(std::move(generator))
{}

JitterSource JitterSource::fixed(double value)
{
    return JitterSource([value] { return value; });
}

double JitterSource::next() const
{
    const double value = m_generator ? m_generator() : 0.0;
    if (!std::isfinite(value) || value < 0.0) {
        return 0.0;
    }
    return value < 1.0 ? value : std::nextafter(1.0, 0.0);
}
