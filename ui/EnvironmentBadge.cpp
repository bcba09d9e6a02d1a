#include "EnvironmentBadge.h"

namespace {

struct Look
{
    const char *background;
    const char *foreground;
};

Look lookOf(Connection::Environment environment)
{
    switch (environment) {
    case Connection::Environment::Sandbox:
        return {"#1565c0", "#ffffff"}; // blue: nothing leaves this computer
    case Connection::Environment::Test:
        return {"#f9a825", "#000000"}; // amber: a development instance
    case Connection::Environment::Live:
        return {"#c62828", "#ffffff"}; // red: real people get real emails
    }
    return {"#616161", "#ffffff"};
}

} // namespace

EnvironmentBadge::EnvironmentBadge(QWidget *parent)
    : QLabel(parent)
{
    setAlignment(Qt::AlignCenter);
    setMargin(2);
    setEnvironment(Connection::Environment::Sandbox);
}

void EnvironmentBadge::setConnection(Connection *connection)
{
    if (m_connection) {
        m_connection->disconnect(this);
    }
    m_connection = connection;
    if (!connection) {
        return;
    }
    connect(connection, &Connection::environmentChanged, this, [this](Connection::Environment environment) {
        setEnvironment(environment, m_connection ? m_connection->description() : QString());
    });
    setEnvironment(connection->environment(), connection->description());
}

QString EnvironmentBadge::textFor(Connection::Environment environment)
{
    switch (environment) {
    case Connection::Environment::Sandbox:
        return tr("SANDBOX");
    case Connection::Environment::Test:
        return tr("TEST");
    case Connection::Environment::Live:
        return tr("LIVE");
    }
    return {};
}

void EnvironmentBadge::setEnvironment(Connection::Environment environment, const QString &detail)
{
    m_environment = environment;
    const QString text = textFor(environment);
    setText(text);
    const Look look = lookOf(environment);
    setStyleSheet(QStringLiteral("QLabel { background-color: %1; color: %2; font-weight: bold; border-radius: 3px; "
                                 "padding: 1px 6px; }")
                      .arg(QLatin1String(look.background), QLatin1String(look.foreground)));
    QString meaning;
    switch (environment) {
    case Connection::Environment::Sandbox:
        meaning = tr("Sandbox: a simulated Clerk on this computer. Nothing is sent anywhere and nobody gets an email.");
        break;
    case Connection::Environment::Test:
        meaning = tr("Test: a Clerk development instance (sk_test_ key). Invitations are real but only for testing.");
        break;
    case Connection::Environment::Live:
        meaning = tr("Live: your Clerk production instance (sk_live_ key). Real people get real invitations.");
        break;
    }
    setToolTip(detail.isEmpty() ? meaning : tr("%1 Sending goes to %2.").arg(meaning, detail));
    setAccessibleName(tr("Environment: %1").arg(text));
    setAccessibleDescription(toolTip());
}
