// The start-up and memory baseline: the least a Qt Widgets program can do to show a wizard page,
// an empty QWizard with one empty page. Same compiler flags as ims-wizard, same
// --exit-after-first-paint (the same FirstPaintExit class from app/firstpaint.h).

#include "firstpaint.h"

#include <QApplication>
#include <QWizard>
#include <QWizardPage>
#include <cstring>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QWizard wizard;
    auto *page = new QWizardPage;
    wizard.addPage(page);
    wizard.show();
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--exit-after-first-paint") == 0)
            new FirstPaintExit(wizard.currentPage());
    }
    return app.exec();
}
