#include "support/Terminal.h"

#include <QTextStream>

#include <cstdio>

#ifdef Q_OS_WIN
#include <windows.h>
#else
#include <termios.h>
#include <unistd.h>
#endif

namespace {

QString readLine()
{
    return QTextStream(stdin).readLine();
}

void showPrompt(const QString &prompt)
{
    std::fputs(prompt.toLocal8Bit().constData(), stderr);
    std::fputc(' ', stderr);
    std::fflush(stderr);
}

} // namespace

QString Terminal::readSecretLine(const QString &prompt)
{
#ifdef Q_OS_WIN
    const HANDLE input = GetStdHandle(STD_INPUT_HANDLE);
    DWORD mode = 0;
    if (input == INVALID_HANDLE_VALUE || !GetConsoleMode(input, &mode))
        return readLine(); // not a console
    SetConsoleMode(input, mode & ~DWORD(ENABLE_ECHO_INPUT));
    showPrompt(prompt);
    const QString line = readLine();
    SetConsoleMode(input, mode);
    std::fputc('\n', stderr); // the Enter that was not shown
    return line;
#else
    termios shown {};
    if (!::isatty(STDIN_FILENO) || ::tcgetattr(STDIN_FILENO, &shown) != 0)
        return readLine();
    termios hidden = shown;
    hidden.c_lflag &= ~tcflag_t(ECHO);
    hidden.c_lflag |= tcflag_t(ECHONL); // the Enter still moves to the next line
    // Before the prompt: a person answers the prompt, so nothing typed after it is echoed.
    if (::tcsetattr(STDIN_FILENO, TCSANOW, &hidden) != 0)
        return readLine();
    showPrompt(prompt);
    const QString line = readLine();
    ::tcsetattr(STDIN_FILENO, TCSANOW, &shown);
    return line;
#endif
}
