#include "formfields.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

QLineEdit *addLabelledLineEdit(QFormLayout *form, QWidget *parent, const QString &label, const QString &objectName)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    QString accessible = label;
    accessible.remove(QLatin1Char('&'));
    accessible.remove(QLatin1Char(':'));
    edit->setAccessibleName(accessible.trimmed());
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
