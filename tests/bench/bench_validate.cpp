// Benchmark (not a test): the offline half of a run on a generated 100,000-row CSV of about 9 MB with six columns,
// two of them dotted metadata. Times each stage in-process, then `invitedesk-cli validate` and the Python yardstick
// (tests/bench/validate_reference.py) as whole processes, and prints the numbers and the goals.
#include "core/InvitationPayload.h"
#include "core/Validator.h"
#include "io/InputCheck.h"
#include "io/InviteeImporter.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <functional>

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QByteArray generateCsv(int rows)
{
    static const char *const departments[] = {"Engineering", "Sales", "Support", "Finance", "Marketing", "Legal"};
    QByteArray csv = "email_address,role,redirect_url,expires_in_days,public_metadata.department,"
                     "private_metadata.employee_id\r\n";
    csv.reserve(rows * 96);
    for (int i = 0; i < rows; ++i) {
        csv += "first.last" + QByteArray::number(i) + "@example.com,";
        csv += (i % 10 == 0) ? "org:admin," : "org:member,";
        csv += "https://app.example.com/welcome,";
        csv += QByteArray::number(1 + i % 365) + ',';
        csv += QByteArray(departments[i % 6]) + ',';
        csv += (i % 3 == 0) ? "00" + QByteArray::number(i) : QByteArray::number(i + 1000);
        csv += "\r\n";
    }
    return csv;
}

// Runs fn `repeats` times and returns the median wall time in milliseconds.
double medianMs(int repeats, const std::function<void()> &fn)
{
    QList<double> times;
    for (int i = 0; i < repeats; ++i) {
        QElapsedTimer timer;
        timer.start();
        fn();
        times.append(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times.at(times.size() / 2);
}

double processMs(int repeats, const QString &program, const QStringList &arguments)
{
    return medianMs(repeats, [&] {
        QProcess process;
        process.start(program, arguments);
        if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit) {
            out() << "  ! " << program << " did not finish normally" << Qt::endl;
        }
    });
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int rows = 100'000;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("invitees-100k.csv"));
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(generateCsv(rows)) < 0) {
            out() << "cannot write " << path << Qt::endl;
            return 1;
        }
        out() << "input: " << rows << " rows, " << QString::number(double(file.size()) / 1e6, 'f', 1) << " MB"
              << Qt::endl;
    }

    ImportResult imported;
    const double readMs = medianMs(5, [&] { imported = InviteeImporter().importFile(path); });
    QList<CellProblem> problems;
    Validator validator;
    const double validateMs = medianMs(5, [&] { problems = validator.validate(imported.invitees); });
    const double payloadMs = medianMs(5, [&] {
        QList<QByteArray> payloads;
        payloads.reserve(imported.invitees.size());
        for (const Invitee &invitee : std::as_const(imported.invitees)) {
            payloads.append(InvitationPayload::compactJson(invitee, validator.defaultRole()));
        }
    });
    const double allMs = medianMs(5, [&] { InputCheck::run(path, QStringLiteral("org:member")); });
    out() << "in-process (median of 5): read+map " << readMs << " ms, validate " << validateMs << " ms, payloads "
          << payloadMs << " ms, all together " << allMs << " ms (" << problems.size() << " problems)" << Qt::endl;

    const double cliMs = processMs(7, QStringLiteral(INVITEDESK_CLI_PATH), {QStringLiteral("validate"), path});
    const double pythonMs =
        processMs(3, QStringLiteral("python3"), {QStringLiteral(INVITEDESK_REFERENCE_SCRIPT), path});
    out() << "invitedesk-cli validate (median of 7): " << cliMs
          << " ms  (goal < 200 ms: " << (cliMs < 200 ? "met" : "MISSED") << ')' << Qt::endl;
    out() << "python3 csv+re+json yardstick (median of 3): " << pythonMs << " ms" << Qt::endl;
    out() << "speed-up: " << QString::number(pythonMs / cliMs, 'f', 1)
          << "x  (goal >= 5x: " << (pythonMs / cliMs >= 5 ? "met" : "MISSED") << ')' << Qt::endl;
    return 0;
}
