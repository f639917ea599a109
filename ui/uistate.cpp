#include "uistate.h"

#include <QDir>
#include <QHeaderView>
#include <QMainWindow>
#include <QSettings>
#include <QSplitter>

#include <algorithm>

namespace {
const QString kRecentKey = QStringLiteral("recent/configurations");

QString key(const QString &group, const QString &name)
{
    return group + QLatin1Char('/') + name;
}
} // namespace

UiState::UiState(const QString &configDir)
    : m_settings(new QSettings(QDir(configDir).filePath(QStringLiteral("ui-state.ini")), QSettings::IniFormat))
{
}

UiState::~UiState()
{
    delete m_settings; // writes what is pending
}

QString UiState::path() const
{
    return m_settings->fileName();
}

void UiState::saveWindow(const QString &name, const QWidget *window)
{
    m_settings->setValue(key(name, QStringLiteral("geometry")), window->saveGeometry());
}

bool UiState::restoreWindow(const QString &name, QWidget *window) const
{
    const QByteArray geometry = m_settings->value(key(name, QStringLiteral("geometry"))).toByteArray();
    return !geometry.isEmpty() && window->restoreGeometry(geometry);
}

void UiState::saveMainWindow(const QString &name, const QMainWindow *window)
{
    saveWindow(name, window);
    m_settings->setValue(key(name, QStringLiteral("state")), window->saveState());
}

bool UiState::restoreMainWindow(const QString &name, QMainWindow *window) const
{
    const bool geometry = restoreWindow(name, window);
    const QByteArray state = m_settings->value(key(name, QStringLiteral("state"))).toByteArray();
    return (!state.isEmpty() && window->restoreState(state)) || geometry;
}

void UiState::saveHeader(const QString &name, const QHeaderView *header)
{
    m_settings->setValue(key(name, QStringLiteral("header")), header->saveState());
}

bool UiState::restoreHeader(const QString &name, QHeaderView *header) const
{
    const QByteArray state = m_settings->value(key(name, QStringLiteral("header"))).toByteArray();
    return !state.isEmpty() && header->restoreState(state);
}

void UiState::saveSplitter(const QString &name, const QSplitter *splitter)
{
    m_settings->setValue(key(name, QStringLiteral("splitter")), splitter->saveState());
}

bool UiState::restoreSplitter(const QString &name, QSplitter *splitter) const
{
    const QByteArray state = m_settings->value(key(name, QStringLiteral("splitter"))).toByteArray();
    return !state.isEmpty() && splitter->restoreState(state);
}

QStringList UiState::recentConfigurations() const
{
    QStringList ids = m_settings->value(kRecentKey).toStringList();
    ids.removeAll(QString());
    ids.removeDuplicates();
    return ids.mid(0, kMaxRecent);
}

void UiState::noteRecent(const QString &configurationId)
{
    if (configurationId.isEmpty())
        return;
    QStringList ids = recentConfigurations();
    ids.removeAll(configurationId);
    ids.prepend(configurationId);
    m_settings->setValue(kRecentKey, ids.mid(0, kMaxRecent));
}

void UiState::keepOnlyRecent(const QStringList &existingIds)
{
    QStringList ids = recentConfigurations();
    const qsizetype before = ids.size();
    ids.erase(std::remove_if(ids.begin(), ids.end(), [&](const QString &id) { return !existingIds.contains(id); }),
              ids.end());
    if (ids.size() != before)
        m_settings->setValue(kRecentKey, ids);
}

void UiState::sync()
{
    m_settings->sync();
}
