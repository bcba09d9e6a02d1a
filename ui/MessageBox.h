#pragma once

#include <QMessageBox>

#include <optional>

// Every question and warning the window asks goes through here, so GUI tests can answer a modal question in advance
// (setNextAnswer) instead of blocking on a dialog nobody will click.
class MessageBox
{
public:
    static QMessageBox::StandardButton question(QWidget *parent, const QString &title, const QString &text,
                                                QMessageBox::StandardButtons buttons = QMessageBox::Yes |
                                                                                       QMessageBox::No,
                                                QMessageBox::StandardButton defaultButton = QMessageBox::No);
    static QMessageBox::StandardButton warning(QWidget *parent, const QString &title, const QString &text,
                                               QMessageBox::StandardButtons buttons = QMessageBox::Ok,
                                               QMessageBox::StandardButton defaultButton = QMessageBox::NoButton);
    static void information(QWidget *parent, const QString &title, const QString &text);

    // Tests: the next call returns this answer at once without showing anything; lastText() tells what was asked.
    static void setNextAnswer(QMessageBox::StandardButton answer);
    static QString lastText();

private:
    static QMessageBox::StandardButton ask(QMessageBox::Icon icon, QWidget *parent, const QString &title,
                                           const QString &text, QMessageBox::StandardButtons buttons,
                                           QMessageBox::StandardButton defaultButton);

    static std::optional<QMessageBox::StandardButton> s_nextAnswer;
    static QString s_lastText;
};
