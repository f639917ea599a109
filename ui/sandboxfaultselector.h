#pragma once
// "Simulate a problem" on the training sandbox's pages: a trainer picks a fault mode and the
// next check shows what that mistake or network failure looks like. Texts for trainers live here
// (translated); the modes themselves are core's (imscore/sandbox_faults.h).

#include <QWidget>

namespace ims {
struct SandboxFault;
}
class QComboBox;
class QLabel;
class SandboxServer;

class SandboxFaultSelector : public QWidget
{
    Q_OBJECT
public:
    explicit SandboxFaultSelector(SandboxServer *server, QWidget *parent = nullptr);

    // Short name for the list ("Wrong client secret (400 invalid_client)") and what it shows.
    static QString title(const ims::SandboxFault &fault);
    static QString description(const ims::SandboxFault &fault);

    QComboBox *combo() const { return m_combo; }

private:
    void choose(int index);
    void showCurrent();

    SandboxServer *m_server;
    QComboBox *m_combo;
    QLabel *m_description;
};
