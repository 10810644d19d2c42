#pragma once

#include <QString>

namespace Terminal {

// One line from standard input, without its line end. When standard input is a terminal (a
// person typing), `prompt` goes to standard error first and what is typed is not shown, as
// passwd(1) and ssh do; from a pipe or a file the line is read as it comes, without a prompt.
QString readSecretLine(const QString &prompt);

} // namespace Terminal
