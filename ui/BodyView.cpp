#include "BodyView.h"

#include "JsonHighlighter.h"
#include "MessageBox.h"
#include "SaveDialog.h"
#include "TextFindBar.h"
#include "results/BodyFormatter.h"

#include <QButtonGroup>
#include <QDir>
#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSaveFile>
#include <QShortcut>
#include <QVBoxLayout>

BodyView::BodyView(QWidget *parent)
    : QWidget(parent)
    , m_pretty(new QRadioButton(tr("&Pretty"), this))
    , m_raw(new QRadioButton(tr("&Raw"), this))
    , m_save(new QPushButton(tr("Save bod&y…"), this))
    , m_note(new QLabel(this))
    , m_editor(new QPlainTextEdit(this))
    , m_highlighter(new JsonHighlighter(m_editor->document()))
    , m_findBar(new TextFindBar(m_editor, this))
{
    m_pretty->setToolTip(tr("Indented JSON with colours"));
    m_raw->setToolTip(tr("The bytes exactly as they were sent or received"));
    m_pretty->setChecked(true);
    auto *modes = new QButtonGroup(this);
    modes->addButton(m_pretty);
    modes->addButton(m_raw);
    m_save->setToolTip(tr("Save the body exactly as it was sent or received"));
    m_note->setVisible(false);
    m_note->setWordWrap(true);

    m_editor->setReadOnly(true);
    m_editor->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_editor->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_editor->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_editor->setAccessibleName(tr("Body"));
    m_editor->setAccessibleDescription(tr("Read-only; Ctrl+F finds text in it"));
    m_highlighter->updateColors(m_editor->palette());

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_pretty);
    bar->addWidget(m_raw);
    bar->addStretch(1);
    bar->addWidget(m_save);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_note);
    layout->addWidget(m_editor, 1);
    layout->addWidget(m_findBar);

    auto *next = new QShortcut(QKeySequence::FindNext, this, m_findBar, &TextFindBar::findNext);
    next->setContext(Qt::WidgetWithChildrenShortcut);
    auto *previous = new QShortcut(QKeySequence::FindPrevious, this, m_findBar, &TextFindBar::findPrevious);
    previous->setContext(Qt::WidgetWithChildrenShortcut);

    connect(m_pretty, &QRadioButton::toggled, this,
            [this](bool pretty) { setMode(pretty ? Mode::Pretty : Mode::Raw); });
    connect(m_save, &QPushButton::clicked, this, &BodyView::chooseFileAndSave);
    setBody(QByteArray(), QString(), QString());
}

void BodyView::setBody(const QByteArray &body, const QString &contentType, const QString &suggestedName)
{
    m_body = body;
    m_contentType = contentType;
    m_suggestedName = suggestedName;
    m_save->setEnabled(!body.isEmpty());
    render();
}

void BodyView::setMode(Mode mode)
{
    if (mode == m_mode) {
        return;
    }
    m_mode = mode;
    (mode == Mode::Pretty ? m_pretty : m_raw)->setChecked(true);
    render();
}

QString BodyView::text() const
{
    return m_editor->toPlainText();
}

QString BodyView::note() const
{
    return m_note->isHidden() ? QString() : m_note->text();
}

void BodyView::render()
{
    const bool json = BodyFormatter::isJson(m_body);
    QString note;
    if (m_body.isEmpty()) {
        note = tr("No body.");
    } else if (!json && m_mode == Mode::Pretty) {
        note = tr("Not JSON (%1): shown as text.").arg(m_contentType.isEmpty() ? tr("no content type") : m_contentType);
    } else if (!BodyFormatter::isUtf8(m_body)) {
        note = tr("Not valid UTF-8: shown as Latin-1.");
    }
    m_note->setText(note);
    m_note->setVisible(!note.isEmpty());

    // Colours only help indented JSON; raw text is left plain so it reads exactly as it came.
    m_highlighter->setDocument(json && m_mode == Mode::Pretty ? m_editor->document() : nullptr);
    m_editor->setPlainText(m_mode == Mode::Pretty ? BodyFormatter::prettyText(m_body) : BodyFormatter::rawText(m_body));
    m_findBar->refresh();
}

bool BodyView::saveBody(const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(m_body) != m_body.size() || !file.commit()) {
        m_error = tr("Could not save the body to %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    m_error.clear();
    return true;
}

void BodyView::chooseFileAndSave()
{
    const QString extension = BodyFormatter::isJson(m_body) ? QStringLiteral("json") : QStringLiteral("txt");
    const QString path =
        SaveDialog::getSavePath(this, tr("Save body"), m_suggestedName + u'.' + extension, tr("All files (*)"));
    if (!path.isEmpty() && !saveBody(path)) {
        MessageBox::warning(this, tr("Save body"), m_error);
    }
}

void BodyView::setAccessibleNames(const QString &name, const QString &saveName)
{
    m_editor->setAccessibleName(name);
    m_pretty->setAccessibleDescription(tr("%1 as indented JSON with colours").arg(name));
    m_raw->setAccessibleDescription(tr("%1 exactly as it was sent or received").arg(name));
    m_save->setAccessibleName(saveName);
}

void BodyView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange) {
        // This widget's palette: the text view inherits it, but only after this event has been handled.
        m_highlighter->updateColors(palette());
    }
    QWidget::changeEvent(event);
}
