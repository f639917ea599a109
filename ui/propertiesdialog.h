#pragma once
// A configuration's properties. JWT configurations open read-only, as AEM does, with the way
// to migrate right there; OAuth ones can be renamed and get their scopes corrected.

#include <imscore/configuration.h>

#include <QDialog>

class AppContext;
class QLabel;
class QLineEdit;

class PropertiesDialog : public QDialog
{
    Q_OBJECT
public:
    PropertiesDialog(AppContext *context, const ims::Configuration &config, QWidget *parent = nullptr);
    bool readOnly() const { return m_readOnly; }
    bool save();
    // Writes the secret typed in the "Enter the client secret again" field to the keychain and,
    // only when that worked, clears the configuration's "secret missing" mark.
    void saveNewSecret();

signals:
    void migrateRequested();

private:
    void showSecretState(bool missing);
    void checkSecretPresent();
    void markSecretMissing(bool missing);

    AppContext *m_context;
    ims::Configuration m_config;
    bool m_readOnly;
    QLineEdit *m_title = nullptr;
    QLineEdit *m_scopes = nullptr;
    QLabel *m_problems;
    QLineEdit *m_secretState = nullptr;
    QWidget *m_newSecretRow = nullptr;
    QLineEdit *m_newSecret = nullptr;
    bool m_secretEntered = false; // a lookup started before the user entered it says nothing now
};
