#pragma once

#include <QNetworkAccessManager>

// A real QNetworkAccessManager that counts the requests it was asked to send, so a test can
// show that nothing left the app.
class CountingNetworkAccessManager : public QNetworkAccessManager {
public:
    using QNetworkAccessManager::QNetworkAccessManager;
    int requestCount() const { return m_count; }

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request,
                                 QIODevice *data) override
    {
        ++m_count;
        return QNetworkAccessManager::createRequest(op, request, data);
    }

private:
    int m_count = 0;
};
