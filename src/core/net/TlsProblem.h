#pragma once

#include <QObject>
#include <QString>

// Why a secure connection was refused, in the terms a message needs: what to check differs
// (a company's inspecting proxy, the computer's clock, the server's address).
struct TlsProblem {
    Q_GADGET

public:
    enum class Kind {
        None,
        Untrusted, // issued by an authority this computer does not trust (or self-signed)
        Expired, // expired, or not valid yet: often this computer's clock
        WrongHost, // made out for another address
        Other,
    };
    Q_ENUM(Kind)
    Kind kind = Kind::None;
    QString issuer; // the server certificate's issuer, as people read it; empty if none arrived
};
