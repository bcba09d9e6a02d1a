#include "XlsxReader.h"

#include "OpcRelationships.h"
#include "SheetRowCollector.h"
#include "XlsxSheetStream.h"
#include "ZipEntryDevice.h"

#include <QLocale>
#include <QXmlStreamReader>

#include <chrono>

// Package, workbook and relationship parts are small; anything larger is not a real one.
static constexpr qint64 SmallPartBytes = qint64(16) << 20;

static bool isTrue(QStringView value)
{
    return value == u"1" || value == u"true";
}

XlsxReader::XlsxReader() = default;

XlsxReader::~XlsxReader() = default;

std::optional<QByteArray> XlsxReader::readSmallPart(ZipPackage &package, const QString &part)
{
    std::optional<QByteArray> bytes = package.read(part, SmallPartBytes);
    if (!bytes) {
        fail(package.errorString());
    }
    return bytes;
}

bool XlsxReader::openWorkbook(ZipPackage &package)
{
    m_sheets.clear();
    m_sharedStringsPart.clear();
    m_stylesPart.clear();
    m_date1904 = false;
    m_sharedStringsLoaded = false;
    m_stylesLoaded = false;

    QString workbookPart;
    const QString packageRels = QStringLiteral("_rels/.rels");
    if (package.contains(packageRels)) {
        const std::optional<QByteArray> rels = readSmallPart(package, packageRels);
        if (!rels) {
            return false;
        }
        OpcRelationships relationships;
        if (!relationships.parse(*rels, QString())) {
            return fail(tr("The file is damaged: %1 is not well-formed XML.").arg(packageRels));
        }
        if (const auto *office = relationships.byType(u"officeDocument")) {
            workbookPart = office->target;
        }
    }
    if (workbookPart.isEmpty() || !package.contains(workbookPart)) {
        workbookPart = QStringLiteral("xl/workbook.xml");
    }
    if (!package.contains(workbookPart)) {
        return fail(tr("The file is not an XLSX workbook: it has no workbook part."));
    }

    const std::optional<QByteArray> workbook = readSmallPart(package, workbookPart);
    if (!workbook) {
        return false;
    }
    QList<QString> relationshipIds;
    if (!parseWorkbook(*workbook, workbookPart, relationshipIds)) {
        return false;
    }

    OpcRelationships relationships;
    const QString workbookRels = OpcRelationships::relsPathFor(workbookPart);
    if (package.contains(workbookRels)) {
        const std::optional<QByteArray> rels = readSmallPart(package, workbookRels);
        if (!rels) {
            return false;
        }
        if (!relationships.parse(*rels, workbookPart)) {
            return fail(tr("The file is damaged: %1 is not well-formed XML.").arg(workbookRels));
        }
    }
    for (const QString &id : std::as_const(relationshipIds)) {
        const auto *relationship = relationships.byId(id);
        Sheet sheet;
        if (relationship) {
            sheet.part = relationship->target;
            sheet.worksheet = relationship->type.endsWith(u"/worksheet");
        }
        m_sheets.append(sheet);
    }
    if (const auto *strings = relationships.byType(u"sharedStrings")) {
        m_sharedStringsPart = strings->target;
    }
    if (const auto *styles = relationships.byType(u"styles")) {
        m_stylesPart = styles->target;
    }
    return true;
}

bool XlsxReader::parseWorkbook(const QByteArray &bytes, const QString &part, QList<QString> &relationshipIds)
{
    QXmlStreamReader xml(bytes);
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement) {
            continue;
        }
        const QXmlStreamAttributes attributes = xml.attributes();
        if (xml.name() == u"workbookPr") {
            m_date1904 = isTrue(attributes.value(QLatin1String("date1904")));
        } else if (xml.name() == u"sheet") {
            QString id;
            for (const QXmlStreamAttribute &attribute : attributes) {
                if (attribute.name() == u"id" && attribute.namespaceUri().endsWith(u"relationships")) {
                    id = attribute.value().toString();
                }
            }
            const QStringView state = attributes.value(QLatin1String("state"));
            addSheet(attributes.value(QLatin1String("name")).toString(), state == u"hidden" || state == u"veryHidden");
            relationshipIds.append(id);
        }
    }
    if (xml.hasError()) {
        return fail(xmlDamage(xml, part));
    }
    return true;
}

