#include "mainwindow.h"

#include "handoverreport.h"

#include "appcontext.h"
#include "appicon.h"
#include "asyncdialogs.h"
#include "configurationmodel.h"
#include "exportdialog.h"
#include "healthrunner.h"
#include "importdialog.h"
#include "languages.h"
#include "imswizard.h"
#include "logging.h"
#include "messages.h"
#include "migrationwizard.h"
#include "networkdialog.h"
#include "propertiesdialog.h"
#include "uistate.h"

#include <imscore/migration.h>
#include <imscore/secret_store.h>

#include <QAction>
#include <QDateTime>
#include <QDir>
#include <QCloseEvent>
#include <QComboBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPointer>
#include <QMimeData>
#include <QPushButton>
#include <QStatusBar>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace {
constexpr int kColumnWidthSampleRows = 100;
} // namespace

MainWindow::MainWindow(AppContext *context, QWidget *parent)
    : QMainWindow(parent)
    , m_context(context)
    , m_model(new ConfigurationModel(this))
    , m_filter(new ConfigurationFilter(this))
    , m_runner(new HealthRunner(context, 4, this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("IMS Wizard — Adobe IMS configurations"));
    setWindowIcon(appIcon());
    setAcceptDrops(true);
    resize(1100, 600);

    auto *toolbar = addToolBar(tr("Configurations"));
    toolbar->setObjectName(QStringLiteral("mainToolbar"));
    toolbar->setMovable(false);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    auto action = [this](const QString &text, const char *name, QStyle::StandardPixmap icon,
                         const QKeySequence &shortcut) {
        auto *a = new QAction(style()->standardIcon(icon), text, this);
        a->setObjectName(QLatin1String(name));
        a->setShortcut(shortcut);
        return a;
    };
    QAction *create = action(tr("&New configuration…"), "newAction", QStyle::SP_FileIcon, QKeySequence::New);
    QAction *import = action(tr("&Import…"), "importAction", QStyle::SP_DialogOpenButton, QKeySequence::Open);
    m_checkAction = action(tr("&Check health"), "checkAction", QStyle::SP_BrowserReload, QKeySequence::Refresh);
    m_checkAllAction = action(tr("Check &all"), "checkAllAction", QStyle::SP_BrowserReload,
                              QKeySequence(Qt::SHIFT | Qt::Key_F5));
    m_propertiesAction = action(tr("&Properties"), "propertiesAction", QStyle::SP_FileDialogDetailedView,
                                QKeySequence(Qt::ALT | Qt::Key_Return));
    m_migrateAction = action(tr("&Migrate to OAuth…"), "migrateAction", QStyle::SP_ArrowRight,
                             QKeySequence(Qt::CTRL | Qt::Key_M));
    m_exportAction = action(tr("&Export…"), "exportAction", QStyle::SP_DialogSaveButton,
                            QKeySequence(Qt::CTRL | Qt::Key_E));
    m_duplicateAction = action(tr("D&uplicate"), "duplicateAction", QStyle::SP_FileLinkIcon,
                               QKeySequence(Qt::CTRL | Qt::Key_D));
    m_deleteAction = action(tr("&Delete…"), "deleteAction", QStyle::SP_TrashIcon, QKeySequence::Delete);
    m_rollbackAction = action(tr("&Roll back migration…"), "rollbackAction", QStyle::SP_ArrowBack, {});
    m_reportAction = action(tr("&Handover report…"), "reportAction", QStyle::SP_FileDialogContentsView,
                            QKeySequence(Qt::CTRL | Qt::Key_R));
    for (QAction *a : {create, import, m_checkAction, m_checkAllAction, m_propertiesAction, m_migrateAction,
                       m_exportAction})
        toolbar->addAction(a);

    // File: Open Recent and Quit (the configuration actions live in their own menu).
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    fileMenu->setObjectName(QStringLiteral("fileMenu"));
    m_recentMenu = fileMenu->addMenu(tr("Open &Recent"));
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::rebuildRecentMenu);
    fileMenu->addSeparator();
    auto *quit = new QAction(tr("&Quit"), this);
    quit->setObjectName(QStringLiteral("quitAction"));
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, this, &QWidget::close);
    fileMenu->addAction(quit);

    QMenu *menu = menuBar()->addMenu(tr("&Configuration"));
    menu->addActions({create, import});
    menu->addSeparator();
    menu->addActions({m_checkAction, m_checkAllAction, m_propertiesAction, m_migrateAction, m_rollbackAction,
                      m_exportAction, m_duplicateAction, m_deleteAction});
    menu->addSeparator();
    menu->addAction(m_reportAction);
    QMenu *settingsMenu = menuBar()->addMenu(tr("&Settings"));
    settingsMenu->addAction(tr("&Network…"), this, [this] {
        auto *dialog = new NetworkDialog(m_context, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    })->setObjectName(QStringLiteral("networkAction"));
    Languages::addMenu(settingsMenu, this);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);

    m_offer = new QFrame(central);
    m_offer->setObjectName(QStringLiteral("sandboxOffer"));
    m_offer->setFrameShape(QFrame::StyledPanel);
    auto *offerLayout = new QHBoxLayout(m_offer);
    m_offerText = new QLabel(m_offer);
    m_offerText->setWordWrap(true);
    auto *offerButton = new QPushButton(tr("Use the &training sandbox"), m_offer);
    offerButton->setObjectName(QStringLiteral("useSandboxButton"));
    offerLayout->addWidget(m_offerText, 1);
    offerLayout->addWidget(offerButton);
    m_offer->hide();
    layout->addWidget(m_offer);

    auto *filterRow = new QHBoxLayout;
    m_search = new QLineEdit(central);
    m_search->setObjectName(QStringLiteral("searchEdit"));
    m_search->setPlaceholderText(tr("Search title, solution, server, client ID…"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search configurations"));
    auto *searchLabel = new QLabel(tr("&Search:"), central);
    searchLabel->setBuddy(m_search);
    m_show = new QComboBox(central);
    m_show->setObjectName(QStringLiteral("showCombo"));
    m_show->setAccessibleName(tr("Show"));
    m_show->addItem(tr("All configurations"), ConfigurationFilter::ShowAll);
    m_show->addItem(tr("OAuth Server-to-Server"), ConfigurationFilter::ShowOAuth);
    m_show->addItem(tr("JWT (to migrate)"), ConfigurationFilter::ShowJwt);
    m_show->addItem(tr("Failing health check"), ConfigurationFilter::ShowFailing);
    auto *showLabel = new QLabel(tr("Sho&w:"), central);
    showLabel->setBuddy(m_show);
    filterRow->addWidget(searchLabel);
    filterRow->addWidget(m_search, 1);
    filterRow->addWidget(showLabel);
    filterRow->addWidget(m_show);
    layout->addLayout(filterRow);

    m_filter->setSourceModel(m_model);
    m_view = new QTableView(central);
    m_view->setObjectName(QStringLiteral("configurationTable"));
    m_view->setAccessibleName(tr("IMS configurations"));
    m_view->setModel(m_filter);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(ConfigurationModel::TitleColumn, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->horizontalHeader()->setStretchLastSection(true);
    // Column widths from the first rows only: measuring all of 1,000 configurations made opening
    // the console take a fifth of a second (bench/: console open).
    m_view->horizontalHeader()->setResizeContentsPrecision(kColumnWidthSampleRows);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_view->addActions({m_checkAction, m_propertiesAction, m_migrateAction, m_rollbackAction, m_exportAction,
                        m_duplicateAction, m_deleteAction});
    layout->addWidget(m_view, 1);

    m_empty = new QLabel(tr("No IMS configurations yet. Choose \"New configuration\" (Ctrl+N) or \"Import\" "
                            "(Ctrl+O), or drop files here."),
                         central);
    m_empty->setObjectName(QStringLiteral("emptyLabel"));
    m_empty->setAlignment(Qt::AlignCenter);
    layout->addWidget(m_empty);
    setCentralWidget(central);

    connect(create, &QAction::triggered, this, &MainWindow::newConfiguration);
    connect(import, &QAction::triggered, this, [this] {
        askForFiles(this, tr("Import configurations"),
                    tr("Configurations (*.json *.cfg.json *.config *.zip);;All files (*)"), FileDialogMode::OpenMany,
                    {}, [this](const QStringList &paths) { importFiles(paths); });
    });
    connect(m_checkAction, &QAction::triggered, this, &MainWindow::checkSelected);
    connect(m_checkAllAction, &QAction::triggered, this, &MainWindow::checkAll);
    connect(m_propertiesAction, &QAction::triggered, this, &MainWindow::showProperties);
    connect(m_migrateAction, &QAction::triggered, this, &MainWindow::migrateSelected);
    connect(m_exportAction, &QAction::triggered, this, &MainWindow::exportSelected);
    connect(m_reportAction, &QAction::triggered, this, &MainWindow::showHandoverReport);
    connect(m_duplicateAction, &QAction::triggered, this, &MainWindow::duplicateSelected);
    connect(m_deleteAction, &QAction::triggered, this, [this] { deleteSelected(true); });
    connect(m_rollbackAction, &QAction::triggered, this, [this] { rollBackSelected(true); });
    connect(m_view, &QTableView::doubleClicked, this, &MainWindow::showProperties);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &MainWindow::updateActions);
    connect(m_search, &QLineEdit::textChanged, m_filter, &ConfigurationFilter::setSearch);
    connect(m_show, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setShow(ConfigurationFilter::Show(m_show->currentData().toInt())); });
    connect(offerButton, &QPushButton::clicked, this, &MainWindow::startSandbox);
    connect(context, &AppContext::configurationsChanged, this, &MainWindow::reload);
    connect(context, &AppContext::configurationsChangedElsewhere, this, [this] {
        reload();
        showMessage(tr("Reloaded: another program (a command-line run, say) changed the configurations."));
    });
    context->watchForOtherWriters(); // a command-line run beside the window shows up in it
    connect(context, &AppContext::sandboxChanged, this, &MainWindow::updateSandboxBanner);
    connect(m_runner, &HealthRunner::started, this, [this](const QString &id) { m_model->setChecking(id, true); });
    connect(m_runner, &HealthRunner::finished, this,
            [this](const ims::Configuration &updated, const ims::HealthReport &) {
                m_model->setChecking(qs(updated.id), false);
                m_model->updateConfiguration(updated);
            });
    connect(m_runner, &HealthRunner::allDone, this, [this] { showMessage(tr("Health checks finished.")); });
    updateSandboxBanner();

    // Where the user left the window and its columns (nothing secret: ui-state.ini).
    m_uiState = std::make_unique<UiState>(context->configDir());
    m_uiState->restoreMainWindow(objectName(), this);
    m_columnsRestored = m_uiState->restoreHeader(QStringLiteral("configurationTable"), m_view->horizontalHeader());
    reload();
    rebuildRecentMenu();
}

