#pragma once

#include <QByteArray>
#include <QWidget>

class TextFindBar;
class JsonHighlighter;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;

// One HTTP body, read-only: Pretty (JSON indented and syntax-coloured) or Raw (the bytes as they came), with a find
// bar (Ctrl+F through the ExchangeView) and "Save body…". A body that is not JSON is shown as text in both modes.
class BodyView : public QWidget
{
    Q_OBJECT

public:
    enum class Mode { Pretty, Raw };

    explicit BodyView(QWidget *parent = nullptr);

    // The body and a short name for it ("response", "request") used to suggest a file name.
    void setBody(const QByteArray &body, const QString &contentType, const QString &suggestedName);
    const QByteArray &body() const { return m_body; }

    Mode mode() const { return m_mode; }
    void setMode(Mode mode);

    // What the view shows right now (CRLF line ends show as line breaks; saveBody() writes the bytes unchanged).
    QString text() const;
    // The note above the text ("Not JSON: shown as text."), empty when there is none.
    QString note() const;
    QPlainTextEdit *editor() const { return m_editor; }
    TextFindBar *findBar() const { return m_findBar; }

    // Names the text view and its controls for screen readers ("Response body", "Save the response body"): whole
    // phrases, so that every language can word them.
    void setAccessibleNames(const QString &name, const QString &saveName);

    // Writes the exact bytes to path; false with errorString() naming the path and the reason.
    bool saveBody(const QString &path);
    QString errorString() const { return m_error; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void render();
    void chooseFileAndSave();

    QByteArray m_body;
    QString m_contentType;
    QString m_suggestedName;
    Mode m_mode = Mode::Pretty;
    QString m_error;

    QRadioButton *m_pretty;
    QRadioButton *m_raw;
    QPushButton *m_save;
    QLabel *m_note;
    QPlainTextEdit *m_editor;
    JsonHighlighter *m_highlighter;
    TextFindBar *m_findBar;
};
