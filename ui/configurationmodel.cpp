#include "configurationmodel.h"

#include "appcontext.h"
#include "messages.h"
#include "languages.h"

#include <algorithm>
#include <imscore/catalog.h>
#include <imscore/certificates.h>

#include <QApplication>
#include <QDateTime>
#include <QLocale>
#include <QStyle>

ConfigurationModel::ConfigurationModel(QObject *parent) : QAbstractTableModel(parent) { }

ConfigurationModel::RowText ConfigurationModel::describe(const ims::Configuration &c) const
{
    RowText row;
    row.kind = !c.rollbackOf.empty() ? RollbackKind : c.authType == ims::AuthType::Jwt ? JwtKind : OAuthKind;
    QString title = qs(c.title);
    if (c.sandbox)
        title = tr("%1 [sandbox]").arg(title);
    if (row.kind == RollbackKind)
        title = tr("%1 — rollback copy").arg(title);
    row.cells[TitleColumn] = title;
    row.sortKeys[TitleColumn] = qs(c.title).toLower();

    const ims::CloudSolution *solution = ims::findSolution(c.solutionId);
    row.cells[SolutionColumn] = solution ? Languages::solutionName(solution->id, solution->name) : qs(c.solutionId);
    row.sortKeys[SolutionColumn] = row.cells[SolutionColumn];

    row.cells[AuthColumn] = c.authType == ims::AuthType::Jwt ? tr("JWT Credentials (deprecated)")
                                                             : tr("OAuth Server-to-Server");
    row.sortKeys[AuthColumn] = int(c.authType);
    row.cells[ServerColumn] = qs(c.authorizationServer);
    row.sortKeys[ServerColumn] = row.cells[ServerColumn];

    if (const ims::HealthRecord *h = c.lastHealth()) {
        const QString when = QLocale().toString(QDateTime::fromSecsSinceEpoch(h->checkedAt), QLocale::ShortFormat);
        row.healthOk = h->ok;
        row.healthFailed = !h->ok;
        row.cells[HealthColumn] = h->ok ? tr("✔ Token retrieved (%1)").arg(when)
                                        : tr("✖ %1 (%2)").arg(Messages::describe(ims::makeError(h->error)).title, when);
        row.sortKeys[HealthColumn] = QVariant::fromValue(h->checkedAt);
    } else {
        row.cells[HealthColumn] = tr("Not checked");
        row.sortKeys[HealthColumn] = QVariant::fromValue(qint64(0));
    }
    if (c.secretMissing) {
        // Whatever the last check said: the keychain entry is gone; Properties offers re-entry.
        row.healthOk = false;
        row.healthFailed = true;
        row.cells[HealthColumn] = tr("✖ Secret missing — enter it again in Properties");
    }

    if (!c.certificatePem.empty()) {
        const auto cert = ims::importCertificate(c.certificatePem);
        if (cert) {
            const std::int64_t days = ims::daysLeft(cert.value(), std::chrono::system_clock::now());
            row.cells[CertificateColumn] = days < 0 ? tr("expired") : tr("%n day(s) left", nullptr, int(days));
            row.sortKeys[CertificateColumn] = QVariant::fromValue(days);
        }
    }
    for (const QString &cell : row.cells)
        row.searchText += cell.toLower() + QLatin1Char('\n');
    row.searchText += qs(c.clientId).toLower() + QLatin1Char('\n') + qs(c.orgId).toLower();
    if (row.cells[CertificateColumn].isEmpty()) {
        row.cells[CertificateColumn] = QStringLiteral("—");
        row.sortKeys[CertificateColumn] = QVariant::fromValue(std::numeric_limits<qint64>::max());
    }
    return row;
}

void ConfigurationModel::setConfigurations(std::vector<ims::Configuration> configs)
{
    // The same configurations in the same order (a reload after a health check elsewhere, say):
    // the rows change in place, so the view keeps its current row, scroll position and selection.
    const bool sameRows = !configs.empty() && configs.size() == m_configs.size()
        && std::equal(configs.begin(), configs.end(), m_configs.begin(),
                      [](const ims::Configuration &a, const ims::Configuration &b) { return a.id == b.id; });
    if (sameRows) {
        m_configs = std::move(configs);
        for (std::size_t i = 0; i < m_configs.size(); ++i)
            m_rows[i] = describe(m_configs[i]);
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
        return;
    }
    beginResetModel();
    m_configs = std::move(configs);
    m_rows.clear();
    m_rows.reserve(m_configs.size());
    for (const auto &c : m_configs)
        m_rows.push_back(describe(c));
    endResetModel();
}