MainWindow::~MainWindow() = default;

void MainWindow::saveUiState()
{
    m_uiState->saveMainWindow(objectName(), this);
    m_uiState->saveHeader(QStringLiteral("configurationTable"), m_view->horizontalHeader());
    m_uiState->sync();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveUiState();
    QMainWindow::closeEvent(event);
}

void MainWindow::noteRecent(const QString &id)
{
    m_uiState->noteRecent(id);
    // Later, not now: this may run inside one of the menu's own actions, which a rebuild deletes.
    QMetaObject::invokeMethod(this, &MainWindow::rebuildRecentMenu, Qt::QueuedConnection);
}

void MainWindow::openRecent(const QString &id)
{
    if (!m_model->configuration(id)) {
        showMessage(tr("That configuration no longer exists."));
        QMetaObject::invokeMethod(this, &MainWindow::rebuildRecentMenu, Qt::QueuedConnection);
        return;
    }
    // A filter could hide it: show everything, then select and open it.
    m_search->clear();
    m_show->setCurrentIndex(0);
    selectConfiguration(id);
    showProperties();
}

void MainWindow::rebuildRecentMenu()
{
    QStringList existing;
    for (int row = 0; row < m_model->rowCount(); ++row)
        existing << m_model->index(row, 0).data(ConfigurationModel::IdRole).toString();
    m_uiState->keepOnlyRecent(existing);
    m_recentMenu->clear();
    const QStringList recent = m_uiState->recentConfigurations();
    int number = 0;
    for (const QString &id : recent) {
        const ims::Configuration *config = m_model->configuration(id);
        if (!config)
            continue;
        ++number;
        // "&1 Adobe Target": a digit mnemonic for each of the eight entries.
        const QString title = qs(config->title).replace(QLatin1Char('&'), QStringLiteral("&&"));
        QAction *open = m_recentMenu->addAction(tr("&%1 %2").arg(number).arg(title));
        open->setData(id);
        open->setObjectName(QStringLiteral("recent_") + id);
        connect(open, &QAction::triggered, this, [this, id] {
            const QString chosen = id; // the action may be rebuilt away while this runs
            openRecent(chosen);
        });
    }
    if (recent.isEmpty()) {
        m_recentMenu->addAction(tr("(none yet)"))->setEnabled(false);
    } else {
        m_recentMenu->addSeparator();
        QAction *clear = m_recentMenu->addAction(tr("&Clear list"));
        clear->setObjectName(QStringLiteral("clearRecentAction"));
        connect(clear, &QAction::triggered, this, [this] {
            m_uiState->keepOnlyRecent({});
            QMetaObject::invokeMethod(this, &MainWindow::rebuildRecentMenu, Qt::QueuedConnection);
        });
    }
}

