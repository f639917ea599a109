#include "sandboxfaultselector.h"

#include "sandboxserver.h"

#include <imscore/sandbox_faults.h>

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace {

struct FaultText
{
    const char *name;
    const char *title;
    const char *description;
};

// Titles and descriptions for trainers, by fault name. QT_TR_NOOP marks them for translation.
const FaultText kTexts[] = {
    {"timeout", QT_TRANSLATE_NOOP("SandboxFaultSelector", "No answer (timeout)"),
        QT_TRANSLATE_NOOP("SandboxFaultSelector",
            "The sandbox reads the request and never answers, like a server behind a dead proxy.")},
    {"refused", QT_TRANSLATE_NOOP("SandboxFaultSelector", "Connection refused"),
        QT_TRANSLATE_NOOP("SandboxFaultSelector",
            "The sandbox stops listening: like a wrong port or a firewall that rejects the connection.")},
    {"reset", QT_TRANSLATE_NOOP("SandboxFaultSelector", "Connection reset mid-answer"),
        QT_TRANSLATE_NOOP("SandboxFaultSelector",
            "The sandbox starts a token answer and resets the connection halfway, like an unstable VPN.")},
    {"slow-drip", QT_TRANSLATE_NOOP("SandboxFaultSelector", "Very slow answer"),
        QT_TRANSLATE_NOOP("SandboxFaultSelector",
            "The sandbox sends its answer one byte at a time, too slowly to finish in time.")},
    {"tls-untrusted", QT_TRANSLATE_NOOP("SandboxFaultSelector", "Certificate from an untrusted CA"),
        QT_TRANSLATE_NOOP("SandboxFaultSelector",
            "The sandbox presents a certificate from an unknown CA, as a TLS-inspecting corporate proxy does.")},
    {"tls-wrong-host", QT_TRANSLATE_NOOP("SandboxFaultSelector", "Certificate for another host"),
        QT_TRANSLATE_NOOP("SandboxFaultSelector",
            "The sandbox presents a certificate made for a different host name.")},
    {"tls-expired", QT_TRANSLATE_NOOP("SandboxFaultSelector", "Expired server certificate"),
        QT_TRANSLATE_NOOP("SandboxFaultSelector", "The sandbox presents a certificate that expired yesterday.")},
    {"invalid-client-id", QT_TRANSLATE_NOOP("SandboxFaultSelector", "Unknown client ID (400)"),
        QT_TRANSLATE_NOOP("SandboxFaultSelector",
            "IMS answers 400 invalid_client \"invalid client_id parameter\": a mistyped client ID.")},
    {"invalid-client-secret", QT_TRANSLATE_NOOP("SandboxFaultSelector", "Wrong client secret (400)"),
        QT_TRANSLATE_NOOP("SandboxFaultSelector",
            "IMS answers 400 invalid_client \"invalid client_secret parameter\": a wrong or rotated secret.")},
    {"invalid-scope", QT_TRANSLATE_NOOP("SandboxFaultSelector", "Scope not granted (400)"),
        QT_TRANSLATE_NOOP("SandboxFaultSelector",
            "IMS answers 400 invalid_scope: a scope the credential does not have.")},
    {"invalid-token", QT_TRANSLATE_NOOP("SandboxFaultSelector", "JWT rejected (400)"),
        QT_TRANSLATE_NOOP("SandboxFaultSelector",
            "IMS answers 400 invalid_token \"JWT expired\": a legacy JWT signed with a wrong clock.")},
    {"jwt-signature-mismatch", QT_TRANSLATE_NOOP("SandboxFaultSelector", "JWT key not uploaded (400)"),
        QT_TRANSLATE_NOOP("SandboxFaultSelector",
            "IMS answers 400 invalid_token \"Could not match JWT signature to any of the bindings\".")},
    {"invalid-signature", QT_TRANSLATE_NOOP("SandboxFaultSelector", "Invalid JWT signature (400)"),
        QT_TRANSLATE_NOOP("SandboxFaultSelector", "IMS answers 400 invalid_signature.")},
    {"bad-request", QT_TRANSLATE_NOOP("SandboxFaultSelector", "Bad request (400)"),
        QT_TRANSLATE_NOOP("SandboxFaultSelector",
            "IMS answers 400 bad_request: a malformed organization or technical account ID.")},
    {"invalid-request", QT_TRANSLATE_NOOP("SandboxFaultSelector", "Malformed request (400)"),
        QT_TRANSLATE_NOOP("SandboxFaultSelector",
            "IMS answers 400 invalid_request: a request body IMS cannot read.")},
    {"unsupported-grant-type", QT_TRANSLATE_NOOP("SandboxFaultSelector", "Wrong credential type (400)"),
        QT_TRANSLATE_NOOP("SandboxFaultSelector",
            "IMS answers 400 unsupported_grant_type: a user-login credential used for server-to-server.")},
    {"unauthorized-401", QT_TRANSLATE_NOOP("SandboxFaultSelector", "Client not authorized (401)"),
        QT_TRANSLATE_NOOP("SandboxFaultSelector",
            "IMS answers 401 invalid_client: the credential lacks the API this configuration needs.")},
    {"throttled-429", QT_TRANSLATE_NOOP("SandboxFaultSelector", "Too many requests (429)"),
        QT_TRANSLATE_NOOP("SandboxFaultSelector", "IMS answers 429 with Retry-After: 120.")},
    {"server-error-500", QT_TRANSLATE_NOOP("SandboxFaultSelector", "IMS internal error (500)"),
        QT_TRANSLATE_NOOP("SandboxFaultSelector", "IMS answers 500 internal_error \"Please try again later\".")},
    {"not-json", QT_TRANSLATE_NOOP("SandboxFaultSelector", "Captive portal page"),
        QT_TRANSLATE_NOOP("SandboxFaultSelector",
            "An HTML page answers instead of IMS, like a hotel or guest network's login page.")},
    {"malformed-token", QT_TRANSLATE_NOOP("SandboxFaultSelector", "Answer without a token"),
        QT_TRANSLATE_NOOP("SandboxFaultSelector",
            "A 200 answer in JSON without an access_token: another service answers in IMS's place.")},
    {"huge-body", QT_TRANSLATE_NOOP("SandboxFaultSelector", "50 MB answer"),
        QT_TRANSLATE_NOOP("SandboxFaultSelector",
            "The server sends 50 MB; the wizard reads at most 1 MB of any answer.")},
    {"redirect-other-host", QT_TRANSLATE_NOOP("SandboxFaultSelector", "Redirect to another host"),
        QT_TRANSLATE_NOOP("SandboxFaultSelector",
            "The server redirects the token request to another host; the wizard never re-sends the secret.")},
    {"clock-skew", QT_TRANSLATE_NOOP("SandboxFaultSelector", "Server clock 10 minutes off"),
        QT_TRANSLATE_NOOP("SandboxFaultSelector",
            "The token is issued, but the server's clock is 10 minutes ahead: the wizard explains the skew.")},
};

const FaultText *textFor(const ims::SandboxFault &fault)
{
    for (const FaultText &text : kTexts) {
        if (fault.name == text.name)
            return &text;
    }
    return nullptr;
}

} // namespace

