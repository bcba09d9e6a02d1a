#pragma once

#include <QString>

#include <optional>

class QWidget;

// Every "Save as…" file question of the results view goes through here, so GUI tests can answer it in advance
// (setNextPath) instead of blocking on a file dialog nobody will click.
class SaveDialog
{
public:
    // The path chosen, or an empty string when cancelled. suggestedName is proposed in the user's documents folder.
    static QString getSavePath(QWidget *parent, const QString &caption, const QString &suggestedName,
                               const QString &filter);

    // Tests: the next call returns path at once (an empty path: cancelled) without showing anything.
    static void setNextPath(const QString &path);

private:
    static std::optional<QString> s_nextPath;
};
