#pragma once

#include <QObject>

namespace Net {
Q_NAMESPACE

// Why a request brought no HTTP answer to read: the one list of connection failures, carried
// as they are by the transport (TransportReply), the sign-in (AuthError) and the API (ApiError).
enum class Failure {
    None, // an HTTP answer arrived
    InsecureUrl, // plain http to a host other than this computer; nothing was sent
    Offline, // no route, refused, name not resolved, connection lost
    Timeout, // no progress for too long, or the overall deadline passed
    Tls, // the connection could not be made secure (see TlsProblem); nothing was sent
    RedirectRefused, // the server answered with a redirect, which is never followed
    ResponseTooLarge, // the answer passed the size cap and was cut off
    ProxyAuthenticationRequired, // the proxy wants credentials, or refused the ones given
    ProxyUnreachable, // the proxy refused the connection, closed it, or is not found
    Cancelled, // the request was abandoned
};
Q_ENUM_NS(Failure)

} // namespace Net
