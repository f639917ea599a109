#include "importdialog.h"

#include "appcontext.h"
#include "messages.h"
#include "languages.h"

#include <imscore/catalog.h>
#include <imscore/certificates.h>
#include <imscore/secret_store.h>
#include <imscore/wizard_flow.h>

#include <QCheckBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {
constexpr qint64 kMaxFileBytes = 64 * 1024 * 1024;
constexpr int kMaxFiles = 2000;
enum Column { IncludeColumn, TitleColumn, SolutionColumn, AuthColumn, SourceColumn, StatusColumn, ColumnCount };

bool importable(const QString &name)
{
    const QString lower = name.toLower();
    return lower.endsWith(QLatin1String(".json")) || lower.endsWith(QLatin1String(".config"))
        || lower.endsWith(QLatin1String(".zip"));
}
} // namespace

ImportDialog::ImportDialog(AppContext *context, const QStringList &paths, QWidget *parent)
    : QDialog(parent), m_context(context)
{
    setObjectName(QStringLiteral("importDialog"));
    setWindowTitle(tr("Import configurations"));
    resize(980, 460);
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Nothing is saved until you choose Import. Secrets go to the keychain, never to a "
                                "file."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("importTable"));
    m_table->setAccessibleName(tr("Configurations found"));
    m_table->setHorizontalHeaderLabels(
        {tr("Import"), tr("Title"), tr("Cloud solution"), tr("Authentication"), tr("Found in"), tr("Status")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    layout->addWidget(m_table, 1);

    auto *form = new QFormLayout;
    m_secret = new QLineEdit(this);
    m_secret->setObjectName(QStringLiteral("importSecretEdit"));
    m_secret->setEchoMode(QLineEdit::Password);
    m_secret->setAccessibleName(tr("Client secret for the selected configuration"));
    m_secret->setPlaceholderText(tr("when the file has a $[secret:…] placeholder or none"));
    auto *secretLabel = new QLabel(tr("Client &secret for the selected row:"), this);
    secretLabel->setBuddy(m_secret);
    form->addRow(secretLabel, m_secret);
    layout->addLayout(form);
    if (context->sandboxActive()) {
        m_useSandbox = new QCheckBox(tr("Use them with the &training sandbox (for demonstrations)"), this);
        m_useSandbox->setObjectName(QStringLiteral("importUseSandbox"));
        layout->addWidget(m_useSandbox);
        connect(m_useSandbox, &QCheckBox::toggled, this, &ImportDialog::setUseSandbox);
    }
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("importStatus"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_import = buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_import->setObjectName(QStringLiteral("importButton"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_import, &QPushButton::clicked, this, &ImportDialog::importChecked);
    connect(m_table, &QTableWidget::currentCellChanged, this, [this](int row) {
        const bool valid = row >= 0 && row < rowCount();
        m_secret->setEnabled(valid);
        QSignalBlocker block(m_secret);
        m_secret->setText(valid ? QString::fromUtf8(m_enteredSecrets[std::size_t(row)].reveal().data(),
                                                    qsizetype(m_enteredSecrets[std::size_t(row)].size()))
                                : QString());
    });
    connect(m_secret, &QLineEdit::textChanged, this, [this](const QString &text) {
        const int row = m_table->currentRow();
        if (row >= 0)
            setSecret(row, text);
    });
    connect(m_table, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (item->column() == IncludeColumn)
            m_import->setEnabled(true);
    });

    readPaths(paths);
    fillTable();
}

void ImportDialog::readPaths(const QStringList &paths)
{
    QStringList files;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (info.isDir()) {
            QDirIterator it(path, QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext() && files.size() < kMaxFiles) {
                const QString file = it.next();
                if (importable(file))
                    files << file;
            }
        } else {
            files << path;
        }
    }
    for (const QString &path : std::as_const(files)) {
        QFile file(path);
        if (QFileInfo(path).size() > kMaxFileBytes || !file.open(QIODevice::ReadOnly)) {
            m_unreadable << QFileInfo(path).fileName();
            continue;
        }
        QByteArray bytes = file.readAll();
        auto found = ims::importAnyFile(QFileInfo(path).fileName().toStdString(),
                                        std::string_view(bytes.constData(), std::size_t(bytes.size())));
        bytes.fill('\0');
        for (auto &f : found) {
            if (f.source.empty())
                f.source = QFileInfo(path).fileName().toStdString();
            if (f.config.title.empty())
                f.config.title = QFileInfo(path).completeBaseName().toStdString();
            if (f.config.solutionId.empty())
                f.config.solutionId = "custom";
            m_found.push_back(std::move(f));
        }
    }
    m_enteredSecrets.resize(m_found.size());
}

QStringList ImportDialog::missing(int row) const
{
    const ims::FoundConfiguration &f = m_found[std::size_t(row)];
    QStringList out;
    // A file that was not understood at all says why.
    for (const ims::FieldProblem &p : f.problems)
        if (p.field == ims::Field::Document && p.problem != ims::Problem::JwtCredential)
            return {Messages::describe(p)};
    ims::WizardState state;
    state.config = f.config;
    state.hasClientSecret = !f.clientSecrets.empty() || !m_enteredSecrets[std::size_t(row)].empty();
    const bool jwt = f.config.authType == ims::AuthType::Jwt;
    auto add = [&out](const std::vector<ims::FieldProblem> &problems) {
        for (const ims::FieldProblem &p : problems)
            out << Messages::describe(p);
    };
    add(ims::pageProblems(jwt ? ims::WizardPage::JwtCredentials : ims::WizardPage::Credentials, state));
    if (!ims::findSolution(f.config.solutionId))
        out << Messages::describe(ims::FieldProblem{ims::Field::Solution, ims::Problem::UnknownSolution, {}});
    return out;
}

void ImportDialog::fillTable()
{
    QSignalBlocker block(m_table);
    m_table->setRowCount(rowCount());
    for (int row = 0; row < rowCount(); ++row) {
        const ims::Configuration &c = m_found[std::size_t(row)].config;
        auto *include = new QTableWidgetItem;
        m_table->setItem(row, IncludeColumn, include);
        m_table->setItem(row, TitleColumn, new QTableWidgetItem(qs(c.title)));
        const ims::CloudSolution *solution = ims::findSolution(c.solutionId);
        m_table->setItem(row, SolutionColumn,
                         new QTableWidgetItem(solution ? Languages::solutionName(solution->id, solution->name)
                                                       : qs(c.solutionId)));
        m_table->setItem(row, AuthColumn,
                         new QTableWidgetItem(c.authType == ims::AuthType::Jwt ? tr("JWT Credentials (deprecated)")
                                                                               : tr("OAuth Server-to-Server")));
        m_table->setItem(row, SourceColumn, new QTableWidgetItem(qs(m_found[std::size_t(row)].source)));
        m_table->setItem(row, StatusColumn, new QTableWidgetItem);
        refreshRow(row);
    }
    m_table->resizeColumnsToContents();
    QStringList summary;
    summary << tr("Found %n configuration(s).", nullptr, rowCount());
    if (!m_unreadable.isEmpty())
        summary << tr("Could not read: %1").arg(m_unreadable.join(QStringLiteral(", ")));
    m_status->setText(summary.join(QLatin1Char(' ')));
    if (rowCount() > 0)
        m_table->setCurrentCell(0, TitleColumn);
}

void ImportDialog::refreshRow(int row)
{
    const QStringList problems = missing(row);
    QTableWidgetItem *include = m_table->item(row, IncludeColumn);
    QTableWidgetItem *status = m_table->item(row, StatusColumn);
    const ims::FoundConfiguration &f = m_found[std::size_t(row)];
    QString ready = tr("Ready");
    // A JWT configuration from AEM comes without its key (that stays in AEM's keystore): it can
    // still be imported, inspected and migrated, just not checked as JWT.
    if (f.config.authType == ims::AuthType::Jwt && f.privateKeyPem.empty())
        ready = tr("Ready — without its private key: migrate it to OAuth to check it");
    if (!f.secretPlaceholder.empty() && !m_enteredSecrets[std::size_t(row)].empty())
        ready = tr("Ready (secret entered for %1)").arg(qs(f.secretPlaceholder));
    status->setText(problems.isEmpty() ? QStringLiteral("✔ ") + ready
                                       : QStringLiteral("✖ ") + tr("Missing: %1").arg(problems.join(QLatin1Char(' '))));
    status->setToolTip(problems.join(QLatin1Char('\n')));
    // Only complete rows can be chosen; complete ones are chosen by default.
    Qt::ItemFlags flags = Qt::ItemIsSelectable | Qt::ItemIsEnabled;
    if (problems.isEmpty())
        flags |= Qt::ItemIsUserCheckable;
    include->setFlags(flags);
    const bool wasUnset = include->data(Qt::CheckStateRole).isNull();
    if (!problems.isEmpty())
        include->setCheckState(Qt::Unchecked);
    else if (wasUnset || include->checkState() == Qt::Unchecked)
        include->setCheckState(Qt::Checked);
}

void ImportDialog::setSecret(int row, const QString &secret)
{
    m_enteredSecrets[std::size_t(row)] = ims::Secret(secret.trimmed().toStdString());
    QSignalBlocker block(m_table);
    refreshRow(row);
}

void ImportDialog::setUseSandbox(bool use)
{
    if (!m_context->sandboxActive())
        return;
    if (m_useSandbox && m_useSandbox->isChecked() != use)
        m_useSandbox->setChecked(use); // comes back here through toggled
    const std::string sandbox = m_context->sandboxUrl().toString(QUrl::StripTrailingSlash).toStdString();
    for (std::size_t row = 0; row < m_found.size(); ++row) {
        ims::Configuration &c = m_found[row].config;
        if (use) {
            m_originalServers.resize(m_found.size());
            if (!c.sandbox)
                m_originalServers[row] = c.authorizationServer;
            c.authorizationServer = sandbox;
            c.sandbox = true;
        } else if (row < m_originalServers.size() && c.sandbox) {
            c.authorizationServer = m_originalServers[row];
            c.sandbox = false;
        }
    }
    QSignalBlocker block(m_table);
    for (int row = 0; row < rowCount(); ++row)
        refreshRow(row);
}

void ImportDialog::setChecked(int row, bool checked)
{
    m_table->item(row, IncludeColumn)->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
}

void ImportDialog::importChecked()
{
    std::vector<int> rows;
    for (int row = 0; row < rowCount(); ++row)
        if (m_table->item(row, IncludeColumn)->checkState() == Qt::Checked && missing(row).isEmpty())
            rows.push_back(row);
    if (rows.empty()) {
        m_status->setText(tr("Choose at least one complete configuration to import."));
        return;
    }
    m_import->setEnabled(false);
    saveNext(std::move(rows), 0);
}

void ImportDialog::saveNext(std::vector<int> rows, int done)
{
    if (rows.empty()) {
        m_status->setText(tr("Imported %n configuration(s).", nullptr, done));
        emit imported(done);
        accept();
        return;
    }
    const int row = rows.front();
    rows.erase(rows.begin());
    const ims::FoundConfiguration &f = m_found[std::size_t(row)];
    ims::Configuration config = f.config;
    config.id = ims::newConfigurationId();
    config.clientSecretRef = ims::clientSecretKey(config.id);
    config.privateKeyRef = f.privateKeyPem.empty() ? std::string() : ims::privateKeyKey(config.id);
    config.createdAt = config.updatedAt = QDateTime::currentSecsSinceEpoch();
    const ims::Secret secret = !m_enteredSecrets[std::size_t(row)].empty() ? m_enteredSecrets[std::size_t(row)]
                                                                           : f.clientSecrets.front();
    const ims::Secret privateKey = f.privateKeyPem;
    ims::SecretStore *secrets = m_context->secrets();
    QPointer<ImportDialog> self(this);
    auto fail = [self, secrets, config](const ims::Error &error) {
        secrets->remove(config.clientSecretRef, [](auto) {});
        if (!config.privateKeyRef.empty())
            secrets->remove(config.privateKeyRef, [](auto) {});
        if (self) {
            self->m_status->setText(tr("Stopped at \"%1\": %2").arg(qs(config.title), Messages::describe(error).title));
            self->m_import->setEnabled(true);
        }
    };
    auto saveConfig = [self, config, rows, done, fail] {
        if (!self)
            return;
        if (auto error = self->m_context->store().upsert(config))
            return fail(*error);
        self->saveNext(rows, done + 1);
    };
    auto saveSecret = [secrets, config, secret, saveConfig, fail] {
        secrets->write(config.clientSecretRef, secret, [saveConfig, fail](std::optional<ims::Error> error) {
            if (error)
                return fail(*error);
            saveConfig();
        });
    };
    if (config.privateKeyRef.empty())
        return saveSecret();
    secrets->write(config.privateKeyRef, privateKey, [saveSecret, fail](std::optional<ims::Error> error) {
        if (error)
            return fail(*error);
        saveSecret();
    });
}
