#include "JsonEditorDialog.h"

#include "JsonHighlighter.h"
#include "PaletteContrast.h"
#include "core/FieldValues.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFontDatabase>
#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace {

// 1-based line and column of a character offset.
std::pair<int, int> lineAndColumn(QStringView text, qsizetype offset)
{
    int line = 1;
    int column = 1;
    for (qsizetype i = 0; i < std::min(offset, text.size()); ++i) {
        if (text.at(i) == u'\n') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
    }
    return {line, column};
}

QString typeName(QJsonValue::Type type)
{
    switch (type) {
    case QJsonValue::Array:
        return JsonEditorDialog::tr("an array");
    case QJsonValue::String:
        return JsonEditorDialog::tr("a string");
    case QJsonValue::Double:
        return JsonEditorDialog::tr("a number");
    case QJsonValue::Bool:
        return JsonEditorDialog::tr("true or false");
    case QJsonValue::Null:
        return JsonEditorDialog::tr("null");
    default:
        return JsonEditorDialog::tr("not an object");
    }
}

} // namespace

JsonEditorDialog::JsonEditorDialog(const QString &title, const QString &json, QWidget *parent)
    : QDialog(parent)
    , m_original(json)
    , m_editor(new QPlainTextEdit(this))
    , m_highlighter(new JsonHighlighter(m_editor->document()))
    , m_verdict(new QLabel(this))
{
    setWindowTitle(title);
    m_editor->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_editor->setTabChangesFocus(true);
    m_editor->setPlainText(json);
    m_editor->setAccessibleName(tr("Metadata JSON"));
    m_editor->setAccessibleDescription(tr("A JSON object; the line under the editor says whether it is valid. Tab "
                                          "moves to the buttons, Escape cancels."));
    m_highlighter->updateColors(m_editor->palette());
    m_verdict->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_verdict->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_format = buttons->addButton(tr("&Format"), QDialogButtonBox::ActionRole);
    m_format->setToolTip(tr("Indent the object, one key per line"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_format, &QPushButton::clicked, this, &JsonEditorDialog::format);
    connect(m_editor, &QPlainTextEdit::textChanged, this, &JsonEditorDialog::check);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_editor);
    layout->addWidget(m_verdict);
    layout->addWidget(buttons);
    resize(560, 380);
    check();
}

QString JsonEditorDialog::verdict() const
{
    return m_verdict->text();
}

QString JsonEditorDialog::cellText() const
{
    const QString text = m_editor->toPlainText();
    if (text == m_original) {
        return m_original;
    }
    const std::optional<QJsonObject> object = FieldValues::parseMetadata(text);
    if (!object || text.trimmed().isEmpty()) {
        return object ? QString() : text;
    }
    return QString::fromUtf8(QJsonDocument(*object).toJson(QJsonDocument::Compact));
}

void JsonEditorDialog::format()
{
    const std::optional<QJsonObject> object = FieldValues::parseMetadata(m_editor->toPlainText());
    if (object && !m_editor->toPlainText().trimmed().isEmpty()) {
        m_editor->setPlainText(QString::fromUtf8(QJsonDocument(*object).toJson(QJsonDocument::Indented)).trimmed());
    }
}

void JsonEditorDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange) {
        // This widget's palette: the text view inherits it, but only after this event has been handled.
        m_highlighter->updateColors(palette());
        check(); // the verdict's colour
    }
    QDialog::changeEvent(event);
}

void JsonEditorDialog::check()
{
    const QString text = m_editor->toPlainText();
    FieldValues::MetadataError error;
    const std::optional<QJsonObject> object = FieldValues::parseMetadata(text, &error);
    m_acceptable = object.has_value();
    if (object) {
        m_verdict->setText(text.trimmed().isEmpty() ? tr("Empty: no metadata") : tr("Valid JSON object"));
    } else if (!error.parseError.isEmpty()) {
        const auto [line, column] = lineAndColumn(text, error.offset);
        m_verdict->setText(
            tr("Line %1, column %2: %3").arg(QString::number(line), QString::number(column), error.parseError));
    } else {
        m_verdict->setText(
            tr("This is %1; metadata must be a JSON object like {\"team\": \"Research\"}").arg(typeName(error.type)));
    }
    // Not by colour alone: the text says it, the colour only repeats it.
    QPalette palette = m_verdict->palette();
    palette.setColor(QPalette::WindowText,
                     m_acceptable
                         ? this->palette().color(QPalette::WindowText)
                         : PaletteContrast::pick(this->palette(), QColor(0xc6, 0x28, 0x28), QColor(0xff, 0x8a, 0x80),
                                                 PaletteContrast::TextRatio, QPalette::Window));
    m_verdict->setPalette(palette);
    m_ok->setEnabled(m_acceptable);
    m_format->setEnabled(m_acceptable && !text.trimmed().isEmpty());
}
