#pragma once

#include <QMainWindow>

// The Invitedesk main window: the invitee table and the actions around it.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
};
