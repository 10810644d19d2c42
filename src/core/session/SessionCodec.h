#pragma once

#include "session/Session.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// How a session is laid out as keychain entries, with no keychain in sight: a pure function in
// each direction, unit-tested and fuzzed on its own.
//
// Layout: a small manifest entry "session" names one of two slots ("a", "b"), how many chunks
// it has and their SHA-256; the session's JSON is cut into chunks of at most maxEntryBytes,
// stored as "session.<slot>.<n>". A save writes the other slot first and the manifest last, so
// a process killed at any point leaves either the whole old or the whole new session. Anything
// that does not check out decodes as nothing.
class SessionCodec {
public:
    // Far more than a session needs (an access token is capped at 16 KiB); bounds every loop.
    static constexpr int MaxChunks = 16;

    struct Manifest {
        QChar slot = QLatin1Char('a');
        int chunks = 0;
        int otherChunks = 0; // chunks that may remain in the other slot
        QByteArray sha256; // hex
    };
    struct Entry {
        QString key;
        QString text;
    };
    // What a save does, in order: write every entry (the manifest last), then remove the stale
    // keys (best effort: leftovers never change what is read).
    struct SavePlan {
        QList<Entry> writes;
        QStringList staleKeys;
    };

    static QString manifestKey();
    static QString chunkKey(QChar slot, int index);

    // The manifest's entry text; nullopt when it is not a valid manifest.
    static std::optional<Manifest> decodeManifest(const QString &text);
    // The keys of the chunks the manifest names, in order.
    static QStringList chunkKeys(const Manifest &manifest);
    // The session from its chunks' texts (as many as the manifest names, in order); nullopt
    // when a chunk is too large, the checksum differs or the JSON is not a session.
    static std::optional<Session> decodeSession(const Manifest &manifest, const QStringList &chunks,
                                                int maxEntryBytes);

    // A save of `session` over what `current` describes (nullopt: nothing, or unreadable).
    static SavePlan encode(const Session &session, const std::optional<Manifest> &current,
                           int maxEntryBytes);
    // Every key that may hold part of a session described by `current` (the manifest first:
    // once it is gone the session is gone, whatever happens to the chunks).
    static QStringList keysToRemove(const std::optional<Manifest> &current);
};
