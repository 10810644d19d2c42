#pragma once

#include <QNetworkAccessManager>
#include <QNetworkRequest>

// A real QNetworkAccessManager that counts the requests it was asked to send, so a test can
// show that nothing left the app, and keeps the last one, to show how it was asked for.
class CountingNetworkAccessManager : public QNetworkAccessManager {
public:
    using QNetworkAccessManager::QNetworkAccessManager;
    int requestCount() const { return m_count; }
    const QNetworkRequest &lastRequest() const { return m_last; }

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request,
                                 QIODevice *data) override
    {
        ++m_count;
        m_last = request;
        return QNetworkAccessManager::createRequest(op, request, data);
    }

private:
    int m_count = 0;
    QNetworkRequest m_last;
};
