#include "CellMarks.h"
#include "EditorModel.h"
#include "EnvironmentBadge.h"
#include "JsonEditorDialog.h"
#include "JsonHighlighter.h"
#include "PaletteContrast.h"
#include "UrlLineEdit.h"
#include "WindowFixture.h"

#include <QPlainTextEdit>
#include <QTextBlock>
#include <QTextLayout>

// No state by colour alone, and colours that read on light, dark and high-contrast palettes: the problem marks, the
// environment badge and highlighted JSON keep a WCAG contrast of at least 4.5:1, say what they mean in text, an icon
// or a tooltip too, and follow a palette change at run time.
class TestPalettes : public QObject
{
    Q_OBJECT

    // A palette from its window, window text, base and text colours.
    static QPalette palette(const QColor &window, const QColor &windowText, const QColor &base, const QColor &text)
    {
        QPalette p(windowText, window, window.lighter(130), window.darker(130), window.darker(110), text, text, base,
                   window);
        p.setColor(QPalette::Base, base);
        p.setColor(QPalette::Text, text);
        p.setColor(QPalette::WindowText, windowText);
        p.setColor(QPalette::ButtonText, windowText);
        p.setColor(QPalette::PlaceholderText, text);
        return p;
    }

    static void addPalettes()
    {
        QTest::addColumn<QPalette>("colors");
        QTest::addColumn<bool>("dark");
        QTest::addColumn<bool>("highContrast");
        QTest::newRow("light (Fusion)") << palette(QColor(0xef, 0xef, 0xef), Qt::black, Qt::white, Qt::black) << false
                                        << false;
        QTest::newRow("dark (Breeze Dark)") << palette(QColor(0x2a, 0x2e, 0x32), QColor(0xfc, 0xfc, 0xfc),
                                                       QColor(0x1b, 0x1e, 0x20), QColor(0xfc, 0xfc, 0xfc))
                                            << true << false;
        QTest::newRow("dark grey (Fusion dark)")
            << palette(QColor(0x35, 0x35, 0x35), Qt::white, QColor(0x3c, 0x3c, 0x3c), Qt::white) << true << false;
        QTest::newRow("high contrast black (Windows)")
            << palette(Qt::black, Qt::white, Qt::black, Qt::white) << true << true;
        QTest::newRow("high contrast white (GNOME)")
            << palette(Qt::white, Qt::black, Qt::white, Qt::black) << false << true;
    }

    static QString ratioText(const QColor &a, const QColor &b)
    {
        return QStringLiteral("%1 on %2: %3:1").arg(a.name(), b.name()).arg(PaletteContrast::ratio(a, b), 0, 'f', 2);
    }

    // The foreground colours of every highlighted range of a document.
    static QList<QColor> highlightedColors(const QTextDocument *document)
    {
        QList<QColor> colors;
        for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
            const QList<QTextLayout::FormatRange> ranges = block.layout()->formats();
            for (const QTextLayout::FormatRange &range : ranges) {
                if (range.format.hasProperty(QTextFormat::ForegroundBrush)) {
                    colors.append(range.format.foreground().color());
                }
            }
        }
        return colors;
    }

    static QString sampleJson()
    {
        return QStringLiteral(
            "{\n  \"team\": \"Research\",\n  \"floor\": 3,\n  \"remote\": true,\n  \"desk\": null\n}");
    }

