#include "ClerkUploadDevice.h"

#include <algorithm>
#include <cstring>

ClerkUploadDevice::ClerkUploadDevice(const QByteArray &data, QObject *parent)
    : QIODevice(parent)
    , m_data(data)
{
    open(QIODevice::ReadOnly | QIODevice::Unbuffered);
}

qint64 ClerkUploadDevice::readData(char *data, qint64 maxSize)
{
    const qint64 count = std::min(maxSize, m_data.size() - m_position);
    if (count <= 0) {
        return m_position >= m_data.size() ? -1 : 0;
    }
    std::memcpy(data, m_data.constData() + m_position, static_cast<size_t>(count));
    m_position += count;
    return count;
}

qint64 ClerkUploadDevice::writeData(const char *, qint64)
{
    return -1;
}
