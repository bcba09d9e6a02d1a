#include "Validator.h"

#include "DuplicateEmails.h"
#include "FieldValues.h"

// A cell's text as a message quotes it: on one line and at most 60 characters.
static QString shown(QStringView text)
{
    constexpr qsizetype MaxShown = 60;
    QString result;
    if (text.size() > MaxShown) {
        qsizetype keep = MaxShown - 1;
        if (text[keep - 1].isHighSurrogate()) {
            --keep;
        }
        result = text.first(keep).toString();
        result.append(QChar(0x2026)); // …
    } else {
        result = text.toString();
    }
    for (QChar &c : result) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f) {
            c = u' ';
        }
    }
    return result;
}

static QString metadataProblem(const FieldValues::MetadataError &error)
{
    if (!error.parseError.isEmpty()) {
        return Validator::tr("not valid JSON: %1 at offset %2").arg(error.parseError, QString::number(error.offset));
    }
    switch (error.type) {
    case QJsonValue::Array:
        return Validator::tr("must be a JSON object, not an array");
    case QJsonValue::String:
        return Validator::tr("must be a JSON object, not a string");
    case QJsonValue::Double:
        return Validator::tr("must be a JSON object, not a number");
    case QJsonValue::Bool:
        return Validator::tr("must be a JSON object, not true or false");
    case QJsonValue::Null:
        return Validator::tr("must be a JSON object, not null");
    default:
        return Validator::tr("must be a JSON object");
    }
}

static QString redirectUrlProblem(FieldValues::UrlProblem problem, QStringView url)
{
    switch (problem) {
    case FieldValues::UrlProblem::None:
        break;
    case FieldValues::UrlProblem::Malformed:
        return Validator::tr("'%1' is not a valid URL").arg(shown(url));
    case FieldValues::UrlProblem::NotAbsolute:
        return Validator::tr("'%1' is not an absolute URL; write it in full, like https://example.com/welcome")
            .arg(shown(url));
    case FieldValues::UrlProblem::NotHttp:
        return Validator::tr("'%1' is not an http or https URL").arg(shown(url));
    case FieldValues::UrlProblem::NoHost:
        return Validator::tr("'%1' has no host name; write it like https://example.com/welcome").arg(shown(url));
    }
    return {};
}

QList<CellProblem> Validator::validateRow(const Invitee &invitee, int row) const
{
    QList<CellProblem> problems;
    checkEmail(QStringView(invitee.value(Invitee::Email)).trimmed(), row, problems);
    checkOtherFields(invitee, row, FieldValues::isValidRoleKey(m_defaultRole), problems);
    return problems;
}

QList<CellProblem> Validator::validateRows(const QList<Invitee> &invitees, qsizetype begin, qsizetype end) const
{
    QList<CellProblem> problems;
    const bool defaultRoleValid = FieldValues::isValidRoleKey(m_defaultRole);
    for (qsizetype row = begin; row < end; ++row) {
        const Invitee &invitee = invitees.at(row);
        checkEmail(QStringView(invitee.value(Invitee::Email)).trimmed(), int(row), problems);
        checkOtherFields(invitee, int(row), defaultRoleValid, problems);
    }
    return problems;
}

QList<CellProblem> Validator::withDuplicates(const QList<Invitee> &invitees,
                                             const QList<CellProblem> &rowProblems) const
{
    return DuplicateEmails(invitees.size()).take(invitees, rowProblems);
}

QString Validator::defaultRoleProblem(const QString &role)
{
    if (role.trimmed().isEmpty()) {
        return tr("the default role is empty; role keys look like org:member");
    }
    if (!FieldValues::isValidRoleKey(role)) {
        return tr("'%1' is not a role key; role keys look like org:admin").arg(shown(role.trimmed()));
    }
    return {};
}

QString Validator::describe(const CellProblem &problem, int displayRow)
{
    return tr("row %1, %2: %3").arg(QString::number(displayRow), Invitee::fieldKey(problem.field), problem.message);
}

void Validator::checkEmail(QStringView email, int row, QList<CellProblem> &problems)
{
    if (email.isEmpty()) {
        problems.append({row, Invitee::Email, CellProblem::Invalid, tr("missing email address")});
    } else if (!FieldValues::isValidEmail(email)) {
        problems.append(
            {row, Invitee::Email, CellProblem::Invalid, tr("'%1' is not a valid email address").arg(shown(email))});
    }
}

void Validator::checkOtherFields(const Invitee &invitee, int row, bool defaultRoleValid,
                                 QList<CellProblem> &problems) const
{
    const auto cell = [&invitee](Invitee::Field field) { return QStringView(invitee.value(field)).trimmed(); };
    const auto add = [&problems, row](Invitee::Field field, const QString &message) {
        problems.append({row, field, CellProblem::Invalid, message});
    };

    if (const QStringView role = cell(Invitee::Role); role.isEmpty()) {
        if (!defaultRoleValid) {
            add(Invitee::Role, tr("no role given and the default role '%1' is not a role key; role keys look like "
                                  "org:admin")
                                   .arg(shown(m_defaultRole)));
        }
    } else if (!FieldValues::isValidRoleKey(role)) {
        add(Invitee::Role, tr("'%1' is not a role key; role keys look like org:admin").arg(shown(role)));
    }

    if (const QStringView url = cell(Invitee::RedirectUrl); !url.isEmpty()) {
        const FieldValues::UrlProblem problem = FieldValues::redirectUrlProblem(url);
        if (problem != FieldValues::UrlProblem::None) {
            add(Invitee::RedirectUrl, redirectUrlProblem(problem, url));
        }
    }

    if (const QStringView inviter = cell(Invitee::InviterUserId);
        !inviter.isEmpty() && !FieldValues::isValidInviterId(inviter)) {
        add(Invitee::InviterUserId,
            tr("'%1' is not a Clerk user id; user ids look like user_2NNEqL2nrIRdJ194ndJqAHwEfxC").arg(shown(inviter)));
    }

    if (const QStringView expires = cell(Invitee::ExpiresInDays); !expires.isEmpty()) {
        const std::optional<int> days = FieldValues::parseExpires(expires);
        if (!days) {
            add(Invitee::ExpiresInDays, tr("'%1' is not a whole number of days").arg(shown(expires)));
        } else if (*days < FieldValues::MinExpiresInDays || *days > FieldValues::MaxExpiresInDays) {
            add(Invitee::ExpiresInDays, tr("'%1' is out of range; invitations expire in %2 to %3 days")
                                            .arg(shown(expires), QString::number(FieldValues::MinExpiresInDays),
                                                 QString::number(FieldValues::MaxExpiresInDays)));
        }
    }

    if (const QStringView notify = cell(Invitee::Notify); !notify.isEmpty() && !FieldValues::parseNotify(notify)) {
        add(Invitee::Notify, tr("'%1' is not a yes or no; write true or false, yes or no, 1 or 0").arg(shown(notify)));
    }

    for (const Invitee::Field field : {Invitee::PublicMetadata, Invitee::PrivateMetadata}) {
        const QString &text = invitee.value(field);
        if (text.isEmpty()) {
            continue; // the common case: no metadata, no JSON parsing
        }
        FieldValues::MetadataError error;
        if (!FieldValues::isValidMetadata(text, &error)) {
            add(field, metadataProblem(error));
        }
    }
}
