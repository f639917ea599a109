#include "aemversionpage.h"

#include "appcontext.h"
#include "imswizard.h"

#include <imscore/cloud_service.h>
#include <imscore/wizard_flow.h>

#include <QButtonGroup>
#include <QGroupBox>
#include <QLabel>
#include <QRadioButton>
#include <QSettings>
#include <QVBoxLayout>

namespace {
constexpr char kLastVersionKey[] = "wizard/lastAemVersion";

QString hotfixName()
{
    return QString::fromLatin1(ims::kOAuthCompatibilityHotfix.data(), qsizetype(ims::kOAuthCompatibilityHotfix.size()));
}
} // namespace

AemVersionPage::AemVersionPage(ImsWizard *wizard) : QWizardPage(wizard), m_wizard(wizard)
{
    setTitle(tr("AEM version"));
    setSubTitle(tr("Which AEM will use this configuration? The version decides what AEM can store and which "
                   "authentication it supports."));

    auto *layout = new QVBoxLayout(this);
    if (wizard->context()->sandboxActive())
        layout->addWidget(makeSandboxBanner(this));

    auto *box = new QGroupBox(tr("AEM &version"), this);
    auto *boxLayout = new QVBoxLayout(box);
    auto *group = new QButtonGroup(this);
    struct Choice
    {
        ims::AemVersion version;
        const char *objectName;
        QString text;
    };
    const Choice choices[] = {
        {ims::AemVersion::Aem63OrEarlier, "aemVersion63", tr("AEM 6.3 or earlier")},
        {ims::AemVersion::Aem64To65BeforeSp20, "aemVersion64", tr("AEM 6.4, or 6.5 before Service Pack 20")},
        {ims::AemVersion::Aem65Sp20OrHotfix, "aemVersionSp20",
         tr("AEM 6.5 Service Pack 20 or later (or with the OAuth compatibility hotfix)")},
        {ims::AemVersion::CloudService, "aemVersionCloud", tr("AEM as a Cloud Service")},
    };
    for (const Choice &c : choices) {
        auto *button = new QRadioButton(c.text, box);
        button->setObjectName(QLatin1String(c.objectName));
        group->addButton(button);
        boxLayout->addWidget(button);
        m_buttons[c.version] = button;
        const ims::AemVersion version = c.version;
        connect(button, &QRadioButton::toggled, this, [this, version](bool on) {
            if (on)
                choose(version);
        });
    }
    layout->addWidget(box);

    m_consequence = new QLabel(this);
    m_consequence->setObjectName(QStringLiteral("aemVersionConsequence"));
    m_consequence->setWordWrap(true);
    m_consequence->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_consequence);
    layout->addStretch(1);
}

void AemVersionPage::initializePage()
{
    ims::AemVersion version = m_wizard->state().config.aemVersion;
    if (version == ims::AemVersion::Unknown) {
        // The version chosen last time; AEM 6.5 SP20+ the first time.
        ims::AemVersion last = ims::AemVersion::Aem65Sp20OrHotfix;
        const std::string stored = QSettings().value(QLatin1String(kLastVersionKey)).toString().toStdString();
        if (ims::parseAemVersion(stored, last) && last != ims::AemVersion::Unknown)
            version = last;
        else
            version = ims::AemVersion::Aem65Sp20OrHotfix;
    }
    m_buttons[version]->setChecked(true);
    choose(version);
    m_buttons[version]->setFocus();
}

void AemVersionPage::choose(ims::AemVersion version)
{
    ims::Configuration &c = m_wizard->state().config;
    c.aemVersion = version;
    // Keep the later pages consistent: OAuth wherever the version supports it, JWT otherwise.
    c.authType = ims::supportsOAuth(version) ? ims::AuthType::OAuthServerToServer : ims::AuthType::Jwt;
    QString text;
    switch (version) {
    case ims::AemVersion::Aem63OrEarlier:
        text = tr("AEM 6.3 and earlier have no IMS configurations. The wizard prepares the legacy Cloud Services "
                  "configuration instead (Adobe I/O Events: Link Externalizer alias, API key, technical account, "
                  "organization, client secret) with a JWT certificate.");
        break;
    case ims::AemVersion::Aem64To65BeforeSp20:
        text = tr("This AEM stores IMS configurations with JWT only. For OAuth Server-to-Server install Service "
                  "Pack 20 or, on SP11 to SP19, the %1, then choose the next option.")
                   .arg(hotfixName());
        break;
    case ims::AemVersion::Aem65Sp20OrHotfix:
        text = tr("IMS configuration with OAuth Server-to-Server, then the solution's cloud service configuration.");
        break;
    case ims::AemVersion::CloudService:
        text = tr("IMS configuration with OAuth Server-to-Server (deployable as code with $[secret:…] "
                  "placeholders), then the solution's cloud service configuration.");
        break;
    case ims::AemVersion::Unknown: break;
    }
    m_consequence->setText(text);
    emit completeChanged();
}

bool AemVersionPage::isComplete() const
{
    return ims::canAdvance(ims::WizardPage::AemVersion, m_wizard->state());
}

bool AemVersionPage::validatePage()
{
    QSettings().setValue(QLatin1String(kLastVersionKey),
                         QString::fromLatin1(ims::aemVersionName(m_wizard->state().config.aemVersion).data()));
    return true;
}
