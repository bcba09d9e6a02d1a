#pragma once

#include <QSyntaxHighlighter>
#include <QTextCharFormat>

// Colours JSON text (keys, strings, numbers, true/false/null) in a QTextDocument: the metadata editor and the raw
// response viewer use it. Colours follow the palette (light and dark variants, adjusted to >= 4.5:1 on the base
// colour; 7:1 on high-contrast themes), so dark and high-contrast themes stay readable.
class JsonHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT

public:
    explicit JsonHighlighter(QTextDocument *document);

    // Re-reads the colours from the application palette (call after a palette change).
    void updateColors();
    // Takes the colours for palette (the palette of the widget showing the document) and highlights again.
    void updateColors(const QPalette &palette);

protected:
    void highlightBlock(const QString &text) override;

private:
    QTextCharFormat m_key;
    QTextCharFormat m_string;
    QTextCharFormat m_number;
    QTextCharFormat m_keyword;
};
