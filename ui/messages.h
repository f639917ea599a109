#pragma once
// Turns core's codes into translated sentences and remedies. Every user-facing message about
// an error or a field problem comes from here, so each is translatable and testable.

#include <imscore/error.h>
#include <imscore/validation.h>

#include <QCoreApplication>
#include <QString>

struct UserMessage
{
    QString title;   // short: "Wrong client secret"
    QString text;    // what happened
    QString remedy;  // what to do about it
    QString details; // technical detail (server's description, status), may be empty
};

class Messages
{
    Q_DECLARE_TR_FUNCTIONS(Messages)
public:
    static UserMessage describe(const ims::Error &error);
    static QString describe(const ims::FieldProblem &problem);
    static QString fieldLabel(ims::Field field);
    // The label AEM shows for a cloud service property ("clientCode" → "Client Code").
    static QString cloudServiceFieldLabel(const std::string &id);
    // "AEM 6.5 SP20 or later (or hotfix)" …; empty for Unknown.
    static QString aemVersionLabel(ims::AemVersion version);
};
