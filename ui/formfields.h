#pragma once
// Small builders every page uses, so each field gets its buddy label, mnemonic and accessible
// name the same way, and no secondary button steals Enter from the wizard's Next.

#include <QString>

class QFormLayout;
class QLineEdit;
class QPushButton;
class QWidget;

// A line edit with a label ("&Client ID:") as its buddy; the accessible name is the label's text.
QLineEdit *addLabelledLineEdit(QFormLayout *form, QWidget *parent, const QString &label, const QString &objectName);
// A push button that is never the dialog's default (Enter means Next / OK, not this button).
QPushButton *makeSecondaryButton(const QString &text, const QString &objectName, QWidget *parent);