private slots:
    void cleanup() { QApplication::setPalette(QPalette()); }

    void contrastArithmeticFollowsWcag()
    {
        QCOMPARE(PaletteContrast::ratio(Qt::black, Qt::white), 21.0);
        QCOMPARE(PaletteContrast::ratio(Qt::white, Qt::white), 1.0);
        // WCAG's own example: #777777 on white is just under 4.5:1.
        QVERIFY(qAbs(PaletteContrast::ratio(QColor(0x77, 0x77, 0x77), Qt::white) - 4.48) < 0.01);
        const QColor fixed = PaletteContrast::ensureContrast(QColor(0x77, 0x77, 0x77), Qt::white);
        QVERIFY(PaletteContrast::ratio(fixed, Qt::white) >= 4.5);
        QCOMPARE(PaletteContrast::ensureContrast(Qt::black, Qt::white), QColor(Qt::black));
    }

    void paletteKinds_data() { addPalettes(); }

    void paletteKinds()
    {
        QFETCH(QPalette, colors);
        QFETCH(bool, dark);
        QFETCH(bool, highContrast);
        QCOMPARE(PaletteContrast::isDark(colors), dark);
        QCOMPARE(PaletteContrast::isHighContrast(colors), highContrast);
    }

    void problemMarksReadAndHaveIcons_data() { addPalettes(); }

    void problemMarksReadAndHaveIcons()
    {
        QFETCH(QPalette, colors);
        CellMarks marks;
        marks.update(colors);
        const QColor text = colors.color(QPalette::Text);
        for (const CellProblem::Kind kind : {CellProblem::Invalid, CellProblem::Duplicate}) {
            const QColor background = marks.problemBackground(kind);
            QVERIFY2(PaletteContrast::ratio(text, background) >= PaletteContrast::TextRatio,
                     qPrintable(ratioText(text, background)));
            QVERIFY(!marks.problemIcon(kind).isNull());
        }
        for (int status = 0; status < RowStatus::Count; ++status) {
            const QColor fill = marks.iconFill(RowStatus::Value(status));
            QVERIFY2(PaletteContrast::ratio(marks.iconGlyph(), fill) >= PaletteContrast::TextRatio,
                     qPrintable(ratioText(marks.iconGlyph(), fill)));
            QVERIFY2(PaletteContrast::ratio(fill, colors.color(QPalette::Base)) >= PaletteContrast::GraphicRatio,
                     qPrintable(ratioText(fill, colors.color(QPalette::Base))));
            QVERIFY(!marks.statusIcon(RowStatus::Value(status)).isNull());
        }
    }

    void theBadgeReadsAndSaysItInWords_data() { addPalettes(); }

    void theBadgeReadsAndSaysItInWords()
    {
        QFETCH(QPalette, colors);
        for (const Connection::Environment environment :
             {Connection::Environment::Sandbox, Connection::Environment::Test, Connection::Environment::Live}) {
            const EnvironmentBadge::Colors badge = EnvironmentBadge::colorsFor(environment, colors);
            QVERIFY2(PaletteContrast::ratio(badge.foreground, badge.background) >= PaletteContrast::TextRatio,
                     qPrintable(ratioText(badge.foreground, badge.background)));
        }
        EnvironmentBadge badge;
        badge.setPalette(colors);
        badge.setEnvironment(Connection::Environment::Live);
        QCOMPARE(badge.text(), QStringLiteral("LIVE"));
        QVERIFY(badge.toolTip().contains(u"Real people"));
        QVERIFY(badge.accessibleName().contains(u"LIVE"));
        QVERIFY(!badge.grab().isNull()); // paints with the palette's colours
    }

    void highlightedJsonReads_data() { addPalettes(); }

    void highlightedJsonReads()
    {
        QFETCH(QPalette, colors);
        QFETCH(bool, highContrast);
        QPlainTextEdit edit;
        edit.setPalette(colors);
        auto *highlighter = new JsonHighlighter(edit.document());
        edit.setPlainText(sampleJson());
        highlighter->updateColors(edit.palette());
        const QList<QColor> used = highlightedColors(edit.document());
        QVERIFY(used.size() >= 5);
        const double minimum = highContrast ? 7.0 : PaletteContrast::TextRatio;
        for (const QColor &color : used) {
            QVERIFY2(PaletteContrast::ratio(color, colors.color(QPalette::Base)) >= minimum,
                     qPrintable(ratioText(color, colors.color(QPalette::Base))));
        }
    }

    void problemCellsSayWhatIsWrongBesideTheColour()
    {
        WindowFixture f;
        f.setEmails({QStringLiteral("not-an-email"), QStringLiteral("a@example.com"), QStringLiteral("a@example.com")});
        for (const int row : {0, 2}) {
            const QModelIndex cell = f.cell(row, Invitee::Email);
            QVERIFY(cell.data(Qt::BackgroundRole).canConvert<QColor>());
            QVERIFY(!cell.data(Qt::DecorationRole).value<QIcon>().isNull());
            QVERIFY(!cell.data(Qt::ToolTipRole).toString().isEmpty());
            QCOMPARE(cell.data(Qt::AccessibleDescriptionRole).toString(), cell.data(Qt::ToolTipRole).toString());
            const QModelIndex status = f.viewModel()->index(row, EditorModel::StatusColumn);
            QVERIFY(!status.data(Qt::DisplayRole).toString().isEmpty()); // "Invalid", "Duplicate" in words
            QVERIFY(!status.data(Qt::DecorationRole).value<QIcon>().isNull());
        }
    }

    void aPaletteChangeAtRunTimeIsFollowed()
    {
        WindowFixture f;
        QVERIFY(f.show());
        f.setEmails({QStringLiteral("not-an-email")});
        const QModelIndex cell = f.cell(0, Invitee::Email);
        EnvironmentBadge badge;
        auto *json = new JsonEditorDialog(QStringLiteral("metadata"), sampleJson(), f.window.get());
        json->show();
        auto *url = new UrlLineEdit(f.window.get());
        url->setText(QStringLiteral("ftp://example.com"));
        QVERIFY(!url->isAcceptable());

        const QPalette dark = palette(QColor(0x2a, 0x2e, 0x32), QColor(0xfc, 0xfc, 0xfc), QColor(0x1b, 0x1e, 0x20),
                                      QColor(0xfc, 0xfc, 0xfc));
        const QPalette highContrast = palette(Qt::black, Qt::white, Qt::black, Qt::white);
        for (const QPalette &colors : {dark, highContrast}) {
            QApplication::setPalette(colors);
            QCoreApplication::processEvents();
            const QColor text = colors.color(QPalette::Text);
            const auto background = cell.data(Qt::BackgroundRole).value<QColor>();
            QVERIFY2(PaletteContrast::ratio(text, background) >= PaletteContrast::TextRatio,
                     qPrintable(ratioText(text, background)));
            const EnvironmentBadge::Colors badgeColors =
                EnvironmentBadge::colorsFor(badge.environment(), badge.palette());
            QCOMPARE(badgeColors.background, EnvironmentBadge::colorsFor(badge.environment(), colors).background);
            const QList<QColor> used = highlightedColors(json->findChild<QPlainTextEdit *>()->document());
            QVERIFY(!used.isEmpty());
            for (const QColor &color : used) {
                QVERIFY2(PaletteContrast::ratio(color, colors.color(QPalette::Base)) >= PaletteContrast::TextRatio,
                         qPrintable(ratioText(color, colors.color(QPalette::Base))));
            }
            QVERIFY(PaletteContrast::ratio(url->frameColor(), colors.color(QPalette::Base)) >=
                    PaletteContrast::GraphicRatio);
            QVERIFY(!url->toolTip().isEmpty());
        }
        // The high-contrast frame is the palette's own text colour.
        QCOMPARE(url->frameColor(), QColor(Qt::white));
    }
};

QTEST_MAIN(TestPalettes)
#include "tst_palettes.moc"
