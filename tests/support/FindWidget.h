#pragma once

#include <QString>
#include <QTest>
#include <QWidget>

#include <type_traits>

// The widget named `name` under `root` (found as GUI tests find what they drive: by its
// objectName). A missing one fails the running test function, and a stand-in of the same class
// is returned instead, hidden and gone with `root`, so that the rest of the test function runs
// harmlessly up to its next failing check.
template<typename T>
T *findWidget(QWidget *root, const char *name, const char *file = __builtin_FILE(),
              int line = __builtin_LINE())
{
    static_assert(!std::is_abstract_v<T>, "name a class that a stand-in can be made of");
    if (T *widget = root->findChild<T *>(QLatin1String(name)))
        return widget;
    QTest::qFail(
        qPrintable(QStringLiteral("no %1 named \"%2\"")
                       .arg(QLatin1String(T::staticMetaObject.className()), QLatin1String(name))),
        file, line);
    return new T(root);
}
