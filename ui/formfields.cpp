#include "formfields.h"

#include "appicon.h"

#include <QApplication>
#include <QClipboard>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QToolButton>
#include <QToolTip>

QString accessibleLabel(QString label)
{
    // "&&" is a literal ampersand; a single '&' marks the mnemonic.
    label.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    label.remove(QLatin1Char('&'));
    label.replace(QStringLiteral("\x01"), QStringLiteral("&"));
    label = label.trimmed();
    if (label.endsWith(QLatin1Char(':')))
        label.chop(1);
    return label.trimmed();
}

QLineEdit *addLabelledLineEdit(QFormLayout *form, QWidget *parent, const QString &label, const QString &objectName)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    edit->setAccessibleName(accessibleLabel(label));
    auto *labelWidget = new QLabel(label, parent);
    labelWidget->setBuddy(edit);
    form->addRow(labelWidget, edit);
    return edit;
}

QPushButton *makeSecondaryButton(const QString &text, const QString &objectName, QWidget *parent)
{
    auto *button = new QPushButton(text, parent);
    button->setObjectName(objectName);
    button->setAutoDefault(false);
    return button;
}

QToolButton *makeCopyButton(const QString &what, std::function<QString()> text, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    const QString name = QApplication::translate("FormFields", "Copy %1").arg(what);
    button->setIcon(copyIcon());
    button->setText(QApplication::translate("FormFields", "Copy"));
    // The icon alone where there is one; the word where the icon could not be loaded.
    button->setToolButtonStyle(button->icon().isNull() ? Qt::ToolButtonTextOnly : Qt::ToolButtonIconOnly);
    button->setToolTip(name);
    button->setAccessibleName(name);
    button->setFocusPolicy(Qt::StrongFocus); // tool buttons skip Tab by default
    QObject::connect(button, &QToolButton::clicked, button, [button, text = std::move(text)] {
        QApplication::clipboard()->setText(text());
        const QString done = QApplication::translate("FormFields", "Copied");
        button->setAccessibleDescription(done);
        QToolTip::showText(button->mapToGlobal(QPoint(0, button->height())), done, button);
    });
    return button;
}

namespace {
QWidget *rowWithButton(QWidget *field, QToolButton *button)
{
    auto *row = new QWidget(field->parentWidget());
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    field->setParent(row);
    button->setParent(row);
    layout->addWidget(field, 1);
    layout->addWidget(button, 0, Qt::AlignTop);
    QWidget::setTabOrder(field, button);
    return row;
}
} // namespace

QWidget *withCopyButton(QLineEdit *field, const QString &what)
{
    return rowWithButton(field, makeCopyButton(what, [field] { return field->text(); }, field));
}

QWidget *withCopyButton(QPlainTextEdit *field, const QString &what)
{
    return rowWithButton(field, makeCopyButton(what, [field] { return field->toPlainText(); }, field));
}
