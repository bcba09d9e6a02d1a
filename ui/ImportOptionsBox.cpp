#include "ImportOptionsBox.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>

namespace {

constexpr int MaxSkipRows = 1000;

const QString AutoKey = QStringLiteral("auto");
const QString OtherKey = QStringLiteral("other");
const QString NoneKey = QStringLiteral("none");

QComboBox *comboBox(const QString &objectName, const QString &accessibleName, QWidget *parent)
{
    auto *box = new QComboBox(parent);
    box->setObjectName(objectName);
    box->setAccessibleName(accessibleName);
    return box;
}

} // namespace

ImportOptionsBox::ImportOptionsBox(Input input, QWidget *parent)
    : QGroupBox(tr("Reading"), parent)
    , m_input(input)
    , m_encodingBox(comboBox(QStringLiteral("encoding"), tr("Encoding"), this))
    , m_separatorBox(comboBox(QStringLiteral("separator"), tr("Separator"), this))
    , m_customSeparator(new QLineEdit(this))
    , m_quoteBox(comboBox(QStringLiteral("quote"), tr("Quote character"), this))
    , m_sheetBox(comboBox(QStringLiteral("sheet"), tr("Sheet"), this))
    , m_headerBox(new QCheckBox(tr("First row holds the &headers"), this))
    , m_skipBox(new QSpinBox(this))
{
    m_encodingBox->addItem(tr("Automatic"), AutoKey);
    m_encodingBox->addItem(tr("UTF-8"), QStringLiteral("utf-8"));
    m_encodingBox->addItem(tr("UTF-16 LE"), QStringLiteral("utf-16le"));
    m_encodingBox->addItem(tr("UTF-16 BE"), QStringLiteral("utf-16be"));
    m_encodingBox->addItem(tr("Windows-1252 (Western European)"), QStringLiteral("windows-1252"));
    m_encodingBox->addItem(tr("ISO-8859-1 (Latin-1)"), QStringLiteral("iso-8859-1"));
    m_encodingBox->addItem(tr("ISO-8859-15 (Latin-9, with €)"), QStringLiteral("iso-8859-15"));

    m_separatorBox->addItem(tr("Automatic"), AutoKey);
    m_separatorBox->addItem(tr("Comma (,)"), QStringLiteral(","));
    m_separatorBox->addItem(tr("Semicolon (;)"), QStringLiteral(";"));
    m_separatorBox->addItem(tr("Tab"), QStringLiteral("tab"));
    m_separatorBox->addItem(tr("Vertical bar (|)"), QStringLiteral("|"));
    m_separatorBox->addItem(tr("Other character"), OtherKey);
    m_customSeparator->setObjectName(QStringLiteral("customSeparator"));
    m_customSeparator->setAccessibleName(tr("Other separator character"));
    m_customSeparator->setMaxLength(1);
    m_customSeparator->setMaximumWidth(fontMetrics().horizontalAdvance(QStringLiteral("MMM")) + 12);

    m_quoteBox->addItem(tr("Double quote (\")"), QStringLiteral("\""));
    m_quoteBox->addItem(tr("Single quote (')"), QStringLiteral("'"));
    m_quoteBox->addItem(tr("None"), NoneKey);

    m_headerBox->setObjectName(QStringLiteral("headerRow"));
    m_headerBox->setAccessibleName(tr("First row holds the headers"));
    m_skipBox->setObjectName(QStringLiteral("skipRows"));
    m_skipBox->setAccessibleName(tr("Rows to skip before the header"));
    m_skipBox->setRange(0, MaxSkipRows);
    addRows();

    const auto emitChanged = [this] {
        m_customSeparator->setEnabled(m_separatorBox->currentData() == OtherKey);
        if (!m_filling) {
            emit changed();
        }
    };
    for (QComboBox *box : {m_encodingBox, m_separatorBox, m_quoteBox, m_sheetBox}) {
        connect(box, &QComboBox::currentIndexChanged, this, emitChanged);
    }
    connect(m_customSeparator, &QLineEdit::textChanged, this, emitChanged);
    connect(m_headerBox, &QCheckBox::toggled, this, emitChanged);
    connect(m_skipBox, &QSpinBox::valueChanged, this, emitChanged);
}