int ConfigurationModel::rowOf(const QString &id) const
{
    const std::string key = id.toStdString();
    for (std::size_t i = 0; i < m_configs.size(); ++i)
        if (m_configs[i].id == key)
            return int(i);
    return -1;
}

void ConfigurationModel::updateConfiguration(const ims::Configuration &config)
{
    const int row = rowOf(qs(config.id));
    if (row < 0) {
        beginInsertRows({}, int(m_configs.size()), int(m_configs.size()));
        m_configs.push_back(config);
        m_rows.push_back(describe(config));
        endInsertRows();
        return;
    }
    m_configs[std::size_t(row)] = config;
    m_rows[std::size_t(row)] = describe(config);
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void ConfigurationModel::setChecking(const QString &id, bool checking)
{
    if (checking)
        m_checking.insert(id);
    else
        m_checking.remove(id);
    const int row = rowOf(id);
    if (row >= 0)
        emit dataChanged(index(row, HealthColumn), index(row, HealthColumn));
}

const ims::Configuration *ConfigurationModel::configuration(int row) const
{
    return row >= 0 && std::size_t(row) < m_configs.size() ? &m_configs[std::size_t(row)] : nullptr;
}

const ims::Configuration *ConfigurationModel::configuration(const QString &id) const
{
    return configuration(rowOf(id));
}

int ConfigurationModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_configs.size());
}

int ConfigurationModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ConfigurationModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || std::size_t(index.row()) >= m_rows.size())
        return {};
    const RowText &row = m_rows[std::size_t(index.row())];
    const ims::Configuration &c = m_configs[std::size_t(index.row())];
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        if (column == HealthColumn && m_checking.contains(qs(c.id)))
            return tr("Checking…");
        return row.cells[column];
    case Qt::ToolTipRole:
        if (column == AuthColumn && row.kind != OAuthKind)
            return tr("JWT credentials reached end of life on 30 June 2025. Use \"Migrate to OAuth\".");
        return row.cells[column];
    case Qt::DecorationRole:
        // An icon as well as the ✔/✖ sign: the state never depends on colour alone.
        if (column == HealthColumn && row.healthFailed)
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxCritical);
        if (column == AuthColumn && row.kind != OAuthKind)
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        return {};
    case IdRole: return qs(c.id);
    case SortRole: return row.sortKeys[column];
    case KindRole: return int(row.kind);
    case SearchRole: return row.searchText;
    case Qt::UserRole: return row.healthFailed;
    default: return {};
    }
}

QVariant ConfigurationModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TitleColumn: return tr("Title");
    case SolutionColumn: return tr("Cloud solution");
    case AuthColumn: return tr("Authentication");
    case ServerColumn: return tr("Authorization server");
    case HealthColumn: return tr("Last health check");
    case CertificateColumn: return tr("Certificate");
    }
    return {};
}

ConfigurationFilter::ConfigurationFilter(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(ConfigurationModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void ConfigurationFilter::setSearch(const QString &text)
{
    m_words = text.toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    invalidateFilter();
}

void ConfigurationFilter::setShow(Show show)
{
    m_show = show;
    invalidateFilter();
}

bool ConfigurationFilter::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    const QAbstractItemModel *model = sourceModel();
    const int kind = model->index(sourceRow, 0).data(ConfigurationModel::KindRole).toInt();
    switch (m_show) {
    case ShowAll: break;
    case ShowOAuth:
        if (kind != ConfigurationModel::OAuthKind)
            return false;
        break;
    case ShowJwt:
        if (kind == ConfigurationModel::OAuthKind)
            return false;
        break;
    case ShowFailing:
        if (!model->index(sourceRow, ConfigurationModel::HealthColumn).data(Qt::UserRole).toBool())
            return false;
        break;
    }
    if (m_words.isEmpty())
        return true;
    // Every word must appear somewhere in the row (title, solution, server, client id, org id…).
    const QString text = model->index(sourceRow, 0).data(ConfigurationModel::SearchRole).toString();
    for (const QString &word : m_words)
        if (!text.contains(word))
            return false;
    return true;
}
