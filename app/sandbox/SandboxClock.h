#pragma once

#include <QDateTime>

#include <functional>

// Where the sandbox reads the time: the wall clock by default, a fake one in tests (which then never sleep).
using SandboxClock = std::function<QDateTime()>;
