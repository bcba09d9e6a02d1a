#include "ImportDialog.h"

#include "ImportOptionsBox.h"
#include "ImportPreviewModel.h"
#include "core/Validator.h"
#include "io/ColumnMapper.h"
#include "io/MetadataColumns.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

ImportDialog::Handler ImportDialog::s_handler;

namespace {

constexpr int LargeSourceDelayMs = 300;
constexpr qsizetype SampleChars = 30;

ImportOptionsBox::Input inputOf(const ImportSource &source)
{
    if (source.isWorkbook()) {
        return ImportOptionsBox::Input::Workbook;
    }
    return source.isPastedText() ? ImportOptionsBox::Input::PastedText : ImportOptionsBox::Input::File;
}

} // namespace

ImportDialog::ImportDialog(ImportSource &source, const ImportOptions &initial, const QString &defaultRole,
                           QWidget *parent)
    : QDialog(parent)
    , m_source(source)
    , m_defaultRole(defaultRole)
    , m_mapping(initial.mapping)
    , m_optionsBox(new ImportOptionsBox(inputOf(source), this))
    , m_model(new ImportPreviewModel(this))
    , m_timer(new QTimer(this))
{
    setWindowTitle(source.isPastedText() ? tr("Paste rows") : tr("Import %1").arg(source.displayName()));
    setAccessibleName(windowTitle());
    m_optionsBox->setOptions(initial);
    connect(m_optionsBox, &ImportOptionsBox::changed, m_timer, qOverload<>(&QTimer::start));

    auto *mappingGroup = new QGroupBox(tr("Columns"), this);
    mappingGroup->setLayout(createMappingWidgets());
    auto *top = new QHBoxLayout;
    top->addWidget(m_optionsBox);
    top->addWidget(mappingGroup, 1);

    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_warningIcon = new QLabel(this);
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_warningIcon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(iconSize, iconSize));
    m_warning = new QLabel(this);
    m_warning->setObjectName(QStringLiteral("warning"));
    m_warning->setWordWrap(true);
    m_warning->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *warningRow = new QHBoxLayout;
    warningRow->addWidget(m_warningIcon, 0, Qt::AlignTop);
    warningRow->addWidget(m_warning, 1);

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("preview"));
    m_view->setModel(m_model);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->setAccessibleName(tr("Preview of the first rows"));
    m_view->setAccessibleDescription(tr("The first rows as Invitedesk will read them; cells with a problem show a "
                                        "warning icon and the reason in their tooltip"));
    m_view->horizontalHeader()->setStretchLastSection(true);
    auto *previewLabel = new QLabel(tr("Previe&w of the first rows, as Invitedesk will read them:"), this);
    previewLabel->setBuddy(m_view);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    okButton()->setText(source.isPastedText() ? tr("Paste") : tr("Import"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_summary);
    layout->addLayout(warningRow);
    layout->addWidget(previewLabel);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_buttons);

    m_timer->setSingleShot(true);
    m_timer->setInterval(source.isLarge() ? LargeSourceDelayMs : 0);
    connect(m_timer, &QTimer::timeout, this, &ImportDialog::refreshNow);

    arrangeTabOrder();
    resize(960, 640);
    refreshNow();
}

ImportDialog::~ImportDialog() = default;

QLayout *ImportDialog::createMappingWidgets()
{
    auto *form = new QFormLayout;
    const std::array<QString, Invitee::FieldCount> labels = {
        tr("E&mail:"),           tr("&Role:"),   tr("Re&direct URL:"),    tr("&Inviter:"),
        tr("E&xpires in days:"), tr("&Notify:"), tr("&Public metadata:"), tr("Pri&vate metadata:"),
    };
    for (const Invitee::Field field : Invitee::allFields()) {
        auto *box = new QComboBox(this);
        box->setObjectName(QStringLiteral("map_%1").arg(Invitee::fieldKey(field)));
        box->setAccessibleName(tr("Source column for %1").arg(Invitee::fieldTitle(field)));
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(24);
        connect(box, &QComboBox::currentIndexChanged, this, &ImportDialog::mappingChanged);
        m_mappingBoxes.at(static_cast<size_t>(field)) = box;
        auto *label = new QLabel(labels.at(static_cast<size_t>(field)), this);
        label->setBuddy(box);
        form->addRow(label, box);
    }
    return form;
}

void ImportDialog::arrangeTabOrder()
{
    QList<QWidget *> order = m_optionsBox->controls();
    for (QComboBox *box : m_mappingBoxes) {
        order.append(box);
    }
    order.append(m_view);
    order.append(m_buttons);
    for (qsizetype i = 1; i < order.size(); ++i) {
        QWidget::setTabOrder(order.at(i - 1), order.at(i));
    }
}

QPushButton *ImportDialog::okButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

bool ImportDialog::isEmailMapped() const
{
    return m_mapping && (*m_mapping)[Invitee::Email] >= 0;
}

