#pragma once
// Settings → Network…: system proxy, an explicit proxy (user and password; the password goes to the
// keychain), or none; and an extra CA certificate for a TLS-inspecting proxy (IMS connections only).
// Bad input is reported in the dialog and changes nothing.

#include "networksettings.h"

#include <QDialog>

class AppContext;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

class NetworkDialog : public QDialog
{
    Q_OBJECT
public:
    explicit NetworkDialog(AppContext *context, QWidget *parent = nullptr);

    // Validates, writes the password (if typed) to the keychain, then network.ini, then applies the
    // settings; closes when all of that worked. What the OK button does.
    void save();
    NetworkSettings settingsFromFields() const;

signals:
    void applied();

private:
    void updateEnabled();
    void updateCaSummary();
    void showProblem(const QString &text);
    void finishSave(const NetworkSettings &settings);

    AppContext *m_context;
    NetworkSettings m_loaded;
    QRadioButton *m_system;
    QRadioButton *m_explicit;
    QRadioButton *m_none;
    QLineEdit *m_host;
    QLineEdit *m_port;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QLineEdit *m_caPath;
    QPushButton *m_browse;
    QLabel *m_caSummary;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
    bool m_saving = false;
};
