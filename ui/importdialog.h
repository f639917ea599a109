#pragma once
// Import from where configurations live today — AEM OSGi configs (.cfg.json, .config, content
// packages), aio CLI contexts, Developer Console downloads, service credentials; several files
// or a folder at once. Shows what each holds and what is missing before anything is saved.

#include <imscore/osgi.h>

#include <QDialog>

#include <vector>

class AppContext;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

class ImportDialog : public QDialog
{
    Q_OBJECT
public:
    ImportDialog(AppContext *context, const QStringList &paths, QWidget *parent = nullptr);

    int rowCount() const { return int(m_found.size()); }
    const ims::FoundConfiguration &found(int row) const { return m_found[std::size_t(row)]; }
    // What still blocks saving a row (empty when it can be imported).
    QStringList missing(int row) const;
    void setSecret(int row, const QString &secret);
    void setChecked(int row, bool checked);
    // Saves every checked, complete row: secrets to the keychain, then the configuration.
    void importChecked();
    // Trainers: point every found configuration at the running training sandbox.
    void setUseSandbox(bool use);

signals:
    void imported(int count);

private:
    void readPaths(const QStringList &paths);
    void fillTable();
    void refreshRow(int row);
    void saveNext(std::vector<int> rows, int done);

    AppContext *m_context;
    std::vector<ims::FoundConfiguration> m_found;
    std::vector<ims::Secret> m_enteredSecrets;
    std::vector<std::string> m_originalServers;
    QStringList m_unreadable;
    QTableWidget *m_table;
    QLineEdit *m_secret;
    QLabel *m_status;
    QPushButton *m_import;
    class QCheckBox *m_useSandbox = nullptr;
};
