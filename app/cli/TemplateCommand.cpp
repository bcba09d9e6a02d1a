#include "TemplateCommand.h"

#include "CliOptionParser.h"
#include "ExitCode.h"
#include "io/TemplateWriter.h"

#include <QBuffer>
#include <QDir>
#include <QSaveFile>

QString TemplateCommand::summary() const
{
    return tr("Write a template file with every supported column and an example row");
}

int TemplateCommand::run(const QStringList &arguments, CliContext &context)
{
    CliOptionParser parser(name(), tr("Writes an invitee template: every column Invitedesk reads, one example row."));
    const QCommandLineOption formatOption(QStringLiteral("format"), tr("File format: csv (default) or xlsx."),
                                          tr("FORMAT"), QStringLiteral("csv"));
    const QCommandLineOption outputOption({QStringLiteral("o"), QStringLiteral("output")},
                                          tr("Write to FILE instead of standard output."), tr("FILE"));
    parser.addOption(formatOption);
    parser.addOption(outputOption);
    if (const auto stop = parser.parseArguments(arguments, context)) {
        return *stop;
    }
    if (!parser.positionalArguments().isEmpty()) {
        return parser.usageError(
            context,
            tr("unexpected argument '%1'; use -o FILE to name the output").arg(parser.positionalArguments()[0]));
    }
    const QString format = parser.value(formatOption).toLower();
    if (format != u"csv" && format != u"xlsx") {
        return parser.usageError(context, tr("unknown format '%1'; choose csv or xlsx").arg(format));
    }
    const bool xlsx = format == u"xlsx";

    if (!parser.isSet(outputOption)) {
        if (xlsx) {
            // An XLSX file is binary: it goes to a named file, never through the text stream of standard output.
            return parser.usageError(context, tr("xlsx is a binary format; name the file to write with -o FILE"));
        }
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        TemplateWriter::writeCsv(buffer);
        context.out << QString::fromUtf8(buffer.data());
        return toInt(ExitCode::Success);
    }
    const QString path = parser.value(outputOption);
    QSaveFile file(path);
    const bool written = file.open(QIODevice::WriteOnly) &&
                         (xlsx ? TemplateWriter::writeXlsx(file) : TemplateWriter::writeCsv(file)) && file.commit();
    if (!written) {
        context.err << tr("invitedesk-cli template: cannot write %1: %2")
                           .arg(QDir::toNativeSeparators(path), file.errorString())
                    << '\n';
        return toInt(ExitCode::UsageOrInput);
    }
    return toInt(ExitCode::Success);
}
