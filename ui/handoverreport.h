#pragma once
// The handover report rendered for people: HTML in the user's language (escaped, no secret — the
// configurations it comes from hold only keychain references), PDF through Qt's paged painting,
// and a dialog that previews it and saves HTML or PDF, or prints.

#include <imscore/report.h>

#include <QCoreApplication>
#include <QDialog>
#include <QString>

class QTextBrowser;

class HandoverReportDocument
{
    Q_DECLARE_TR_FUNCTIONS(HandoverReportDocument)
public:
    static QString html(const ims::HandoverReport &report);
    static QString actionText(const ims::ReportAction &action);
    static QString aemVersionLabel(ims::AemVersion version);
    // The PDF (A4) as bytes.
    static QByteArray pdf(const QString &html);
    // Writes the PDF atomically (A4). False with a translated reason in error.
    static bool writePdf(const QString &html, const QString &path, QString *error);
    // Writes the HTML (UTF-8) atomically.
    static bool writeHtml(const QString &html, const QString &path, QString *error);
};

class HandoverReportDialog : public QDialog
{
    Q_OBJECT
public:
    HandoverReportDialog(const ims::HandoverReport &report, QWidget *parent = nullptr);
    QString html() const { return m_html; }

private:
    void save(bool pdf);
    void print();

    QString m_html;
    QTextBrowser *m_preview = nullptr;
};
