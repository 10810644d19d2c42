// libFuzzer target: the configuration file parser and every setting's validation.
#include "config/AppConfig.h"
#include "config/ConfigFile.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray contents(reinterpret_cast<const char *>(data), qsizetype(size));
    const ConfigFile::Parsed parsed = ConfigFile::parse(contents);
    AppConfigLoader loader;
    for (const auto &entry : parsed.entries) {
        if (entry.key.isEmpty() || entry.line <= 0)
            __builtin_trap();
        loader.apply(QStringLiteral("fuzz"), entry.key, entry.value, entry.line);
    }
    const AppConfig &config = loader.config();
    (void)config.tokenUrl();
    (void)config.profileUrl();
    // A proxy that was accepted is written back as it will be read again (the preference).
    const auto again = ProxySettings::parse(config.proxy.toString());
    if (!again || *again != config.proxy)
        __builtin_trap();
    for (const auto &problem : loader.problems())
        (void)toString(problem);
    return 0;
}
