#pragma once
// The saved configurations as a table for the console: sortable, filterable, cheap to redraw
// with thousands of rows (text is computed once per row, not per paint).

#include <imscore/configuration.h>

#include <QAbstractTableModel>
#include <QSet>
#include <QSortFilterProxyModel>

#include <vector>

class ConfigurationModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { TitleColumn, SolutionColumn, AuthColumn, ServerColumn, HealthColumn, CertificateColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, SortRole, KindRole, SearchRole };
    enum Kind { OAuthKind, JwtKind, RollbackKind };

    explicit ConfigurationModel(QObject *parent = nullptr);

    void setConfigurations(std::vector<ims::Configuration> configs);
    // Replaces one row (matched by id) or appends it.
    void updateConfiguration(const ims::Configuration &config);
    void setChecking(const QString &id, bool checking);

    const ims::Configuration *configuration(int row) const;
    const ims::Configuration *configuration(const QString &id) const;
    const std::vector<ims::Configuration> &configurations() const { return m_configs; }
    int rowOf(const QString &id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    struct RowText
    {
        QString cells[ColumnCount];
        QVariant sortKeys[ColumnCount];
        QString searchText; // lower-case: every column plus client id and org id
        bool healthOk = false;
        bool healthFailed = false;
        Kind kind = OAuthKind;
    };
    RowText describe(const ims::Configuration &config) const;

    std::vector<ims::Configuration> m_configs;
    std::vector<RowText> m_rows;
    QSet<QString> m_checking;
};

// Search text over every column, plus a kind filter.
class ConfigurationFilter : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    enum Show { ShowAll, ShowOAuth, ShowJwt, ShowFailing };
    explicit ConfigurationFilter(QObject *parent = nullptr);
    void setSearch(const QString &text);
    void setShow(Show show);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QStringList m_words;
    Show m_show = ShowAll;
};
