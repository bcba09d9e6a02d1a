#include "OpenDialog.h"

#include <QFileDialog>

std::optional<QString> OpenDialog::s_nextPath;

QString OpenDialog::getOpenPath(QWidget *parent, const QString &caption, const QString &folder, const QString &filter)
{
    if (s_nextPath) {
        const QString path = *s_nextPath;
        s_nextPath.reset();
        return path;
    }
    return QFileDialog::getOpenFileName(parent, caption, folder, filter);
}

void OpenDialog::setNextPath(const QString &path)
{
    s_nextPath = path;
}
