#pragma once

#include <QCoreApplication>
#include <QFile>
#include <QString>

#include <cstdio>
#include <cstdlib>
#include <unistd.h>

// What the fuzz targets share: a QCoreApplication for the lifetime of the process, a check that aborts (so libFuzzer
// saves the input) with a message, and a file on tmpfs for readers that take a path.
namespace FuzzSupport {

inline void startApplication()
{
    static int argc = 1;
    static char name[] = "invitedesk-fuzz";
    static char *argv[] = {name, nullptr};
    static QCoreApplication app(argc, argv);
}

[[noreturn]] inline void fail(const char *what, const QString &detail = {})
{
    std::fprintf(stderr, "fuzz invariant broken: %s\n%s\n", what, qPrintable(detail));
    std::abort();
}

inline void check(bool condition, const char *what, const QString &detail = {})
{
    if (!condition) {
        fail(what, detail);
    }
}

// Writes data to a file of this process's own on /dev/shm (tmpfs: no disk I/O) named with suffix, and returns its path.
inline QString writeInput(const uint8_t *data, size_t size, const char *suffix)
{
    static const QString path =
        QStringLiteral("/dev/shm/invitedesk-fuzz-%1.%2").arg(getpid()).arg(QLatin1String(suffix));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
        file.write(reinterpret_cast<const char *>(data), static_cast<qint64>(size)) != static_cast<qint64>(size)) {
        fail("cannot write the input to /dev/shm", path);
    }
    return path;
}

} // namespace FuzzSupport
