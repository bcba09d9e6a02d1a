#pragma once

#include <QByteArray>
#include <QIODevice>

// A request body QNetworkAccessManager can read once but never rewind: Qt then cannot silently resend a POST
// after a reset connection, so a call whose outcome is unknown is reported instead of repeated.
class ClerkUploadDevice : public QIODevice
{
    Q_OBJECT

public:
    explicit ClerkUploadDevice(const QByteArray &data, QObject *parent = nullptr);

    bool isSequential() const override { return true; }
    bool reset() override { return false; }
    bool atEnd() const override { return m_position >= m_data.size(); }
    qint64 bytesAvailable() const override { return m_data.size() - m_position + QIODevice::bytesAvailable(); }
    qint64 size() const override { return m_data.size(); }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 maxSize) override;

private:
    QByteArray m_data;
    qint64 m_position = 0;
};