void MainWindow::reload()
{
    // The selection survives a reload (a dialog recording, say, a missing secret reloads the list).
    QStringList selectedIds;
    for (const ims::Configuration &c : selectedConfigurations())
        selectedIds << qs(c.id);
    auto loaded = m_context->store().load();
    if (!loaded) {
        const UserMessage m = Messages::describe(loaded.error());
        showMessage(tr("%1: %2", "error title: what to do").arg(m.title, m.remedy));
        m_model->setConfigurations({});
    } else {
        m_model->setConfigurations(std::move(loaded).value());
    }
    if (!m_columnsRestored) // the user's own column widths win over the automatic ones
        m_view->resizeColumnsToContents();
    m_empty->setVisible(m_model->rowCount() == 0);
    for (const QString &id : selectedIds) {
        const int row = m_model->rowOf(id);
        if (row < 0)
            continue;
        const QModelIndex index = m_filter->mapFromSource(m_model->index(row, 0));
        if (index.isValid())
            m_view->selectionModel()->select(index, QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }
    updateActions();
    showMessage(tr("%n configuration(s) in %1", nullptr, m_model->rowCount())
                    .arg(QString::fromStdString(m_context->store().path().string())));
}

QList<ims::Configuration> MainWindow::selectedConfigurations() const
{
    QList<ims::Configuration> out;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows()) {
        const QString id = index.data(ConfigurationModel::IdRole).toString();
        if (const ims::Configuration *c = m_model->configuration(id))
            out << *c;
    }
    return out;
}

