#include "clioutput.h"

#include "messages.h"

#include <QJsonDocument>
#include <cstdio>

CliOutput::CliOutput(bool json)
    : m_json(json)
    , m_out(stdout)
    , m_err(stderr)
{ }

void CliOutput::line(const QString &text)
{
    if (m_json)
        return;
    m_out << text << '\n';
    m_out.flush();
}

void CliOutput::note(const QString &text)
{
    m_err << text << '\n';
    m_err.flush();
}

void CliOutput::printDocument()
{
    if (m_json && !m_documentPrinted)
        printJson(m_document);
}

void CliOutput::printJson(const QJsonObject &document)
{
    m_documentPrinted = true;
    m_out << QString::fromUtf8(QJsonDocument(document).toJson(QJsonDocument::Indented));
    m_out.flush();
}

QStringList CliOutput::describe(const ims::Error &error)
{
    const UserMessage message = Messages::describe(error);
    QStringList lines;
    lines << (message.text.isEmpty() ? message.title : tr("%1: %2").arg(message.title, message.text));
    if (!message.remedy.isEmpty())
        lines << tr("What to do: %1").arg(message.remedy);
    if (!message.details.isEmpty())
        lines << tr("Details: %1")
                     .arg(QString(message.details).replace(QLatin1Char('\n'), QStringLiteral("; ")));
    return lines;
}

QJsonObject CliOutput::errorJson(const ims::Error &error)
{
    const UserMessage message = Messages::describe(error);
    QJsonObject json {
        {QStringLiteral("code"), QString::fromUtf8(ims::errorCodeName(error.code).data())},
        {QStringLiteral("title"), message.title},
        {QStringLiteral("message"), message.text.isEmpty() ? message.title : message.text},
    };
    if (!message.remedy.isEmpty())
        json.insert(QStringLiteral("remedy"), message.remedy);
    if (!message.details.isEmpty())
        json.insert(QStringLiteral("details"), message.details);
    if (error.httpStatus)
        json.insert(QStringLiteral("httpStatus"), error.httpStatus);
    if (!error.imsCode.empty())
        json.insert(QStringLiteral("imsError"), QString::fromStdString(error.imsCode));
    if (error.retryAfterSeconds >= 0)
        json.insert(QStringLiteral("retryAfterSeconds"), qint64(error.retryAfterSeconds));
    return json;
}

QJsonObject CliOutput::problemJson(const ims::FieldProblem &problem)
{
    QJsonObject json {
        {QStringLiteral("field"), QString::fromUtf8(ims::fieldName(problem.field).data())},
        {QStringLiteral("problem"), QString::fromUtf8(ims::problemName(problem.problem).data())},
        {QStringLiteral("message"), Messages::describe(problem)},
    };
    if (!problem.detail.empty())
        json.insert(QStringLiteral("detail"), QString::fromStdString(problem.detail));
    return json;
}

void CliOutput::error(const ims::Error &error)
{
    if (m_json) {
        printJson({{QStringLiteral("error"), errorJson(error)}});
        return;
    }
    const QStringList lines = describe(error);
    m_err << tr("Error: %1").arg(lines.first()) << '\n';
    for (qsizetype i = 1; i < lines.size(); ++i)
        m_err << "  " << lines[i] << '\n';
    m_err.flush();
}

void CliOutput::error(const QString &code, const QString &message, const QString &remedy)
{
    if (m_json) {
        QJsonObject json {{QStringLiteral("code"), code}, {QStringLiteral("message"), message}};
        if (!remedy.isEmpty())
            json.insert(QStringLiteral("remedy"), remedy);
        printJson({{QStringLiteral("error"), json}});
        return;
    }
    m_err << tr("Error: %1").arg(message) << '\n';
    if (!remedy.isEmpty())
        m_err << "  " << remedy << '\n';
    m_err.flush();
}
