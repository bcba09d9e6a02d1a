#include "StatusIcons.h"

#include <QApplication>
#include <QStyle>

QIcon StatusIcons::icon(RowStatus::Value status)
{
    QStyle *style = QApplication::style();
    switch (status) {
    case RowStatus::Invited:
        return style->standardIcon(QStyle::SP_DialogApplyButton);
    case RowStatus::AlreadyInvited:
    case RowStatus::AlreadyMember:
        return style->standardIcon(QStyle::SP_MessageBoxInformation);
    case RowStatus::Invalid:
    case RowStatus::Duplicate:
        return style->standardIcon(QStyle::SP_MessageBoxWarning);
    case RowStatus::Failed:
        return style->standardIcon(QStyle::SP_MessageBoxCritical);
    case RowStatus::Pending:
        return style->standardIcon(QStyle::SP_BrowserReload);
    }
    return QIcon();
}
