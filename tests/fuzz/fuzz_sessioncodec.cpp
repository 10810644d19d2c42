// libFuzzer target: SessionCodec reading whatever a keychain might hold. The input is split at
// 0x00 bytes: the first part is the manifest's text, the others the chunks' texts (also read
// with a manifest whose checksum matches them, so that the JSON parser is reached). Whatever it
// is, decoding must not crash, and a session it accepts must survive its own round trip.
#include "session/SessionCodec.h"

#include <QCryptographicHash>
#include <QList>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QList<QByteArray> parts =
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size)).split('\0');
    const auto manifest = SessionCodec::decodeManifest(QString::fromUtf8(parts.first()));
    QStringList chunks;
    for (qsizetype i = 1; i < parts.size(); ++i)
        chunks.append(QString::fromUtf8(parts.at(i)));
    // An unchecked manifest too: decodeSession must hold against any counts and hashes.
    SessionCodec::Manifest any;
    any.chunks = int(chunks.size());
    any.sha256 = parts.first().left(64);
    // And one whose hash matches the chunks, so that what they hold reaches Session::fromJson.
    SessionCodec::Manifest matching = any;
    QByteArray joined;
    for (const QString &chunk : std::as_const(chunks))
        joined += chunk.toLatin1();
    matching.sha256 = QCryptographicHash::hash(joined, QCryptographicHash::Sha256).toHex();
    for (const auto &m : {manifest.value_or(any), any, matching}) {
        const auto session = SessionCodec::decodeSession(m, chunks, 2048);
        if (!session)
            continue;
        const auto plan = SessionCodec::encode(*session, m, 2048);
        QStringList again;
        for (qsizetype i = 0; i + 1 < plan.writes.size(); ++i)
            again.append(plan.writes.at(i).text);
        const auto next = SessionCodec::decodeManifest(plan.writes.last().text);
        const auto back = next ? SessionCodec::decodeSession(*next, again, 2048) : std::nullopt;
        if (!back || !(*back == *session))
            __builtin_trap();
    }
    SessionCodec::keysToRemove(manifest);
    return 0;
}
