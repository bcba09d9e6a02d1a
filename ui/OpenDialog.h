#pragma once

#include <QString>

#include <optional>

class QWidget;

// The "Open…" file question of the window goes through here, so GUI tests can answer it in advance (setNextPath)
// instead of blocking on a file dialog nobody will click.
class OpenDialog
{
public:
    // The path chosen, or an empty string when cancelled.
    static QString getOpenPath(QWidget *parent, const QString &caption, const QString &folder, const QString &filter);

    // Tests: the next call returns path at once (an empty path: cancelled) without showing anything.
    static void setNextPath(const QString &path);

private:
    static std::optional<QString> s_nextPath;
};
