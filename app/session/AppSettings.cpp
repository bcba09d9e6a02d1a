#include "AppSettings.h"

#include <QDir>
#include <QStandardPaths>
#include <QVariant>

namespace {

const QString ApiBaseUrlKey = QStringLiteral("connection/apiBaseUrl");
const QString RememberKeyKey = QStringLiteral("connection/rememberKey");
const QString RateKey = QStringLiteral("connection/rate");
const QString TimeoutKey = QStringLiteral("connection/transferTimeoutSeconds");
const QString OrganizationIdKey = QStringLiteral("connection/organizationId");
const QString OrganizationNameKey = QStringLiteral("connection/organizationName");
const QString LanguageKey = QStringLiteral("interface/language");
const QString DefaultRoleKey = QStringLiteral("invitations/defaultRole");
const QString RecentFilesKey = QStringLiteral("files/recent");
const QString JournalPathKey = QStringLiteral("files/journal");
const QString ImportGroup = QStringLiteral("import/");
const QString ImportByFileKey = QStringLiteral("import/byFile");
const QString AutoKey = QStringLiteral("auto");
const QString NoneKey = QStringLiteral("none");
constexpr int MaxSkipRows = 1000;
const QString GeometryKey = QStringLiteral("window/geometry");
const QString StateKey = QStringLiteral("window/state");

// Import options as stored: the text options (encoding, separator, quote, headerRow, skipRows), and for one file also
// its sheet and mapping. Missing entries read as the defaults (everything detected).
QVariantMap importOptionsToMap(const ImportOptions &options, bool withFileChoices)
{
    QVariantMap stored;
    stored.insert(QStringLiteral("encoding"), ImportOptions::encodingKey(options.encoding));
    stored.insert(QStringLiteral("separator"), ImportOptions::characterKey(options.separator, AutoKey));
    stored.insert(QStringLiteral("quote"), ImportOptions::characterKey(options.quote, NoneKey));
    stored.insert(QStringLiteral("headerRow"), options.headerRow);
    stored.insert(QStringLiteral("skipRows"), qBound(0, options.skipRows, MaxSkipRows));
    if (withFileChoices) {
        stored.insert(QStringLiteral("sheet"), options.sheet);
        if (options.mapping) {
            QVariantList mapping;
            for (const int column : *options.mapping) {
                mapping.append(column);
            }
            stored.insert(QStringLiteral("mapping"), mapping);
        }
    }
    return stored;
}

ImportOptions importOptionsFromMap(const QVariantMap &stored)
{
    ImportOptions options;
    options.encoding = ImportOptions::encodingFromKey(stored.value(QStringLiteral("encoding"), AutoKey).toString());
    options.separator = ImportOptions::characterFromKey(stored.value(QStringLiteral("separator"), AutoKey).toString(),
                                                        AutoKey, QChar());
    options.quote = ImportOptions::characterFromKey(
        stored.value(QStringLiteral("quote"), QString(options.quote)).toString(), NoneKey, options.quote);
    if (options.separator == options.quote && !options.quote.isNull()) {
        options.separator = QChar();
    }
    options.headerRow = stored.value(QStringLiteral("headerRow"), true).toBool();
    options.skipRows = qBound(0, stored.value(QStringLiteral("skipRows"), 0).toInt(), MaxSkipRows);
    options.sheet = stored.value(QStringLiteral("sheet")).toString();
    const QVariantList mapping = stored.value(QStringLiteral("mapping")).toList();
    if (mapping.size() == Invitee::FieldCount) {
        ImportOptions::Mapping columns{};
        for (int field = 0; field < Invitee::FieldCount; ++field) {
            columns[size_t(field)] = qMax(int(ImportOptions::DottedColumns), mapping.at(field).toInt());
        }
        options.mapping = columns;
    }
    return options;
}

QString cleanAbsolutePath(const QString &path)
{
    return QDir::cleanPath(QDir(path).absolutePath());
}

} // namespace

AppSettings::AppSettings()
    : m_settings(std::make_shared<QSettings>())
{}

AppSettings::AppSettings(std::unique_ptr<QSettings> settings)
    : m_settings(std::move(settings))
{}

AppSettings AppSettings::forFile(const QString &path)
{
    return AppSettings(std::make_unique<QSettings>(path, QSettings::IniFormat));
}

QString AppSettings::apiBaseUrl() const
{
    return m_settings->value(ApiBaseUrlKey).toString();
}

void AppSettings::setApiBaseUrl(const QString &url)
{
    m_settings->setValue(ApiBaseUrlKey, url.trimmed());
}

