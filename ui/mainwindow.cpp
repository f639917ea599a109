#include "mainwindow.h"

#include "appcontext.h"
#include "healthcheck.h"
#include "imswizard.h"
#include "logging.h"
#include "messages.h"

#include <imscore/catalog.h>
#include <imscore/secret_store.h>

#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QStatusBar>
#include <QToolBar>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {
enum Column { TitleColumn, SolutionColumn, AuthColumn, ServerColumn, HealthColumn, ColumnCount };

QString healthText(const ims::HealthRecord *record)
{
    if (!record)
        return MainWindow::tr("Not checked");
    const QString when = QLocale().toString(QDateTime::fromSecsSinceEpoch(record->checkedAt), QLocale::ShortFormat);
    if (record->ok)
        return MainWindow::tr("✔ Token retrieved (%1)").arg(when);
    return MainWindow::tr("✖ %1 (%2)").arg(Messages::describe(ims::makeError(record->error)).title, when);
}
} // namespace

MainWindow::MainWindow(AppContext *context, QWidget *parent) : QMainWindow(parent), m_context(context)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("IMS Wizard — Adobe IMS configurations"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/ims-wizard.svg")));
    resize(980, 560);

    auto *toolbar = addToolBar(tr("Configurations"));
    toolbar->setObjectName(QStringLiteral("mainToolbar"));
    toolbar->setMovable(false);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    QAction *create = toolbar->addAction(style()->standardIcon(QStyle::SP_FileIcon), tr("&New configuration…"));
    create->setObjectName(QStringLiteral("newAction"));
    create->setShortcut(QKeySequence::New);
    m_checkAction = toolbar->addAction(style()->standardIcon(QStyle::SP_BrowserReload), tr("&Check health"));
    m_checkAction->setObjectName(QStringLiteral("checkAction"));
    m_checkAction->setShortcut(QKeySequence::Refresh);
    m_checkAction->setEnabled(false);

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

    m_table = new QTreeWidget(central);
    m_table->setObjectName(QStringLiteral("configurationTable"));
    m_table->setAccessibleName(tr("IMS configurations"));
    m_table->setRootIsDecorated(false);
    m_table->setUniformRowHeights(true);
    m_table->setSortingEnabled(true);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setHeaderLabels({tr("Title"), tr("Cloud solution"), tr("Authentication"), tr("Authorization server"),
                              tr("Last health check")});
    m_table->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->header()->setStretchLastSection(true);
    layout->addWidget(m_table, 1);

    m_empty = new QLabel(tr("No IMS configurations yet. Choose \"New configuration\" (Ctrl+N) to create one."),
                         central);
    m_empty->setObjectName(QStringLiteral("emptyLabel"));
    m_empty->setAlignment(Qt::AlignCenter);
    layout->addWidget(m_empty);
    setCentralWidget(central);

    connect(create, &QAction::triggered, this, &MainWindow::newConfiguration);
    connect(m_checkAction, &QAction::triggered, this, &MainWindow::checkSelected);
    connect(offerButton, &QPushButton::clicked, this, &MainWindow::startSandbox);
    connect(m_table, &QTreeWidget::itemSelectionChanged, this,
            [this] { m_checkAction->setEnabled(!m_table->selectedItems().isEmpty()); });
    connect(context, &AppContext::configurationsChanged, this, &MainWindow::reload);
    connect(context, &AppContext::sandboxChanged, this, &MainWindow::updateSandboxBanner);
    updateSandboxBanner();
    reload();
}

void MainWindow::reload()
{
    auto loaded = m_context->store().load();
    m_table->clear();
    if (!loaded) {
        const UserMessage m = Messages::describe(loaded.error());
        statusBar()->showMessage(m.title + QStringLiteral(": ") + m.remedy);
        m_configs.clear();
        return;
    }
    m_configs = loaded.value();
    for (std::size_t i = 0; i < m_configs.size(); ++i) {
        const ims::Configuration &c = m_configs[i];
        auto *item = new QTreeWidgetItem(m_table);
        item->setData(TitleColumn, Qt::UserRole, qs(c.id));
        item->setText(TitleColumn, c.sandbox ? tr("%1 [sandbox]").arg(qs(c.title)) : qs(c.title));
        const ims::CloudSolution *solution = ims::findSolution(c.solutionId);
        item->setText(SolutionColumn, solution ? qs(solution->name) : qs(c.solutionId));
        item->setText(AuthColumn, c.authType == ims::AuthType::Jwt ? tr("JWT Credentials (deprecated)")
                                                                  : tr("OAuth Server-to-Server"));
        item->setText(ServerColumn, qs(c.authorizationServer));
        item->setText(HealthColumn, healthText(c.lastHealth()));
    }
    m_empty->setVisible(m_configs.empty());
    statusBar()->showMessage(tr("%n configuration(s) in %1", nullptr, int(m_configs.size()))
                                 .arg(QString::fromStdString(m_context->store().path().string())));
}

