#pragma once
// The list of saved configurations with their last health result, like AEM's Adobe IMS
// Configurations page. Grows into the full console (issue: console and migration).

#include <imscore/configuration.h>

#include <QMainWindow>

class AppContext;
class HealthCheck;
class QFrame;
class QLabel;
class QTreeWidget;
class QAction;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(AppContext *context, QWidget *parent = nullptr);

    void reload();
    // Opens the new-configuration wizard (modeless); returns it for tests.
    class ImsWizard *newConfiguration();
    void checkSelected();
    // Shown when Adobe IMS cannot be reached: offers the training sandbox.
    void offerSandbox(const QString &reason);

private:
    void updateSandboxBanner();
    void startSandbox();

    AppContext *m_context;
    QTreeWidget *m_table;
    QLabel *m_empty;
    QFrame *m_offer;
    QLabel *m_offerText;
    QWidget *m_sandboxBanner = nullptr;
    QAction *m_checkAction;
    std::vector<ims::Configuration> m_configs;
};
