#pragma once

#include "config/ConfigValidator.h"

#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace sbs::models {

// Questions the models and views ask of a list of validation findings.
namespace Findings {

// The findings about key (case-insensitive), or about any of keys.
QList<config::Finding> forKey(const QList<config::Finding>& findings, const QString& key);
QList<config::Finding> forKeys(const QList<config::Finding>& findings, const QStringList& keys);

int count(const QList<config::Finding>& findings, config::Finding::Severity severity);
// The messages, one per line.
QString messages(const QList<config::Finding>& findings);
// The most severe finding's severity as int, or an invalid QVariant when there is none.
QVariant worstSeverity(const QList<config::Finding>& findings);
// Upper-case keys whose findings differ between before and after.
QSet<QString> changedKeys(const QList<config::Finding>& before, const QList<config::Finding>& after);

// "2 errors, 1 warning" (zero counts are left out; empty when all are zero), translated.
QString countText(int errors, int warnings, int notes = 0);

} // namespace Findings

} // namespace sbs::models
