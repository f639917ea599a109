#pragma once
// Dialogs that answer through a callback instead of a nested event loop (no exec() in the flow).

#include <QString>

#include <functional>

class QWidget;

enum class FileDialogMode { Open, OpenMany, Save, Directory };

// Calls then(paths) when the user chose; nothing when cancelled.
void askForFiles(QWidget *parent, const QString &title, const QString &filter, FileDialogMode mode,
                 const QString &suggested, std::function<void(const QStringList &)> then);
void askForFile(QWidget *parent, const QString &title, const QString &filter, bool save, const QString &suggested,
                std::function<void(const QString &)> then);
// A question with a destructive or risky "yes": then() runs only when it was confirmed.
void askToConfirm(QWidget *parent, const QString &title, const QString &text, const QString &confirmText,
                  std::function<void()> then);