ImsWizard *MainWindow::newConfiguration()
{
    auto *wizard = new ImsWizard(m_context, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->setModal(false);
    wizard->show();
    return wizard;
}

void MainWindow::checkSelected()
{
    const auto items = m_table->selectedItems();
    for (QTreeWidgetItem *item : items) {
        const std::string id = item->data(TitleColumn, Qt::UserRole).toString().toStdString();
        auto found = std::find_if(m_configs.begin(), m_configs.end(), [&](const auto &c) { return c.id == id; });
        if (found == m_configs.end())
            continue;
        ims::Configuration config = *found;
        if (config.sandbox && !m_context->sandboxActive())
            startSandbox();
        item->setText(HealthColumn, tr("Checking…"));
        QPointer<MainWindow> self(this);
        AppContext *context = m_context;
        m_context->secrets()->read(config.clientSecretRef, [self, context, config](std::optional<ims::Secret> secret,
                                                                                   std::optional<ims::Error> error) {
            if (!self)
                return;
            auto record = [self, context, config](const ims::HealthRecord &health) {
                ims::Configuration updated = config;
                updated.recordHealth(health);
                if (auto storeError = context->store().upsert(updated)) {
                    qCWarning(lcStore) << "could not record the health check:" << ims::errorCodeName(storeError->code).data()
                                       << storeError->detail.c_str();
                    self->statusBar()->showMessage(Messages::describe(*storeError).title);
                }
                self->reload();
            };
            if (!secret) {
                ims::HealthRecord failed;
                failed.checkedAt = QDateTime::currentSecsSinceEpoch();
                failed.error = error ? error->code : ims::ErrorCode::SecretMissing;
                record(failed);
                return;
            }
            auto *check = new HealthCheck(context->transport(), self);
            ims::Configuration target = config;
            target.authorizationServer = context->effectiveServer(config);
            QObject::connect(check, &HealthCheck::finished, self, [check, record](const ims::HealthReport &report) {
                check->deleteLater();
                record(ims::toHealthRecord(report));
            });
            if (config.authType != ims::AuthType::Jwt) {
                check->start(target, *secret);
                return;
            }
            // JWT: the private key comes from the keychain too.
            const ims::Secret clientSecret = *secret;
            context->secrets()->read(config.privateKeyRef, [check, target, clientSecret, record](
                                                               std::optional<ims::Secret> pem,
                                                               std::optional<ims::Error> error) {
                auto key = pem ? ims::PrivateKey::fromPem(pem->reveal())
                               : ims::Result<ims::PrivateKey>(error ? *error : ims::makeError(ims::ErrorCode::SecretMissing));
                if (!key) {
                    check->deleteLater();
                    ims::HealthRecord failed;
                    failed.checkedAt = QDateTime::currentSecsSinceEpoch();
                    failed.error = key.error().code;
                    record(failed);
                    return;
                }
                check->startJwt(target, clientSecret, key.value());
            });
        });
    }
}

void MainWindow::offerSandbox(const QString &reason)
{
    if (m_context->sandboxActive())
        return;
    m_offerText->setText(reason + QLatin1Char(' ')
                         + tr("You can practise the whole flow against the built-in training sandbox."));
    m_offer->show();
}

void MainWindow::startSandbox()
{
    QString error;
    if (!m_context->startSandbox(AppContext::defaultSandboxStateDir(), &error))
        QMessageBox::warning(this, tr("Training sandbox"), tr("The training sandbox could not start: %1").arg(error));
}

void MainWindow::updateSandboxBanner()
{
    if (m_context->sandboxActive() && !m_sandboxBanner) {
        m_offer->hide();
        m_sandboxBanner = makeSandboxBanner(centralWidget());
        static_cast<QVBoxLayout *>(centralWidget()->layout())->insertWidget(0, m_sandboxBanner);
        setWindowTitle(tr("IMS Wizard — Training sandbox"));
        statusBar()->showMessage(tr("Training sandbox at %1").arg(m_context->sandboxUrl().toString()));
    }
}
