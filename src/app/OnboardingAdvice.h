#pragma once

#include "api/ApiError.h"

#include <QCoreApplication>
#include <QString>

namespace sbs::gui {

// What to do about a failed connection test, in plain words, by the kind of failure. The
// client's own sentence says what went wrong; this says how to put it right.
class OnboardingAdvice
{
    Q_DECLARE_TR_FUNCTIONS(sbs::gui::OnboardingAdvice)

public:
    // A short "How to fix" text for kind, naming host and port where it helps; empty for
    // ErrorKind::None and Cancelled.
    static QString howToFix(api::ErrorKind kind, const QString& host, quint16 port);
    // A few words for the kind, shown before the client's sentence ("Unknown certificate
    // authority").
    static QString headline(api::ErrorKind kind);
};

} // namespace sbs::gui
