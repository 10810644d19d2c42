#pragma once

#include <chrono>
#include <functional>

class SessionStore;

// Runs `action` once `store` has nothing under way: at once if it is idle now, else when it
// becomes idle, or after `grace` if the keychain does not answer, whichever comes first, and
// only once. Quitting goes through it: a process that ends during a keychain write loses the
// session being written (ThreadedSessionStore abandons an operation under way).
void whenIdle(SessionStore *store, std::chrono::milliseconds grace,
              const std::function<void()> &action);
