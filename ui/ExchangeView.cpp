#include "ExchangeView.h"

#include "BodyView.h"
#include "HeaderTable.h"
#include "TextFindBar.h"
#include "io/CurlCommand.h"
#include "results/ExchangeListModel.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QVBoxLayout>

ExchangeView::ExchangeView(QWidget *parent)
    : QWidget(parent)
    , m_requestLine(new QLabel(this))
    , m_outcome(new QLabel(this))
    , m_timing(new QLabel(this))
    , m_copyCurl(new QPushButton(tr("Copy as c&URL"), this))
    , m_copyCurlAction(new QAction(tr("Copy as cURL"), this))
    , m_tabs(new QTabWidget(this))
    , m_responseHeaders(new HeaderTable(this))
    , m_requestHeaders(new HeaderTable(this))
    , m_responseBody(new BodyView(this))
    , m_requestBody(new BodyView(this))
{
    m_requestLine->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_requestLine->setWordWrap(true);
    QFont bold = m_requestLine->font();
    bold.setBold(true);
    m_requestLine->setFont(bold);
    m_outcome->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_outcome->setWordWrap(true);
    m_timing->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_copyCurl->setToolTip(tr("Copy a curl command that repeats this request (Ctrl+Shift+C); it reads the key from "
                              "$CLERK_SECRET_KEY, so the key itself is never copied"));
    m_copyCurl->setAccessibleDescription(m_copyCurl->toolTip());
    m_copyCurlAction->setObjectName(QStringLiteral("copyAsCurl"));
    m_copyCurlAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_copyCurlAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_copyCurlAction);
    m_responseHeaders->setAccessibleName(tr("Response headers"));
    m_requestHeaders->setAccessibleName(tr("Request headers"));
    m_responseBody->setAccessibleNames(tr("Response body"), tr("Save the response body"));
    m_requestBody->setAccessibleNames(tr("Request body"), tr("Save the request body"));
    m_tabs->setAccessibleName(tr("Response or request"));

    m_tabs->addTab(bodyPage(m_responseHeaders, m_responseBody), tr("Response"));
    m_tabs->addTab(bodyPage(m_requestHeaders, m_requestBody), tr("Request"));

    auto *top = new QHBoxLayout;
    top->addWidget(m_requestLine, 1);
    top->addWidget(m_copyCurl);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_outcome);
    layout->addWidget(m_timing);
    layout->addWidget(m_tabs, 1);

    connect(m_copyCurl, &QPushButton::clicked, this, &ExchangeView::copyAsCurl);
    connect(m_copyCurlAction, &QAction::triggered, this, &ExchangeView::copyAsCurl);
    clear();
}

QWidget *ExchangeView::bodyPage(HeaderTable *headers, BodyView *body)
{
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(headers);
    splitter->addWidget(body);
    splitter->setStretchFactor(1, 3);
    splitter->setChildrenCollapsible(false);
    return splitter;
}

void ExchangeView::setExchange(const ApiExchange &exchange)
{
    m_exchange = exchange;
    m_hasExchange = true;
    m_requestLine->setText(requestLine());
    m_outcome->setText(outcomeText());
    m_timing->setText(timingText());
    m_requestHeaders->setHeaders(exchange.requestHeaders);
    m_responseHeaders->setHeaders(exchange.responseHeaders);
    m_requestBody->setBody(exchange.requestBody, QString::fromLatin1(exchange.requestHeader("content-type")),
                           QStringLiteral("request"));
    m_responseBody->setBody(exchange.responseBody, QString::fromLatin1(exchange.responseHeader("content-type")),
                            QStringLiteral("response"));
    m_copyCurl->setEnabled(true);
    m_copyCurlAction->setEnabled(true);
    setEnabled(true);
}

void ExchangeView::clear()
{
    m_exchange = ApiExchange();
    m_hasExchange = false;
    m_requestLine->setText(tr("Select an exchange to see it in full."));
    m_outcome->clear();
    m_timing->clear();
    m_requestHeaders->setHeaders({});
    m_responseHeaders->setHeaders({});
    m_requestBody->setBody(QByteArray(), QString(), QString());
    m_responseBody->setBody(QByteArray(), QString(), QString());
    m_copyCurl->setEnabled(false);
    m_copyCurlAction->setEnabled(false);
}

QString ExchangeView::requestLine() const
{
    if (!m_hasExchange) {
        return QString();
    }
    return QStringLiteral("%1 %2").arg(QString::fromLatin1(m_exchange.method),
                                       m_exchange.url.toString(QUrl::RemoveUserInfo));
}

QString ExchangeView::outcomeText() const
{
    if (!m_hasExchange) {
        return QString();
    }
    if (m_exchange.refused) {
        return tr("Not sent: %1").arg(m_exchange.networkError);
    }
    if (!m_exchange.hasResponse()) {
        return tr("No response: %1")
            .arg(m_exchange.networkError.isEmpty() ? tr("the connection ended without an answer")
                                                   : m_exchange.networkError);
    }
    const QString status = ExchangeListModel::statusText(m_exchange);
    if (!m_exchange.networkError.isEmpty()) {
        return tr("%1, then the transfer failed: %2").arg(status, m_exchange.networkError);
    }
    return status;
}

QString ExchangeView::timingText() const
{
    if (!m_hasExchange) {
        return QString();
    }
    const QLocale locale;
    return tr("Started %1 · wait %2 ms · total %3 ms · response %4")
        .arg(locale.toString(m_exchange.startedAt.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz")))
        .arg(m_exchange.waitMs)
        .arg(m_exchange.totalMs)
        .arg(locale.formattedDataSize(m_exchange.responseBody.size()));
}

QString ExchangeView::copyAsCurl()
{
    if (!m_hasExchange) {
        return QString();
    }
    const QString command = CurlCommand::fromExchange(m_exchange);
    QApplication::clipboard()->setText(command);
    return command;
}

void ExchangeView::focusBody()
{
    BodyView *body = m_tabs->currentIndex() == RequestTab ? m_requestBody : m_responseBody;
    body->editor()->setFocus(Qt::OtherFocusReason);
}

void ExchangeView::activateFind()
{
    BodyView *body = m_tabs->currentIndex() == RequestTab ? m_requestBody : m_responseBody;
    body->findBar()->activate();
}

void ExchangeView::setCurrentTab(Tab tab)
{
    m_tabs->setCurrentIndex(tab);
}

bool ExchangeView::event(QEvent *event)
{
    if (event->type() == QEvent::ShortcutOverride && static_cast<QKeyEvent *>(event)->matches(QKeySequence::Find)) {
        event->accept(); // delivered as a key press instead of triggering a shortcut elsewhere
        return true;
    }
    return QWidget::event(event);
}

void ExchangeView::keyPressEvent(QKeyEvent *event)
{
    if (event->matches(QKeySequence::Find)) {
        activateFind();
        event->accept();
        return;
    }
    QWidget::keyPressEvent(event);
}
