#pragma once

#include <QDialog>

class JsonHighlighter;
class QLabel;
class QPlainTextEdit;
class QPushButton;

// Edits one metadata cell: a JSON object with syntax highlighting and a live verdict under it ("valid JSON object"
// or the parse error with its line and column). OK stays disabled while the text is not a JSON object.
class JsonEditorDialog : public QDialog
{
    Q_OBJECT

public:
    // title names the cell, e.g. "Public metadata, row 4".
    JsonEditorDialog(const QString &title, const QString &json, QWidget *parent = nullptr);

    QPlainTextEdit *editor() const { return m_editor; }
    QPushButton *okButton() const { return m_ok; }
    QPushButton *formatButton() const { return m_format; }
    // The verdict shown under the editor.
    QString verdict() const;
    bool isAcceptable() const { return m_acceptable; }

    // What goes into the cell: the object in compact form, empty for an empty text; the text as it was when nothing
    // was changed (so opening and closing a cell never rewrites it).
    QString cellText() const;

    // Indents the object (no effect while the text is not a JSON object).
    void format();

protected:
    void changeEvent(QEvent *event) override;

private:
    void check();

    QString m_original;
    QPlainTextEdit *m_editor;
    JsonHighlighter *m_highlighter;
    QLabel *m_verdict;
    QPushButton *m_ok;
    QPushButton *m_format;
    bool m_acceptable = false;
};
