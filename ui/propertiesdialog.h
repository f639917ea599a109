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

signals:
    void migrateRequested();

private:
    AppContext *m_context;
    ims::Configuration m_config;
    bool m_readOnly;
    QLineEdit *m_title = nullptr;
    QLineEdit *m_scopes = nullptr;
    QLabel *m_problems;
};
