#pragma once

#include "clerk/ApiExchange.h"

#include <QWidget>

class BodyView;
class HeaderTable;
class QAction;
class QLabel;
class QPushButton;
class QTabWidget;

// One HTTP exchange with Clerk in full: the request line, the outcome and timings, request and response header
// tables (secrets redacted) and bodies (Pretty / Raw, find with Ctrl+F, save), and "Copy as cURL" (Ctrl+Shift+C)
// that never contains the key (the command reads $CLERK_SECRET_KEY).
class ExchangeView : public QWidget
{
    Q_OBJECT

public:
    enum Tab { ResponseTab, RequestTab };

    explicit ExchangeView(QWidget *parent = nullptr);

    void setExchange(const ApiExchange &exchange);
    void clear();
    bool hasExchange() const { return m_hasExchange; }
    const ApiExchange &exchange() const { return m_exchange; }

    // "POST http://127.0.0.1:1234/v1/organizations/org_1/invitations/bulk".
    QString requestLine() const;
    // "200 OK", or what went wrong when no response arrived, in one line.
    QString outcomeText() const;
    // "Started 10:31:02.123 · wait 120 ms · total 134 ms · 1.2 KB".
    QString timingText() const;

    // Puts the cURL command on the clipboard and returns it.
    QString copyAsCurl();

    // Copy as cURL, Ctrl+Shift+C while the focus is in the view (or in another widget the action is added to).
    QAction *copyAsCurlAction() const { return m_copyCurlAction; }
    // Gives the focus to the body on the current tab (what Enter in the exchange list does).
    void focusBody();
    // Opens the find bar of the body on the current tab (what Ctrl+F does while the view has the focus).
    void activateFind();

    void setCurrentTab(Tab tab);
    BodyView *responseBody() const { return m_responseBody; }
    BodyView *requestBody() const { return m_requestBody; }
    HeaderTable *responseHeaders() const { return m_responseHeaders; }
    HeaderTable *requestHeaders() const { return m_requestHeaders; }
    QPushButton *copyAsCurlButton() const { return m_copyCurl; }

protected:
    // Ctrl+F is taken here while the focus is inside the view, before any window-wide Find action.
    bool event(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    QWidget *bodyPage(HeaderTable *headers, BodyView *body);

    ApiExchange m_exchange;
    bool m_hasExchange = false;

    QLabel *m_requestLine;
    QLabel *m_outcome;
    QLabel *m_timing;
    QPushButton *m_copyCurl;
    QAction *m_copyCurlAction;
    QTabWidget *m_tabs;
    HeaderTable *m_responseHeaders;
    HeaderTable *m_requestHeaders;
    BodyView *m_responseBody;
    BodyView *m_requestBody;
};