QString SandboxFaultSelector::title(const ims::SandboxFault &fault)
{
    const FaultText *text = textFor(fault);
    return text ? tr(text->title) : QString::fromUtf8(fault.name.data(), qsizetype(fault.name.size()));
}

QString SandboxFaultSelector::description(const ims::SandboxFault &fault)
{
    const FaultText *text = textFor(fault);
    return text ? tr(text->description) : QString();
}

SandboxFaultSelector::SandboxFaultSelector(SandboxServer *server, QWidget *parent)
    : QWidget(parent)
    , m_server(server)
    , m_combo(new QComboBox(this))
    , m_description(new QLabel(this))
{
    setObjectName(QStringLiteral("sandboxFaultSelector"));
    m_combo->setObjectName(QStringLiteral("sandboxFaultCombo"));
    m_description->setObjectName(QStringLiteral("sandboxFaultDescription"));
    m_description->setWordWrap(true);
    auto *label = new QLabel(tr("Simulate a prob&lem:"), this);
    label->setBuddy(m_combo);
    m_combo->addItem(tr("None: the sandbox works normally"), QString());
    for (const ims::SandboxFault &fault : ims::sandboxFaults()) {
        const QString name = QString::fromUtf8(fault.name.data(), qsizetype(fault.name.size()));
        m_combo->addItem(title(fault), name);
        m_combo->setItemData(m_combo->count() - 1, description(fault), Qt::ToolTipRole);
    }
    m_combo->setToolTip(tr("For trainers: the next check meets this problem, so you can show its message."));

    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(label);
    row->addWidget(m_combo, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(m_description);

    showCurrent();
    connect(m_combo, &QComboBox::activated, this, &SandboxFaultSelector::choose);
    // Several pages show a selector: each follows the sandbox.
    connect(m_server, &SandboxServer::faultChanged, this, &SandboxFaultSelector::showCurrent);
}

void SandboxFaultSelector::choose(int index)
{
    const QString name = m_combo->itemData(index).toString();
    const ims::SandboxFault *fault = name.isEmpty() ? nullptr : ims::findSandboxFault(name.toStdString());
    QString error;
    if (!m_server->setFault(fault, &error)) {
        showCurrent();
        m_description->setText(error); // inline, no modal dialog in the flow
        m_description->setVisible(true);
    }
}

void SandboxFaultSelector::showCurrent()
{
    const ims::SandboxFault *fault = m_server->fault();
    const QString name
        = fault ? QString::fromUtf8(fault->name.data(), qsizetype(fault->name.size())) : QString();
    const QSignalBlocker block(m_combo);
    m_combo->setCurrentIndex(std::max(0, m_combo->findData(name)));
    m_description->setText(fault ? description(*fault) : QString());
    m_description->setVisible(fault != nullptr);
}
