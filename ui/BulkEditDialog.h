#pragma once

#include "core/Invitee.h"

#include <QDialog>
#include <QList>

#include <array>

class OrganizationDirectory;
class QCheckBox;
class QComboBox;
class QPushButton;
class UrlLineEdit;

// Sets role, redirect URL, inviter, expiry and notify on every selected row at once. Each field has a "change"
// check box; only checked fields are changed (editing a field checks its box).
class BulkEditDialog : public QDialog
{
    Q_OBJECT

public:
    struct Change
    {
        Invitee::Field field;
        QString text;
    };

    BulkEditDialog(int rowCount, const OrganizationDirectory &directory, QWidget *parent = nullptr);

    // The fields to change and their new texts (in field order).
    QList<Change> changes() const;

    // For tests and for the integrator: the widgets of each field.
    QCheckBox *changeBox(Invitee::Field field) const;
    QComboBox *roleBox() const { return m_role; }
    UrlLineEdit *redirectUrlEdit() const { return m_redirectUrl; }
    QComboBox *inviterBox() const { return m_inviter; }
    QWidget *expirySpinBox() const { return m_expiry; }
    QComboBox *notifyBox() const { return m_notify; }
    QPushButton *okButton() const { return m_ok; }

private:
    static constexpr std::array<Invitee::Field, 5> Fields{Invitee::Role, Invitee::RedirectUrl, Invitee::InviterUserId,
                                                          Invitee::ExpiresInDays, Invitee::Notify};
    static int slotOf(Invitee::Field field);
    QString textOf(Invitee::Field field) const;
    void updateOk();

    std::array<QCheckBox *, Fields.size()> m_changeBoxes{};
    QComboBox *m_role = nullptr;
    UrlLineEdit *m_redirectUrl = nullptr;
    QComboBox *m_inviter = nullptr;
    QWidget *m_expiry = nullptr;
    QComboBox *m_notify = nullptr;
    QPushButton *m_ok = nullptr;
};
