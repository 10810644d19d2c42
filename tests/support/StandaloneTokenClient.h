#pragma once

#include "auth/TokenClient.h"
#include "net/Transport.h"

class QNetworkAccessManager;

namespace detail {
// Constructed before the TokenClient base that uses it.
struct OwnTransport {
    explicit OwnTransport(QNetworkAccessManager *network) : ownTransport(network) { }
    Transport ownTransport;
};
} // namespace detail

// A TokenClient with a transport of its own over `network` (the default policy), for tests of
// the client alone; the app's clients share the graph's transport (AppGraph).
class StandaloneTokenClient : private detail::OwnTransport, public TokenClient {
public:
    explicit StandaloneTokenClient(QNetworkAccessManager *network)
        : OwnTransport(network), TokenClient(&ownTransport)
    {
    }
};
