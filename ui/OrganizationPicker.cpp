#include "OrganizationPicker.h"

#include "session/Connection.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

enum Column { NameColumn, SlugColumn, IdColumn, MembersColumn };

} // namespace

OrganizationPicker::OrganizationPicker(Connection *connection, QWidget *parent)
    : QDialog(parent)
    , m_connection(connection)
    , m_search(new QLineEdit(this))
    , m_list(new QTreeWidget(this))
    , m_status(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
    , m_delay(new QTimer(this))
{
    setWindowTitle(tr("Choose the organization"));
    m_search->setObjectName(QStringLiteral("search"));
    m_search->setPlaceholderText(tr("Search by name, slug or id"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search organizations"));
    m_search->setAccessibleDescription(tr("The list below follows as you type; Enter searches at once"));
    m_list->setObjectName(QStringLiteral("organizations"));
    m_list->setAccessibleName(tr("Organizations"));
    m_list->setAccessibleDescription(tr("Choose one with the arrow keys; Enter invites into it"));
    m_list->setHeaderLabels({tr("Name"), tr("Slug"), tr("ID"), tr("Members")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setSortingEnabled(false);
    m_list->header()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setWordWrap(true);

    auto *searchLabel = new QLabel(tr("&Search:"), this);
    searchLabel->setBuddy(m_search);
    auto *listLabel = new QLabel(tr("Organi&zations:"), this);
    listLabel->setBuddy(m_list);
    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(searchLabel);
    searchRow->addWidget(m_search, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(searchRow);
    layout->addWidget(listLabel);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);
    resize(640, 420);

    m_delay->setSingleShot(true);
    m_delay->setInterval(SearchDelayMs);
    connect(m_delay, &QTimer::timeout, this, &OrganizationPicker::search);
    connect(m_search, &QLineEdit::textChanged, m_delay, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, &OrganizationPicker::search);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &OrganizationPicker::updateOk);
    connect(m_list, &QTreeWidget::itemActivated, this, &OrganizationPicker::accept);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &OrganizationPicker::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &OrganizationPicker::reject);
    connect(m_connection, &Connection::organizationsFound, this, &OrganizationPicker::showResults);
    connect(m_connection, &Connection::errorOccurred, this, [this](const QString &message) {
        m_pendingQuery.clear();
        m_status->setText(message);
    });
    updateOk();
    search();
}

QString OrganizationPicker::selectedId() const
{
    const QList<QTreeWidgetItem *> selected = m_list->selectedItems();
    return selected.isEmpty() ? QString() : selected.constFirst()->text(IdColumn);
}

QString OrganizationPicker::selectedName() const
{
    const QList<QTreeWidgetItem *> selected = m_list->selectedItems();
    return selected.isEmpty() ? QString() : selected.constFirst()->text(NameColumn);
}

QString OrganizationPicker::statusText() const
{
    return m_status->text();
}

void OrganizationPicker::accept()
{
    if (selectedId().isEmpty()) {
        return;
    }
    m_connection->selectOrganization(selectedId(), selectedName());
    QDialog::accept();
}

void OrganizationPicker::search()
{
    m_delay->stop();
    m_pendingQuery = m_search->text().trimmed();
    m_status->setText(tr("Searching…"));
    m_connection->searchOrganizations(m_pendingQuery);
}

void OrganizationPicker::showResults(const QString &query, const QList<ClerkOrganization> &organizations,
                                     bool truncated)
{
    if (query != m_pendingQuery) {
        return;
    }
    const QString keep = selectedId().isEmpty() ? m_connection->organizationId() : selectedId();
    const QLocale locale;
    m_list->clear();
    for (const ClerkOrganization &organization : organizations) {
        const QString members = organization.membersCount < 0 ? QString() : locale.toString(organization.membersCount);
        auto *item = new QTreeWidgetItem(m_list, {organization.name, organization.slug, organization.id, members});
        item->setTextAlignment(MembersColumn, Qt::AlignRight | Qt::AlignVCenter);
        if (organization.id == keep) {
            m_list->setCurrentItem(item);
        }
    }
    if (organizations.isEmpty()) {
        m_status->setText(query.isEmpty() ? tr("This instance has no organizations yet.")
                                          : tr("No organization matches \"%1\".").arg(query));
    } else if (truncated) {
        m_status->setText(tr("Showing the first %Ln organization(s): type more of the name to narrow the search.",
                             nullptr, int(organizations.size())));
    } else {
        m_status->setText(tr("%Ln organization(s) found.", nullptr, int(organizations.size())));
    }
    updateOk();
}

void OrganizationPicker::updateOk()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!selectedId().isEmpty());
}
