#pragma once

#include "io/ImportOptions.h"
#include "io/ImportResult.h"

#include <QGroupBox>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QSpinBox;

// The import dialog's "Reading" controls: encoding, separator (or another character), quote character, sheet, header
// row and rows to skip; only those that apply to the input are shown (no encoding for pasted text, a sheet only for
// workbooks). The automatic choices say what they detected.
class ImportOptionsBox : public QGroupBox
{
    Q_OBJECT

public:
    enum class Input { File, PastedText, Workbook };

    ImportOptionsBox(Input input, QWidget *parent = nullptr);

    // Everything but the mapping.
    ImportOptions options() const;
    void setOptions(const ImportOptions &options);
    // Shows what a read detected (encoding, separator) and offers the workbook's sheets.
    void showRead(const ImportResult &result);
    // The controls in tab order.
    QList<QWidget *> controls() const;

signals:
    void changed();

private:
    void addRows();
    void fillSheets(const QStringList &sheets, const QString &current);

    Input m_input;
    bool m_filling = false;
    QComboBox *m_encodingBox;
    QComboBox *m_separatorBox;
    QLineEdit *m_customSeparator;
    QComboBox *m_quoteBox;
    QComboBox *m_sheetBox;
    QCheckBox *m_headerBox;
    QSpinBox *m_skipBox;
};
