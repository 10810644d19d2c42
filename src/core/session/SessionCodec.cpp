#include "session/SessionCodec.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace {

QChar otherSlot(QChar slot)
{
    return slot == QLatin1Char('a') ? QLatin1Char('b') : QLatin1Char('a');
}

QStringList keysOf(QChar slot, int from, int to)
{
    QStringList keys;
    for (int i = from; i < to; ++i)
        keys.append(SessionCodec::chunkKey(slot, i));
    return keys;
}

QByteArray sha256Hex(const QByteArray &data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
}

} // namespace

QString SessionCodec::manifestKey()
{
    return QStringLiteral("session");
}

QString SessionCodec::chunkKey(QChar slot, int index)
{
    return manifestKey() + QLatin1Char('.') + slot + QLatin1Char('.') + QString::number(index);
}

std::optional<SessionCodec::Manifest> SessionCodec::decodeManifest(const QString &text)
{
    const QJsonObject o = QJsonDocument::fromJson(text.toUtf8()).object();
    Manifest m;
    const QString slot = o.value(QLatin1String("slot")).toString();
    m.slot = slot.size() == 1 ? slot.at(0) : QChar();
    m.chunks = o.value(QLatin1String("chunks")).toInt(-1);
    m.otherChunks = o.value(QLatin1String("other")).toInt(0);
    m.sha256 = o.value(QLatin1String("sha256")).toString().toLatin1();
    const bool ok = o.value(QLatin1String("v")).toInt() == 1
        && (m.slot == QLatin1Char('a') || m.slot == QLatin1Char('b')) && m.chunks > 0
        && m.chunks <= MaxChunks && m.otherChunks >= 0 && m.otherChunks <= MaxChunks
        && m.sha256.size() == 64;
    if (!ok)
        return std::nullopt;
    return m;
}

QStringList SessionCodec::chunkKeys(const Manifest &manifest)
{
    return keysOf(manifest.slot, 0, manifest.chunks);
}

std::optional<Session> SessionCodec::decodeSession(const Manifest &manifest,
                                                   const QStringList &chunks, int maxEntryBytes)
{
    if (chunks.size() != manifest.chunks)
        return std::nullopt;
    QByteArray json;
    for (const QString &chunk : chunks) {
        if (chunk.isNull() || chunk.size() > maxEntryBytes)
            return std::nullopt;
        json += chunk.toLatin1();
    }
    if (sha256Hex(json) != manifest.sha256)
        return std::nullopt;
    return Session::fromJson(json);
}

SessionCodec::SavePlan SessionCodec::encode(const Session &session,
                                            const std::optional<Manifest> &current,
                                            int maxEntryBytes)
{
    // Session::toJson() is ASCII, so a byte is a character and chunks never split one.
    const QByteArray json = session.toJson();
    Manifest next;
    next.slot = current && current->slot == QLatin1Char('a') ? QLatin1Char('b') : QLatin1Char('a');
    next.sha256 = sha256Hex(json);
    next.otherChunks = current ? current->chunks : 0;
    SavePlan plan;
    for (int offset = 0; offset < json.size(); offset += maxEntryBytes)
        plan.writes.append({chunkKey(next.slot, next.chunks++),
                            QString::fromLatin1(json.mid(offset, maxEntryBytes))});
    const QJsonObject manifest {
        {QStringLiteral("v"), 1},
        {QStringLiteral("slot"), QString(next.slot)},
        {QStringLiteral("chunks"), next.chunks},
        {QStringLiteral("other"), next.otherChunks},
        {QStringLiteral("sha256"), QString::fromLatin1(next.sha256)},
    };
    // The manifest goes last: until it is written, the old session stays whole.
    plan.writes.append(
        {manifestKey(), QString::fromUtf8(QJsonDocument(manifest).toJson(QJsonDocument::Compact))});
    // Stale chunks: the old slot's, and any beyond the new count in the reused slot (left there
    // by the save before the current one).
    if (current) {
        plan.staleKeys = keysOf(current->slot, 0, current->chunks);
        plan.staleKeys +=
            keysOf(next.slot, next.chunks, std::max(next.chunks, current->otherChunks));
    }
    return plan;
}

QStringList SessionCodec::keysToRemove(const std::optional<Manifest> &current)
{
    QStringList keys {manifestKey()};
    if (current) {
        keys += keysOf(current->slot, 0, current->chunks);
        keys += keysOf(otherSlot(current->slot), 0, current->otherChunks);
    } else {
        // Unreadable manifest: remove what the first chunk of each slot could be.
        keys += keysOf(QLatin1Char('a'), 0, 1);
        keys += keysOf(QLatin1Char('b'), 0, 1);
    }
    return keys;
}
