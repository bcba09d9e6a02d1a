#include "BulkEditDialog.h"

#include "ChoiceList.h"
#include "ExpiryDelegate.h"
#include "UrlLineEdit.h"
#include "session/OrganizationDirectory.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace {

// A check box's text: the field's title with a mnemonic unique within the dialog.
QString boxText(Invitee::Field field)
{
    switch (field) {
    case Invitee::Role:
        return BulkEditDialog::tr("&Role");
    case Invitee::RedirectUrl:
        return BulkEditDialog::tr("Redirect &URL");
    case Invitee::InviterUserId:
        return BulkEditDialog::tr("&Inviter");
    case Invitee::ExpiresInDays:
        return BulkEditDialog::tr("&Expires (days)");
    case Invitee::Notify:
        return BulkEditDialog::tr("&Notify");
    default:
        return Invitee::fieldTitle(field);
    }
}

} // namespace

BulkEditDialog::BulkEditDialog(int rowCount, const OrganizationDirectory &directory, QWidget *parent)
    : QDialog(parent)
{
    // Each check box, then its value: made in reading order, so Tab follows it (compound widgets such as editable
    // combo boxes do not move reliably with QWidget::setTabOrder in Qt 6.4).
    std::array<QCheckBox *, Fields.size()> boxes{};
    const auto makeBox = [this, &boxes](size_t slot) {
        boxes.at(slot) = new QCheckBox(boxText(Fields.at(slot)), this);
    };
    makeBox(0);
    m_role = new QComboBox(this);
    makeBox(1);
    m_redirectUrl = new UrlLineEdit(this);
    makeBox(2);
    m_inviter = new QComboBox(this);
    makeBox(3);
    m_expiry = ExpiryDelegate::createSpinBox(this);
    makeBox(4);
    m_notify = new QComboBox(this);

    setWindowTitle(tr("Edit %n selected row(s)", nullptr, rowCount));
    ChoiceList::fill(m_role, ChoiceList::roles(directory), QString());
    m_role->lineEdit()->setPlaceholderText(tr("empty: the default role"));
    ChoiceList::fill(m_inviter, ChoiceList::inviters(directory), QString());
    m_inviter->lineEdit()->setPlaceholderText(tr("empty: sent as the instance"));
    m_notify->addItem(tr("Default"), QString());
    m_notify->addItem(tr("Yes"), QStringLiteral("true"));
    m_notify->addItem(tr("No"), QStringLiteral("false"));

    const std::array<QWidget *, Fields.size()> editors{m_role, m_redirectUrl, m_inviter, m_expiry, m_notify};
    auto *form = new QFormLayout;
    for (size_t i = 0; i < Fields.size(); ++i) {
        QCheckBox *box = boxes.at(i);
        box->setToolTip(tr("Change %1 on every selected row").arg(Invitee::fieldKey(Fields.at(i))));
        box->setAccessibleDescription(tr("Checked: the value beside it is set on every selected row"));
        editors.at(i)->setAccessibleName(tr("New %1").arg(Invitee::fieldTitle(Fields.at(i))));
        m_changeBoxes.at(i) = box;
        form->addRow(box, editors.at(i));
        connect(box, &QCheckBox::toggled, this, &BulkEditDialog::updateOk);
    }
    const auto check = [this](Invitee::Field field) { changeBox(field)->setChecked(true); };
    connect(m_role, &QComboBox::editTextChanged, this, [check] { check(Invitee::Role); });
    connect(m_redirectUrl, &QLineEdit::textEdited, this, [check] { check(Invitee::RedirectUrl); });
    connect(m_redirectUrl, &UrlLineEdit::acceptableChanged, this, &BulkEditDialog::updateOk);
    connect(m_inviter, &QComboBox::editTextChanged, this, [check] { check(Invitee::InviterUserId); });
    connect(static_cast<QSpinBox *>(m_expiry), &QSpinBox::valueChanged, this,
            [check] { check(Invitee::ExpiresInDays); });
    connect(m_notify, &QComboBox::currentIndexChanged, this, [check] { check(Invitee::Notify); });

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    auto *hint = new QLabel(tr("Only the checked fields change; the others keep each row's own value."), this);
    hint->setWordWrap(true);
    layout->addWidget(hint);
    layout->addLayout(form);
    layout->addWidget(buttons);
    updateOk();
}

QList<BulkEditDialog::Change> BulkEditDialog::changes() const
{
    QList<Change> list;
    for (const Invitee::Field field : Fields) {
        if (changeBox(field)->isChecked()) {
            list.append({field, textOf(field)});
        }
    }
    return list;
}

QCheckBox *BulkEditDialog::changeBox(Invitee::Field field) const
{
    return m_changeBoxes.at(static_cast<size_t>(slotOf(field)));
}

int BulkEditDialog::slotOf(Invitee::Field field)
{
    for (size_t i = 0; i < Fields.size(); ++i) {
        if (Fields.at(i) == field) {
            return static_cast<int>(i);
        }
    }
    Q_ASSERT_X(false, "BulkEditDialog", "not a field the dialog edits");
    return 0;
}

QString BulkEditDialog::textOf(Invitee::Field field) const
{
    switch (field) {
    case Invitee::Role:
        return ChoiceList::value(m_role).trimmed();
    case Invitee::RedirectUrl:
        return m_redirectUrl->text().trimmed();
    case Invitee::InviterUserId:
        return ChoiceList::value(m_inviter).trimmed();
    case Invitee::ExpiresInDays:
        return ExpiryDelegate::days(m_expiry);
    case Invitee::Notify:
        return m_notify->currentData().toString();
    default:
        return {};
    }
}

void BulkEditDialog::updateOk()
{
    const bool any = std::any_of(m_changeBoxes.cbegin(), m_changeBoxes.cend(),
                                 [](const QCheckBox *box) { return box && box->isChecked(); });
    const bool urlOk = !changeBox(Invitee::RedirectUrl)->isChecked() || m_redirectUrl->isAcceptable();
    m_ok->setEnabled(any && urlOk);
}
