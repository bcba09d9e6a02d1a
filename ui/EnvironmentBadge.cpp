#include "EnvironmentBadge.h"

#include "PaletteContrast.h"

#include <QPainter>

EnvironmentBadge::EnvironmentBadge(QWidget *parent)
    : QLabel(parent)
{
    setAlignment(Qt::AlignCenter);
    setMargin(2);
    setContentsMargins(4, 0, 4, 0);
    QFont bold = font();
    bold.setBold(true);
    setFont(bold);
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
    update();
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

EnvironmentBadge::Colors EnvironmentBadge::colorsFor(Connection::Environment environment, const QPalette &palette)
{
    if (PaletteContrast::isHighContrast(palette)) {
        // The theme's own pair, inverted so the badge stands out; the word says which environment it is.
        return {palette.color(QPalette::WindowText), palette.color(QPalette::Window)};
    }
    const bool dark = PaletteContrast::isDark(palette);
    Colors colors;
    switch (environment) {
    case Connection::Environment::Sandbox: // blue: nothing leaves this computer
        colors = dark ? Colors{QColor(0x90, 0xca, 0xf9), Qt::black} : Colors{QColor(0x15, 0x65, 0xc0), Qt::white};
        break;
    case Connection::Environment::Test: // amber: a development instance
        colors = dark ? Colors{QColor(0xff, 0xd5, 0x4f), Qt::black} : Colors{QColor(0xf9, 0xa8, 0x25), Qt::black};
        break;
    case Connection::Environment::Live: // red: real people get real emails
        colors = dark ? Colors{QColor(0xef, 0x9a, 0x9a), Qt::black} : Colors{QColor(0xc6, 0x28, 0x28), Qt::white};
        break;
    }
    colors.background = PaletteContrast::ensureContrast(colors.background, colors.foreground);
    return colors;
}

void EnvironmentBadge::paintEvent(QPaintEvent *)
{
    const Colors colors = colorsFor(m_environment, palette());
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(colors.foreground, 1));
    painter.setBrush(colors.background);
    painter.drawRoundedRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5), 3, 3);
    painter.setPen(colors.foreground);
    painter.drawText(contentsRect(), Qt::AlignCenter, text());
}
