#include "SaveDialog.h"

#include <QDir>
#include <QFileDialog>
#include <QStandardPaths>

std::optional<QString> SaveDialog::s_nextPath;

QString SaveDialog::getSavePath(QWidget *parent, const QString &caption, const QString &suggestedName,
                                const QString &filter)
{
    if (s_nextPath) {
        const QString path = *s_nextPath;
        s_nextPath.reset();
        return path;
    }
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QFileDialog::getSaveFileName(parent, caption, QDir(folder).filePath(suggestedName), filter);
}

void SaveDialog::setNextPath(const QString &path)
{
    s_nextPath = path;
}
