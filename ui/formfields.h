#pragma once
// Small builders every page uses, so each field gets its buddy label, mnemonic and accessible
// name the same way, and no secondary button steals Enter from the wizard's Next.

#include <QString>

#include <functional>

class QFormLayout;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QToolButton;
class QWidget;

// A line edit with a label ("&Client ID:") as its buddy; the accessible name is the label's text.
QLineEdit *addLabelledLineEdit(QFormLayout *form, QWidget *parent, const QString &label, const QString &objectName);
// A push button that is never the dialog's default (Enter means Next / OK, not this button).
QPushButton *makeSecondaryButton(const QString &text, const QString &objectName, QWidget *parent);

// The label's text as a screen reader should say it: no mnemonic '&', no trailing ':'.
QString accessibleLabel(QString label);

// A copy button (edit-copy icon, reachable with Tab, never the default button) that puts
// text() on the clipboard. `what` names the value for the tooltip and the accessible name
// ("Client ID" → "Copy Client ID").
QToolButton *makeCopyButton(const QString &what, std::function<QString()> text, QWidget *parent);
// The field with a copy button on its right, as one row widget for a form layout. The field
// stays the label's buddy; the copy button follows it in the tab order.
QWidget *withCopyButton(QLineEdit *field, const QString &what);
QWidget *withCopyButton(QPlainTextEdit *field, const QString &what);
