#pragma once

#include <QString>

// Whether an installer registered the app to start when a person logs in (the packages' XDG
// autostart entry, the MSI's Run value). Nothing else writes it; the app only reads it, so that
// "Start with the computer" is offered only where it would do something (not in a build run from
// its tree, not after msiexec … START_AT_LOGIN=0).
namespace LoginStart {
// `appId` names the autostart entry (<appId>.desktop), `appName` the Run value.
bool isRegistered(const QString &appId, const QString &appName);
} // namespace LoginStart