bool AppSettings::rememberKey() const
{
    return m_settings->value(RememberKeyKey, false).toBool();
}

void AppSettings::setRememberKey(bool remember)
{
    m_settings->setValue(RememberKeyKey, remember);
}

QString AppSettings::rate() const
{
    return m_settings->value(RateKey, QStringLiteral("50/3600")).toString();
}

void AppSettings::setRate(const QString &rate)
{
    m_settings->setValue(RateKey, rate.trimmed());
}

int AppSettings::transferTimeoutSeconds() const
{
    return qBound(1, m_settings->value(TimeoutKey, 30).toInt(), 600);
}

void AppSettings::setTransferTimeoutSeconds(int seconds)
{
    m_settings->setValue(TimeoutKey, qBound(1, seconds, 600));
}

QString AppSettings::language() const
{
    return m_settings->value(LanguageKey).toString();
}

void AppSettings::setLanguage(const QString &language)
{
    m_settings->setValue(LanguageKey, language);
}

QString AppSettings::organizationId() const
{
    return m_settings->value(OrganizationIdKey).toString();
}

QString AppSettings::organizationName() const
{
    return m_settings->value(OrganizationNameKey).toString();
}

void AppSettings::setOrganization(const QString &id, const QString &name)
{
    m_settings->setValue(OrganizationIdKey, id);
    m_settings->setValue(OrganizationNameKey, name);
}

QString AppSettings::defaultRole() const
{
    return m_settings->value(DefaultRoleKey, QStringLiteral("org:member")).toString();
}

void AppSettings::setDefaultRole(const QString &role)
{
    m_settings->setValue(DefaultRoleKey, role.trimmed());
}

QStringList AppSettings::recentFiles() const
{
    return m_settings->value(RecentFilesKey).toStringList();
}

void AppSettings::addRecentFile(const QString &path)
{
    const QString absolute = cleanAbsolutePath(path);
    QStringList files = recentFiles();
    files.removeAll(absolute);
    files.prepend(absolute);
    m_settings->setValue(RecentFilesKey, files.mid(0, MaxRecentFiles));
}

void AppSettings::removeRecentFile(const QString &path)
{
    QStringList files = recentFiles();
    files.removeAll(cleanAbsolutePath(path));
    m_settings->setValue(RecentFilesKey, files);
}

ImportOptions AppSettings::importOptions() const
{
    QVariantMap stored;
    for (const QString &key : importOptionsToMap(ImportOptions(), false).keys()) {
        const QVariant value = m_settings->value(ImportGroup + key);
        if (value.isValid()) {
            stored.insert(key, value);
        }
    }
    return importOptionsFromMap(stored);
}

void AppSettings::setImportOptions(const ImportOptions &options)
{
    const QVariantMap stored = importOptionsToMap(options, false);
    for (auto it = stored.cbegin(); it != stored.cend(); ++it) {
        m_settings->setValue(ImportGroup + it.key(), it.value());
    }
}

ImportOptions AppSettings::importOptionsFor(const QString &path) const
{
    return importOptionsFromMap(m_settings->value(ImportByFileKey).toMap().value(cleanAbsolutePath(path)).toMap());
}

void AppSettings::setImportOptionsFor(const QString &path, const ImportOptions &options)
{
    const QString file = cleanAbsolutePath(path);
    QVariantMap byFile = m_settings->value(ImportByFileKey).toMap();
    byFile.insert(file, importOptionsToMap(options, true));
    // Only the recent files' options are worth keeping: forget the others.
    const QStringList recent = recentFiles();
    for (auto it = byFile.begin(); it != byFile.end();) {
        it = it.key() == file || recent.contains(it.key()) ? std::next(it) : byFile.erase(it);
    }
    m_settings->setValue(ImportByFileKey, byFile);
}

QString AppSettings::journalPath() const
{
    const QString configured = m_settings->value(JournalPathKey).toString();
    if (!configured.isEmpty()) {
        return configured;
    }
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/journal.sqlite");
}

void AppSettings::setJournalPath(const QString &path)
{
    m_settings->setValue(JournalPathKey, path);
}

QByteArray AppSettings::windowGeometry() const
{
    return m_settings->value(GeometryKey).toByteArray();
}

void AppSettings::setWindowGeometry(const QByteArray &geometry)
{
    m_settings->setValue(GeometryKey, geometry);
}

QByteArray AppSettings::windowState() const
{
    return m_settings->value(StateKey).toByteArray();
}

void AppSettings::setWindowState(const QByteArray &state)
{
    m_settings->setValue(StateKey, state);
}

void AppSettings::sync()
{
    m_settings->sync();
}
