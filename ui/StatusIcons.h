#pragma once

#include "core/RowStatus.h"

#include <QIcon>

// The icon that goes with each row status wherever the window shows one, always next to the status's name, so a
// status is never told by colour alone.
class StatusIcons
{
public:
    static QIcon icon(RowStatus::Value status);
};
