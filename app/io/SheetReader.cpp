#include "SheetReader.h"

#include "OneLineText.h"
#include "SheetRowCollector.h"
#include "ZipEntryDevice.h"

#include <QXmlStreamReader>

SheetReader::SheetReader() = default;

SheetReader::~SheetReader() = default;

QString SheetReader::columnName(qint64 column)
{
    QString name;
    for (qint64 rest = column + 1; rest > 0; rest = (rest - 1) / 26) {
        name.prepend(QChar(u'A' + char16_t((rest - 1) % 26)));
    }
    return name;
}

bool SheetReader::fail(const QString &message)
{
    // One line, whatever the file put into it: part and sheet names, and XML errors quoting the document (an encoding
    // name with a line break, found by fuzz_ods and fuzz_xlsx).
    m_errorString = OneLineText::from(message);
    return false;
}

void SheetReader::addSheet(const QString &name, bool hidden)
{
    m_sheetNames.append(name);
    m_hidden.append(hidden);
}

bool SheetReader::open(const QString &path)
{
    m_errorString.clear();
    m_sheetNames.clear();
    m_hidden.clear();
    m_sheetName.clear();
    m_package = std::make_unique<ZipPackage>(path);
    m_package->setLimits(m_limits.package);
    if (!m_package->open()) {
        const QString message = m_package->errorString();
        m_package.reset();
        return fail(message);
    }
    if (!openWorkbook(*m_package)) {
        m_package.reset();
        return false;
    }
    if (m_sheetNames.isEmpty()) {
        m_package.reset();
        return fail(tr("The workbook has no sheets."));
    }
    return true;
}

QString SheetReader::defaultSheet() const
{
    const qsizetype visible = m_hidden.indexOf(false);
    return m_sheetNames.value(visible >= 0 ? visible : 0);
}

bool SheetReader::read(const QString &sheetName, const RowSink &sink)
{
    m_errorString.clear();
    m_sheetName.clear();
    if (!m_package) {
        return fail(tr("The workbook is not open."));
    }
    const QString wanted = sheetName.isEmpty() ? defaultSheet() : sheetName;
    qsizetype index = m_sheetNames.indexOf(wanted);
    for (qsizetype i = 0; index < 0 && i < m_sheetNames.size(); ++i) {
        if (m_sheetNames.at(i).compare(wanted, Qt::CaseInsensitive) == 0) {
            index = i;
        }
    }
    if (index < 0) {
        QStringList quoted;
        for (const QString &name : std::as_const(m_sheetNames)) {
            quoted.append(QStringLiteral("“%1”").arg(name));
        }
        return fail(tr("The workbook has no sheet named “%1”; its sheets are %2.").arg(wanted, quoted.join(u", ")));
    }
    m_sheetName = m_sheetNames.at(index);
    SheetRowCollector rows(m_sheetName, m_limits, sink);
    if (!readSheet(*m_package, int(index), rows)) {
        return false;
    }
    if (rows.failed()) {
        return fail(rows.errorString());
    }
    if (!rows.stopped() && !rows.sawHeader()) {
        return fail(tr("Sheet “%1” is empty: it has no header row and no data.").arg(m_sheetName));
    }
    return true;
}

bool SheetReader::failPart(const QXmlStreamReader &xml, const ZipEntryDevice &device, const QString &part)
{
    if (device.budgetExceeded() || device.damaged()) {
        return fail(m_package->entryFailure(device, part));
    }
    return fail(xmlDamage(xml, part));
}

QString SheetReader::withoutFullStop(QString message)
{
    while (message.endsWith(u'.')) {
        message.chop(1);
    }
    return message;
}

QString SheetReader::xmlDamage(const QXmlStreamReader &xml, const QString &part)
{
    return tr("The file is damaged: %1, line %2: %3.")
        .arg(part, QString::number(xml.lineNumber()), withoutFullStop(xml.errorString()));
}