void MainWindow::selectConfiguration(const QString &id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    const QModelIndex index = m_filter->mapFromSource(m_model->index(row, 0));
    m_view->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    // Not QAbstractItemView::setCurrentIndex: with Ctrl held (a shortcut just used) it would toggle
    // the row back out of the selection.
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::NoUpdate);
    m_view->scrollTo(index);
}

void MainWindow::updateActions()
{
    const auto selected = selectedConfigurations();
    const bool one = selected.size() == 1;
    const bool any = !selected.isEmpty();
    const bool jwt = one && selected.front().authType == ims::AuthType::Jwt && selected.front().rollbackOf.empty();
    bool rollback = false;
    if (one) {
        const ims::Configuration &c = selected.front();
        rollback = !c.rollbackOf.empty() || c.migratedAt != 0;
    }
    m_checkAction->setEnabled(any);
    m_checkAllAction->setEnabled(m_model->rowCount() > 0);
    m_reportAction->setEnabled(m_model->rowCount() > 0);
    m_propertiesAction->setEnabled(one);
    m_migrateAction->setEnabled(jwt);
    m_exportAction->setEnabled(one);
    m_duplicateAction->setEnabled(one && selected.front().rollbackOf.empty());
    m_deleteAction->setEnabled(any);
    m_rollbackAction->setEnabled(rollback);
}

