#pragma once
// What a command tells its user. Text mode: lines on stdout as they happen, notes and errors on
// stderr. --json: exactly one JSON document on stdout (the result, or {"error": {...}}), notes
// still on stderr. Error sentences come from Messages, so they are translated.

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QTextStream>
#include <imscore/error.h>
#include <imscore/validation.h>

class CliOutput
{
    Q_DECLARE_TR_FUNCTIONS(CliOutput)
public:
    explicit CliOutput(bool json);

    bool json() const { return m_json; }

    // A line of the human-readable result (ignored with --json), flushed at once so results show
    // as they arrive.
    void line(const QString &text = QString());
    // A remark for the person at the terminal (stderr, also with --json).
    void note(const QString &text);

    // The JSON result, printed by printDocument() (once).
    void setDocument(QJsonObject document) { m_document = std::move(document); }
    // Prints the JSON result unless an error document was printed already.
    void printDocument();

    // An error from core: translated title, text, remedy and details.
    void error(const ims::Error &error);
    // An error without a core code (usage errors, names not found): code is a stable identifier.
    void error(const QString &code, const QString &message, const QString &remedy = QString());

    static QJsonObject errorJson(const ims::Error &error);
    // Indented text of an error for the terminal: "title: text", "What to do: …", "Details: …".
    static QStringList describe(const ims::Error &error);
    static QJsonObject problemJson(const ims::FieldProblem &problem);

private:
    void printJson(const QJsonObject &document);

    bool m_json;
    bool m_documentPrinted = false;
    QJsonObject m_document;
    QTextStream m_out;
    QTextStream m_err;
};
