#pragma once

#include <QTest>

// Keychain tests need a real Secret Service (tests/support/with-keyring.sh provides one). On a
// developer's machine without one they skip; in CI (CI set) a missing keyring fails instead, so
// a skipped keychain test can never pass for a real one.
#define DESKLOGIN_REQUIRE_KEYRING()                                                                \
    do {                                                                                           \
        if (qEnvironmentVariable("DESKLOGIN_TEST_KEYRING") != QLatin1String("1")) {                \
            if (qEnvironmentVariableIsSet("CI"))                                                   \
                QFAIL("No Secret Service in CI: run the tests through scripts/test.sh");           \
            QSKIP("No Secret Service: run the tests through scripts/test.sh");                     \
        }                                                                                          \
    } while (false)
