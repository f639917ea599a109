#include "asyncdialogs.h"

#include <QFileDialog>
#include <QMessageBox>
#include <QPushButton>

void askForFiles(QWidget *parent, const QString &title, const QString &filter, FileDialogMode mode,
                 const QString &suggested, std::function<void(const QStringList &)> then)
{
    auto *dialog = new QFileDialog(parent, title, suggested, filter);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    switch (mode) {
    case FileDialogMode::Open: dialog->setFileMode(QFileDialog::ExistingFile); break;
    case FileDialogMode::OpenMany: dialog->setFileMode(QFileDialog::ExistingFiles); break;
    case FileDialogMode::Save:
        dialog->setAcceptMode(QFileDialog::AcceptSave);
        dialog->setFileMode(QFileDialog::AnyFile);
        break;
    case FileDialogMode::Directory:
        dialog->setFileMode(QFileDialog::Directory);
        dialog->setOption(QFileDialog::ShowDirsOnly);
        break;
    }
    QObject::connect(dialog, &QFileDialog::accepted, dialog, [dialog, then = std::move(then)] {
        const QStringList files = dialog->selectedFiles();
        if (!files.isEmpty())
            then(files);
    });
    dialog->open();
}

void askForFile(QWidget *parent, const QString &title, const QString &filter, bool save, const QString &suggested,
                std::function<void(const QString &)> then)
{
    askForFiles(parent, title, filter, save ? FileDialogMode::Save : FileDialogMode::Open, suggested,
                [then = std::move(then)](const QStringList &files) { then(files.constFirst()); });
}

void askToConfirm(QWidget *parent, const QString &title, const QString &text, const QString &confirmText,
                  std::function<void()> then)
{
    auto *box = new QMessageBox(QMessageBox::Question, title, text, QMessageBox::Cancel, parent);
    QPushButton *yes = box->addButton(confirmText, QMessageBox::AcceptRole);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(box, &QMessageBox::finished, box, [box, yes, then = std::move(then)](int) {
        if (box->clickedButton() == yes)
            then();
    });
    box->open();
}
