#pragma once
// The console: every IMS configuration like AEM's Adobe IMS Configurations page — title, cloud
// solution, auth type with the "JWT Credentials (deprecated)" badge, server, last health result,
// certificate days left — and the actions on them.

#include <imscore/configuration.h>

#include <QMainWindow>

#include <memory>

class AppContext;
class ConfigurationFilter;
class ConfigurationModel;
class HealthRunner;
class QAction;
class QComboBox;
class QFrame;
class QLabel;
class QLineEdit;
class QMenu;
class QTableView;
class UiState;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(AppContext *context, QWidget *parent = nullptr);
    ~MainWindow() override;

    void reload();
    // Opens the new-configuration wizard (modeless); returns it for tests.
    class ImsWizard *newConfiguration();
    void checkSelected();
    void checkAll();
    // Shown when Adobe IMS cannot be reached: offers the training sandbox.
    void offerSandbox(const QString &reason);

    // The actions on the selected configurations (also reachable from the toolbar and menu).
    QWidget *showProperties();
    class MigrationWizard *migrateSelected();
    class ExportDialog *exportSelected();
    void duplicateSelected();
    void deleteSelected(bool askFirst = true);
    void rollBackSelected(bool askFirst = true);
    class ImportDialog *importFiles(const QStringList &paths);
    // The handover report of the selected configurations (all when none is selected).
    class HandoverReportDialog *showHandoverReport();

    ConfigurationModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    HealthRunner *healthRunner() const { return m_runner; }
    void selectConfiguration(const QString &id);
    // IMS Wizard was started again on this directory: this window (and an open wizard or dialog
    // of it) comes to the front instead of a second one opening.
    void bringToFront();

    // File → Open Recent: the last configurations made, opened, checked or migrated (by id;
    // deleted ones drop out). Opening one selects it and shows its properties.
    QMenu *recentMenu() const { return m_recentMenu; }
    void noteRecent(const QString &id);
    void openRecent(const QString &id);
    UiState *uiState() const { return m_uiState.get(); }
    // Window geometry, toolbar state and the table's columns, to ui-state.ini.
    void saveUiState();

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    QList<ims::Configuration> selectedConfigurations() const;
    void updateActions();
    void updateSandboxBanner();
    void startSandbox();
    void showMessage(const QString &text);
    void removeConfigurations(const QList<ims::Configuration> &configs);
    void rebuildRecentMenu();

    AppContext *m_context;
    ConfigurationModel *m_model;
    ConfigurationFilter *m_filter;
    QTableView *m_view;
    HealthRunner *m_runner;
    QLineEdit *m_search;
    QComboBox *m_show;
    QLabel *m_empty;
    QFrame *m_offer;
    QLabel *m_offerText;
    QWidget *m_sandboxBanner = nullptr;
    QAction *m_checkAction;
    QAction *m_checkAllAction;
    QAction *m_propertiesAction;
    QAction *m_migrateAction;
    QAction *m_exportAction;
    QAction *m_duplicateAction;
    QAction *m_deleteAction;
    QAction *m_rollbackAction;
    QAction *m_reportAction;
    std::unique_ptr<UiState> m_uiState;
    QMenu *m_recentMenu = nullptr;
    bool m_columnsRestored = false;
};