std::future<QString> XlsxReader::loadSharedStrings(ZipPackage &package)
{
    if (m_sharedStringsLoaded || m_sharedStringsPart.isEmpty() || !package.contains(m_sharedStringsPart)) {
        return std::async(std::launch::deferred, [] { return QString(); });
    }
    std::shared_ptr<ZipEntryDevice> device = package.openEntry(m_sharedStringsPart);
    if (!device) {
        return std::async(std::launch::deferred, [message = package.errorString()] { return message; });
    }
    return std::async(std::launch::async, [this, &package, device]() -> QString {
        QXmlStreamReader xml(device.get());
        if (!m_sharedStrings.load(xml)) {
            return tr("The file holds more than %1 different texts; at most %1 are supported.")
                .arg(QLocale().toString(XlsxSharedStrings::MaxStrings));
        }
        if (xml.hasError()) {
            return device->budgetExceeded() || device->damaged() ? package.entryFailure(*device, m_sharedStringsPart)
                                                                 : xmlDamage(xml, m_sharedStringsPart);
        }
        m_sharedStringsLoaded = true;
        return QString();
    });
}

bool XlsxReader::loadStyles(ZipPackage &package)
{
    if (m_stylesLoaded || m_stylesPart.isEmpty() || !package.contains(m_stylesPart)) {
        return true;
    }
    const std::unique_ptr<ZipEntryDevice> device = package.openEntry(m_stylesPart);
    if (!device) {
        return fail(package.errorString());
    }
    QXmlStreamReader xml(device.get());
    m_styles.load(xml);
    if (xml.hasError()) {
        return failPart(xml, *device, m_stylesPart);
    }
    m_stylesLoaded = true;
    return true;
}

bool XlsxReader::readSheet(ZipPackage &package, int index, SheetRowCollector &rows)
{
    const Sheet &sheet = m_sheets.at(index);
    const QString name = sheetNames().at(index);
    if (sheet.part.isEmpty() || !package.contains(sheet.part)) {
        return fail(tr("The file is damaged: the part of sheet “%1” is missing.").arg(name));
    }
    if (!sheet.worksheet) {
        return fail(tr("Sheet “%1” is a chart or dialog sheet, not a table of rows.").arg(name));
    }
    if (!loadStyles(package)) {
        return false;
    }
    // The shared strings are read while the sheet is; the first row waits for them.
    std::future<QString> sharedStrings = loadSharedStrings(package);
    const std::unique_ptr<ZipEntryDevice> device = package.openEntry(sheet.part);
    if (!device) {
        const QString message = package.errorString();
        sharedStrings.wait();
        return fail(message);
    }

    const XlsxSheetParser parser(m_styles, m_date1904);
    XlsxSheetStream stream(parser);
    bool stringsReady = false;
    QString failure;
    qint64 nextRow = 1;
    // Until the strings are there, the first row would wait for them: the stream parses ahead meanwhile.
    const auto stringsLoaded = [&sharedStrings] {
        return !sharedStrings.valid() || sharedStrings.wait_for(std::chrono::seconds(0)) != std::future_status::timeout;
    };
    const XlsxSheetStream::Outcome outcome = stream.read(
        *device,
        [&](XlsxSheetParser::Row &row) {
            if (!stringsReady) {
                stringsReady = true;
                failure = sharedStrings.get();
                if (!failure.isEmpty()) {
                    return false;
                }
            }
            rows.startRow(row.number > 0 ? row.number : nextRow);
            for (XlsxSheetParser::Cell &cell : row.cells) {
                if (cell.sharedString == -1) {
                    rows.setCell(cell.column, cell.value);
                    continue;
                }
                const QString *text = m_sharedStrings.at(cell.sharedString);
                if (!text) {
                    failure =
                        tr("The file is damaged: sheet “%1”, cell %2%3 refers to a shared text that does not exist.")
                            .arg(name, columnName(cell.column), QString::number(rows.currentRow()));
                    return false;
                }
                rows.setCell(cell.column, *text);
            }
            if (!rows.finishRow()) {
                return false; // a limit (reported by read()) or the sink stopped
            }
            nextRow = rows.currentRow() + 1;
            return true;
        },
        stringsLoaded);
    if (sharedStrings.valid()) {
        sharedStrings.wait(); // a sheet without rows needs no strings, but the thread must end
    }
    if (!failure.isEmpty()) {
        return fail(failure);
    }
    switch (outcome) {
    case XlsxSheetStream::Outcome::XmlError:
        return fail(tr("The file is damaged: %1, line %2: %3.")
                        .arg(sheet.part, QString::number(stream.errorLine()), withoutFullStop(stream.xmlError())));
    case XlsxSheetStream::Outcome::EntryError:
        return fail(package.entryFailure(*device, sheet.part));
    case XlsxSheetStream::Outcome::Finished:
    case XlsxSheetStream::Outcome::Stopped:
        break;
    }
    return true;
}
