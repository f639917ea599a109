#pragma once
// What the windows remember between runs: geometry, toolbar/dock state, table header and
// splitter layout, and the recently used configurations (ids only). Kept in
// `<config dir>/ui-state.ini`, beside configurations.json; nothing in it is secret.

#include <QString>
#include <QStringList>

class QHeaderView;
class QMainWindow;
class QSettings;
class QSplitter;
class QWidget;

class UiState
{
public:
    static constexpr int kMaxRecent = 8;

    explicit UiState(const QString &configDir);
    ~UiState();
    UiState(const UiState &) = delete;
    UiState &operator=(const UiState &) = delete;

    QString path() const;

    // key names the window ("mainWindow", "wizard"); restore returns false when nothing was saved.
    void saveWindow(const QString &key, const QWidget *window);
    bool restoreWindow(const QString &key, QWidget *window) const;
    void saveMainWindow(const QString &key, const QMainWindow *window);
    bool restoreMainWindow(const QString &key, QMainWindow *window) const;
    void saveHeader(const QString &key, const QHeaderView *header);
    bool restoreHeader(const QString &key, QHeaderView *header) const;
    void saveSplitter(const QString &key, const QSplitter *splitter);
    bool restoreSplitter(const QString &key, QSplitter *splitter) const;

    // Most recent first, at most kMaxRecent, no duplicates.
    QStringList recentConfigurations() const;
    void noteRecent(const QString &configurationId);
    // Keeps only the ids still present (deleted configurations drop out of the menu).
    void keepOnlyRecent(const QStringList &existingIds);

    void sync();

private:
    QSettings *m_settings;
};