void ImportOptionsBox::addRows()
{
    auto *form = new QFormLayout(this);
    const bool text = m_input != Input::Workbook;
    auto addRow = [this, form](const QString &label, QWidget *field, QLayout *fieldLayout, bool shown) {
        auto *buddy = new QLabel(label, this);
        buddy->setBuddy(field);
        if (fieldLayout) {
            form->addRow(buddy, fieldLayout);
        } else {
            form->addRow(buddy, field);
        }
        buddy->setVisible(shown);
        field->setVisible(shown);
    };
    addRow(tr("&Encoding:"), m_encodingBox, nullptr, m_input == Input::File);
    auto *separatorRow = new QHBoxLayout;
    separatorRow->addWidget(m_separatorBox, 1);
    separatorRow->addWidget(m_customSeparator);
    addRow(tr("&Separator:"), m_separatorBox, separatorRow, text);
    m_customSeparator->setVisible(text);
    addRow(tr("&Quote character:"), m_quoteBox, nullptr, text);
    addRow(tr("Shee&t:"), m_sheetBox, nullptr, !text);
    form->addRow(m_headerBox);
    addRow(tr("Rows to s&kip before the header:"), m_skipBox, nullptr, true);
}

QList<QWidget *> ImportOptionsBox::controls() const
{
    return {m_encodingBox, m_separatorBox, m_customSeparator, m_quoteBox, m_sheetBox, m_headerBox, m_skipBox};
}

ImportOptions ImportOptionsBox::options() const
{
    ImportOptions options;
    options.encoding = ImportOptions::encodingFromKey(m_encodingBox->currentData().toString());
    const QString separator = m_separatorBox->currentData().toString();
    if (separator == OtherKey) {
        options.separator = m_customSeparator->text().isEmpty() ? QChar() : m_customSeparator->text().at(0);
    } else {
        options.separator = ImportOptions::characterFromKey(separator, AutoKey, QChar());
    }
    options.quote = ImportOptions::characterFromKey(m_quoteBox->currentData().toString(), NoneKey, QLatin1Char('"'));
    options.headerRow = m_headerBox->isChecked();
    options.skipRows = m_skipBox->value();
    if (m_input == Input::Workbook) {
        options.sheet = m_sheetBox->currentText();
    }
    return options;
}

void ImportOptionsBox::setOptions(const ImportOptions &options)
{
    m_filling = true;
    m_encodingBox->setCurrentIndex(qMax(0, m_encodingBox->findData(ImportOptions::encodingKey(options.encoding))));
    const int separator = m_separatorBox->findData(ImportOptions::characterKey(options.separator, AutoKey));
    if (separator >= 0) {
        m_separatorBox->setCurrentIndex(separator);
    } else {
        m_separatorBox->setCurrentIndex(m_separatorBox->findData(OtherKey));
        m_customSeparator->setText(options.separator);
    }
    m_customSeparator->setEnabled(m_separatorBox->currentData() == OtherKey);
    m_quoteBox->setCurrentIndex(qMax(0, m_quoteBox->findData(ImportOptions::characterKey(options.quote, NoneKey))));
    m_headerBox->setChecked(options.headerRow);
    m_skipBox->setValue(options.skipRows);
    if (!options.sheet.isEmpty() && m_sheetBox->findText(options.sheet) < 0) {
        m_sheetBox->addItem(options.sheet);
    }
    m_sheetBox->setCurrentIndex(qMax(0, m_sheetBox->findText(options.sheet)));
    m_filling = false;
}

void ImportOptionsBox::showRead(const ImportResult &result)
{
    if (result.encoding) {
        m_encodingBox->setItemText(0, tr("Automatic (%1)").arg(TextDecoder::encodingName(*result.encoding)));
    }
    if (!result.separator.isNull()) {
        const QString name = result.separator == u'\t' ? tr("tab") : QString(result.separator);
        m_separatorBox->setItemText(0, tr("Automatic (%1)").arg(name));
    }
    if (m_input == Input::Workbook) {
        fillSheets(result.sheetNames, result.sheetName);
    }
}

void ImportOptionsBox::fillSheets(const QStringList &sheets, const QString &current)
{
    if (sheets.isEmpty()) {
        return;
    }
    QStringList shown;
    for (int i = 0; i < m_sheetBox->count(); ++i) {
        shown.append(m_sheetBox->itemText(i));
    }
    m_filling = true;
    if (shown != sheets) {
        const QString selected = current.isEmpty() ? m_sheetBox->currentText() : current;
        m_sheetBox->clear();
        m_sheetBox->addItems(sheets);
        m_sheetBox->setCurrentIndex(qMax(0, int(sheets.indexOf(selected))));
    } else if (!current.isEmpty()) {
        m_sheetBox->setCurrentIndex(qMax(0, int(sheets.indexOf(current))));
    }
    m_filling = false;
}