ImsWizard *MainWindow::newConfiguration()
{
    auto *wizard = new ImsWizard(m_context, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->setModal(false);
    connect(wizard, &ImsWizard::configurationSaved, this, [this](const QString &id) {
        reload();
        selectConfiguration(id);
        noteRecent(id);
    });
    m_uiState->restoreWindow(QStringLiteral("wizard"), wizard);
    QPointer<ImsWizard> guard(wizard);
    connect(wizard, &QDialog::finished, this, [this, guard] {
        if (guard)
            m_uiState->saveWindow(QStringLiteral("wizard"), guard);
    });
    wizard->show();
    // Keyboard users land in the wizard, not behind it in the console.
    wizard->raise();
    wizard->activateWindow();
    return wizard;
}

void MainWindow::checkSelected()
{
    for (const ims::Configuration &config : selectedConfigurations()) {
        if (config.sandbox && !m_context->sandboxActive())
            startSandbox();
        m_runner->enqueue(config);
    }
}

void MainWindow::checkAll()
{
    bool sandboxStarted = m_context->sandboxActive();
    for (int row = 0; row < m_filter->rowCount(); ++row) {
        const QString id = m_filter->index(row, 0).data(ConfigurationModel::IdRole).toString();
        const ims::Configuration *config = m_model->configuration(id);
        if (!config || !config->rollbackOf.empty())
            continue;
        if (config->sandbox && !sandboxStarted) {
            startSandbox();
            sandboxStarted = true;
        }
        m_runner->enqueue(*config);
    }
    showMessage(tr("Checking %n configuration(s)…", nullptr, m_runner->queued() + m_runner->running()));
}

QWidget *MainWindow::showProperties()
{
    const auto selected = selectedConfigurations();
    if (selected.size() != 1)
        return nullptr;
    noteRecent(qs(selected.front().id));
    auto *dialog = new PropertiesDialog(m_context, selected.front(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &PropertiesDialog::migrateRequested, this, &MainWindow::migrateSelected);
    dialog->open();
    return dialog;
}

MigrationWizard *MainWindow::migrateSelected()
{
    const auto selected = selectedConfigurations();
    if (selected.size() != 1 || selected.front().authType != ims::AuthType::Jwt)
        return nullptr;
    auto *wizard = new MigrationWizard(m_context, selected.front(), this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &MigrationWizard::migrated, this, [this](const QString &id) {
        reload();
        selectConfiguration(id);
        noteRecent(id);
    });
    wizard->show();
    // Keyboard users land in the wizard, not behind it in the console.
    wizard->raise();
    wizard->activateWindow();
    return wizard;
}

ExportDialog *MainWindow::exportSelected()
{
    const auto selected = selectedConfigurations();
    if (selected.size() != 1)
        return nullptr;
    auto *dialog = new ExportDialog(m_context, selected.front(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ExportDialog::exported, this, &MainWindow::showMessage);
    dialog->open();
    return dialog;
}

void MainWindow::duplicateSelected()
{
    const auto selected = selectedConfigurations();
    if (selected.size() != 1)
        return;
    ims::Configuration copy = selected.front();
    copy.id = ims::newConfigurationId();
    copy.title = tr("%1 (copy)").arg(qs(copy.title)).toStdString();
    copy.health.clear();
    copy.migratedAt = 0;
    const ims::Configuration original = selected.front();
    copy.clientSecretRef = ims::clientSecretKey(copy.id);
    copy.privateKeyRef = original.privateKeyRef.empty() ? std::string() : ims::privateKeyKey(copy.id);
    // The copy gets secrets of its own, so deleting one never breaks the other.
    ims::SecretStore *secrets = m_context->secrets();
    QPointer<MainWindow> self(this);
    auto fail = [self](const ims::Error &error) {
        if (self)
            self->showMessage(tr("Not duplicated: %1").arg(Messages::describe(error).title));
    };
    auto saveCopy = [self, copy, fail, secrets] {
        if (!self)
            return;
        if (auto error = self->m_context->store().upsert(copy)) {
            secrets->remove(copy.clientSecretRef, [](auto) {});
            if (!copy.privateKeyRef.empty())
                secrets->remove(copy.privateKeyRef, [](auto) {});
            fail(*error);
            return;
        }
        self->reload();
        self->selectConfiguration(qs(copy.id));
    };
    auto copySecret = [secrets](std::string from, std::string to, std::function<void(std::optional<ims::Error>)> done) {
        secrets->read(from, [secrets, to, done](std::optional<ims::Secret> value, std::optional<ims::Error> error) {
            if (!value) {
                done(error ? error : std::optional<ims::Error>(ims::makeError(ims::ErrorCode::SecretMissing)));
                return;
            }
            secrets->write(to, *value, done);
        });
    };
    copySecret(original.clientSecretRef, copy.clientSecretRef,
               [copySecret, original, copy, saveCopy, fail](std::optional<ims::Error> error) {
                   if (error)
                       return fail(*error);
                   if (copy.privateKeyRef.empty())
                       return saveCopy();
                   copySecret(original.privateKeyRef, copy.privateKeyRef, [saveCopy, fail](std::optional<ims::Error> e) {
                       if (e)
                           return fail(*e);
                       saveCopy();
                   });
               });
}

void MainWindow::deleteSelected(bool askFirst)
{
    const auto selected = selectedConfigurations();
    if (selected.isEmpty())
        return;
    if (!askFirst) {
        removeConfigurations(selected);
        return;
    }
    const QString text = selected.size() == 1
        ? tr("Delete \"%1\"? Its client secret and private key are removed from the keychain too.")
              .arg(qs(selected.front().title))
        : tr("Delete %n configuration(s)? Their secrets are removed from the keychain too.", nullptr,
             int(selected.size()));
    askToConfirm(this, tr("Delete configurations"), text, tr("&Delete"),
                 [this, selected] { removeConfigurations(selected); });
}

void MainWindow::removeConfigurations(const QList<ims::Configuration> &configs)
{
    std::vector<std::string> refs;
    // Load, remove, save under the store's lock (no update of another instance is lost). The
    // store first: if it cannot be written, the secrets stay where they are.
    auto error = m_context->store().update([&](std::vector<ims::Configuration> &all) -> std::optional<ims::Error> {
        std::erase_if(all, [&](const ims::Configuration &c) {
            return std::any_of(configs.begin(), configs.end(), [&](const auto &d) { return d.id == c.id; });
        });
        for (const ims::Configuration &c : configs)
            for (const std::string &ref : ims::secretRefsOnlyIn(c, all))
                refs.push_back(ref);
        return std::nullopt;
    });
    if (error) {
        showMessage(tr("Not deleted: %1").arg(Messages::describe(*error).title));
        return;
    }
    for (const std::string &ref : refs)
        m_context->secrets()->remove(ref, [ref](std::optional<ims::Error> error) {
            if (error)
                qCWarning(lcKeychain) << "could not remove a keychain entry:" << ims::errorCodeName(error->code).data();
        });
    reload();
    showMessage(tr("Deleted %n configuration(s).", nullptr, int(configs.size())));
}

void MainWindow::rollBackSelected(bool askFirst)
{
    const auto selected = selectedConfigurations();
    if (selected.size() != 1)
        return;
    const ims::Configuration c = selected.front();
    const std::string migratedId = c.rollbackOf.empty() ? c.id : c.rollbackOf;
    auto rollBack = [this, migratedId] {
        // One read-modify-write under the store's lock: a command-line run beside the window
        // loses nothing.
        bool nothingToRollBack = false;
        std::vector<std::string> orphaned;
        auto error = m_context->store().update([&](std::vector<ims::Configuration> &configs) -> std::optional<ims::Error> {
            const std::vector<ims::Configuration> before = configs;
            auto after = ims::rollBackMigration(before, migratedId);
            if (after.size() == before.size()
                && std::equal(after.begin(), after.end(), before.begin(),
                              [](const auto &a, const auto &b) { return a.id == b.id && a.authType == b.authType; })) {
                nothingToRollBack = true;
                return ims::makeError(ims::ErrorCode::None, "nothing to roll back"); // writes nothing
            }
            const auto migrated = std::find_if(before.begin(), before.end(), [&](const auto &x) { return x.id == migratedId; });
            if (migrated != before.end())
                orphaned = ims::secretRefsOnlyIn(*migrated, after);
            configs = std::move(after);
            return std::nullopt;
        });
        if (nothingToRollBack)
            return showMessage(tr("There is no migration to roll back."));
        if (error)
            return showMessage(tr("Not rolled back: %1").arg(Messages::describe(*error).title));
        for (const std::string &ref : orphaned)
            m_context->secrets()->remove(ref, [](auto) {});
        reload();
        selectConfiguration(qs(migratedId));
        showMessage(tr("Rolled back: the JWT configuration is in place again."));
    };
    if (!askFirst)
        return rollBack();
    askToConfirm(this, tr("Roll back migration"),
                 tr("Put the JWT configuration back in place of its OAuth replacement? The OAuth client secret is "
                    "removed from the keychain."),
                 tr("&Roll back"), rollBack);
}

ImportDialog *MainWindow::importFiles(const QStringList &paths)
{
    auto *dialog = new ImportDialog(m_context, paths, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ImportDialog::imported, this, [this](int count) {
        reload();
        showMessage(tr("Imported %n configuration(s).", nullptr, count));
    });
    dialog->open();
    return dialog;
}

void MainWindow::offerSandbox(const QString &reason)
{
    if (m_context->sandboxActive())
        return;
    m_offerText->setText(
        tr("%1 You can practise the whole flow against the built-in training sandbox.", "%1: why IMS is not used")
            .arg(reason));
    m_offer->show();
}

void MainWindow::startSandbox()
{
    QString error;
    if (!m_context->startSandbox(AppContext::defaultSandboxStateDir(), &error))
        showMessage(tr("The training sandbox could not start: %1").arg(error));
}

void MainWindow::bringToFront()
{
    if (isMinimized())
        showNormal();
    else
        show();
    raise();
    activateWindow();
    // A wizard or dialog the user was working in stays on top of the console.
    for (QWidget *child : findChildren<QWidget *>(Qt::FindDirectChildrenOnly)) {
        if (child->isWindow() && child->isVisible()) {
            child->raise();
            child->activateWindow();
        }
    }
    showMessage(tr("IMS Wizard was started again; this window is the one in use for %1.")
                    .arg(QDir::toNativeSeparators(m_context->configDir())));
}

void MainWindow::showMessage(const QString &text)
{
    statusBar()->showMessage(text);
}

void MainWindow::updateSandboxBanner()
{
    if (m_context->sandboxActive() && !m_sandboxBanner) {
        m_offer->hide();
        m_sandboxBanner = makeSandboxBanner(centralWidget());
        static_cast<QVBoxLayout *>(centralWidget()->layout())->insertWidget(0, m_sandboxBanner);
        setWindowTitle(tr("IMS Wizard — Training sandbox"));
        showMessage(tr("Training sandbox at %1").arg(m_context->sandboxUrl().toString()));
    }
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    QStringList paths;
    for (const QUrl &url : event->mimeData()->urls())
        if (url.isLocalFile())
            paths << url.toLocalFile();
    if (!paths.isEmpty())
        importFiles(paths);
    event->acceptProposedAction();
}

HandoverReportDialog *MainWindow::showHandoverReport()
{
    // The selected configurations, or every one when nothing is selected.
    std::vector<ims::Configuration> chosen;
    for (const ims::Configuration &c : selectedConfigurations())
        chosen.push_back(c);
    if (chosen.empty())
        chosen = m_model->configurations();
    if (chosen.empty())
        return nullptr;
    const auto now = QDateTime::currentSecsSinceEpoch();
    auto *dialog = new HandoverReportDialog(ims::buildHandoverReport(chosen, now), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}
