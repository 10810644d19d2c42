// libFuzzer target: TokenResponse::parse on any status, Retry-After and body.
// Input: 2 bytes of status, then the Retry-After value up to the first NUL, then the body.
#include "auth/TokenResponse.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 2)
        return 0;
    const int status = 100 + (data[0] << 8 | data[1]) % 500;
    const QByteArray rest(reinterpret_cast<const char *>(data + 2), qsizetype(size - 2));
    const qsizetype nul = rest.indexOf('\0');
    const QByteArray retryAfter = nul >= 0 ? rest.left(nul) : QByteArray();
    const QByteArray body = nul >= 0 ? rest.mid(nul + 1) : rest;
    const QDateTime now(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC);
    const auto result = TokenResponse::parse(status, {{"Retry-After", retryAfter}}, body, now);
    if (const auto *token = std::get_if<Token>(&result)) {
        // What the app relies on afterwards.
        if (token->accessToken.isEmpty() || token->lifetime.count() <= 0
            || token->lifetime > TokenResponse::MaxLifetime)
            __builtin_trap();
        (void)now.addSecs(token->lifetime.count());
    } else {
        const auto &error = std::get<AuthError>(result);
        if (error.retryAfter.count() < 0 || error.retryAfter > TokenResponse::MaxRetryAfter
            || error.serverText.size() > 300)
            __builtin_trap();
    }
    return 0;
}
