#pragma once

#include <functional>

// The randomness seam for retry backoff: a value in [0, 1) per draw. The default draws from QRandomGenerator;
// tests pass a fixed value or sequence so backoff delays are exact.
class JitterSource
{
public:
    using Generator = std::function<double()>;

    JitterSource();
    explicit JitterSource(Generator generator);
    static JitterSource fixed(double value);

    // The next draw, clamped into [0, 1) whatever the generator returned.
    double next() const;

private:
    Generator m_generator;
};
