#pragma once

#include "session/Connection.h"

#include <QLabel>
#include <QPointer>

// A label for the status bar or toolbar that says where sending goes: SANDBOX, TEST or LIVE in words, each also in
// its own colour (light and dark variants by the palette; the palette's own black and white on high-contrast
// themes), with a tooltip naming the instance and an accessible name for screen readers.
class EnvironmentBadge : public QLabel
{
    Q_OBJECT

public:
    explicit EnvironmentBadge(QWidget *parent = nullptr);

    // Follows connection (its environment and description) until it is destroyed; null: stop following.
    void setConnection(Connection *connection);
    // Shows environment; detail (e.g. Connection::description()) goes into the tooltip.
    void setEnvironment(Connection::Environment environment, const QString &detail = QString());
    Connection::Environment environment() const { return m_environment; }

    static QString textFor(Connection::Environment environment);

    struct Colors
    {
        QColor background;
        QColor foreground;
    };
    // The badge's colours for an environment on a palette; painted fresh each time, so palette changes show at once.
    static Colors colorsFor(Connection::Environment environment, const QPalette &palette);

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    Connection::Environment m_environment = Connection::Environment::Sandbox;
    QPointer<Connection> m_connection;
};