ImportOptions ImportDialog::options() const
{
    ImportOptions options = m_optionsBox->options();
    options.mapping = m_mapping;
    return options;
}

void ImportDialog::mappingChanged()
{
    if (m_filling || !m_mapping) {
        return;
    }
    for (const Invitee::Field field : Invitee::allFields()) {
        const QVariant column = mappingBox(field)->currentData();
        (*m_mapping)[static_cast<size_t>(field)] = column.isValid() ? column.toInt() : ImportOptions::NotPresent;
    }
    m_timer->start();
}

void ImportDialog::refreshNow()
{
    m_timer->stop();
    ImportOptions options = this->options();
    m_preview = m_source.preview(options, PreviewRows);
    if (!m_mapping || m_preview.header != m_header) {
        // Another header (or the first): match its names again; the choices made for the old one do not apply.
        if (options.mapping) {
            options.mapping.reset();
            m_preview = m_source.preview(options, PreviewRows);
        }
        m_header = m_preview.header;
        m_mapping = m_preview.result.ok() ? m_preview.result.mapping : ColumnMapper::matchHeader(m_header);
        fillMappingBoxes();
    }
    m_optionsBox->showRead(m_preview.result);
    showPreview();
}

void ImportDialog::fillMappingBoxes()
{
    m_filling = true;
    const QStringList firstRow = m_preview.rows.value(0);
    for (const Invitee::Field field : Invitee::allFields()) {
        QComboBox *box = mappingBox(field);
        box->clear();
        box->addItem(tr("(not present)"), ImportOptions::NotPresent);
        const bool metadata = field == Invitee::PublicMetadata || field == Invitee::PrivateMetadata;
        bool dotted = false;
        for (const QString &name : std::as_const(m_header)) {
            const auto path = MetadataColumns::parseHeader(name);
            dotted = dotted || (path && path->field == field);
        }
        if (metadata && dotted) {
            box->addItem(tr("(the %1.… columns)").arg(Invitee::fieldKey(field)), ImportOptions::DottedColumns);
        }
        for (int column = 0; column < m_header.size(); ++column) {
            QString name = m_header.at(column).trimmed();
            if (name.isEmpty()) {
                name = ImportOptions::columnName(column);
            }
            QString sample = firstRow.value(column).simplified();
            if (sample.size() > SampleChars) {
                sample = QString(sample.left(SampleChars) + u'…');
            }
            const QString text = sample.isEmpty() || sample == name ? name : tr("%1 (e.g. %2)").arg(name, sample);
            box->addItem(text, column);
        }
        box->setCurrentIndex(qMax(0, box->findData((*m_mapping)[static_cast<size_t>(field)])));
    }
    m_filling = false;
}

void ImportDialog::showPreview()
{
    const ImportResult &result = m_preview.result;

    QString problem;
    if (!result.ok()) {
        problem = result.errorString;
        m_model->clear();
        m_summary->clear();
    } else {
        Validator validator;
        if (!m_defaultRole.isEmpty()) {
            validator.setDefaultRole(m_defaultRole);
        }
        const QList<CellProblem> problems =
            isEmailMapped() ? validator.validate(result.invitees) : QList<CellProblem>();
        m_model->setRows(result.invitees, problems);
        m_view->resizeColumnsToContents();
        m_summary->setText(tr("Read as %1. The first %n row(s) are shown.", nullptr, int(result.invitees.size()))
                               .arg(result.formatName.isEmpty() ? tr("pasted text") : result.formatName));
        if (!isEmailMapped()) {
            problem = tr("No column is mapped to the email address. Choose the column that holds the addresses under "
                         "Email: Invitedesk cannot invite anyone without them.");
        } else if (!problems.isEmpty()) {
            problem = tr("%n cell(s) in these rows would be refused; hover over a marked cell to see why. You can "
                         "fix them in the table after the import.",
                         nullptr, int(problems.size()));
        }
    }
    m_warning->setText(problem);
    m_warning->setVisible(!problem.isEmpty());
    m_warningIcon->setVisible(!problem.isEmpty());
    okButton()->setEnabled(result.ok() && isEmailMapped());
}

std::optional<ImportOptions> ImportDialog::ask(QWidget *parent, ImportSource &source, const ImportOptions &initial,
                                               const QString &defaultRole)
{
    ImportDialog dialog(source, initial, defaultRole, parent);
    if (s_handler) {
        dialog.show();
        s_handler(dialog);
    } else {
        dialog.exec();
    }
    if (dialog.result() != QDialog::Accepted) {
        return std::nullopt;
    }
    if (dialog.m_timer->isActive()) {
        dialog.refreshNow(); // a change made just before OK is in the options
    }
    if (!dialog.okButton()->isEnabled()) {
        return std::nullopt;
    }
    return dialog.options();
}

void ImportDialog::setHandler(const Handler &handler)
{
    s_handler = handler;
}
