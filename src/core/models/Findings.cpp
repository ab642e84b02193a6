#include "models/Findings.h"

#include <QCoreApplication>
#include <algorithm>

namespace sbs::models::Findings {

using config::Finding;

namespace {

// Without a catalogue for the language, the English source text of a count comes back as it
// is, so its "(s)" is resolved here.
QString plural(QString text, int n)
{
    text.replace(QLatin1String("(s)"), n == 1 ? QString() : QStringLiteral("s"));
    return text;
}

} // namespace

QList<Finding> forKey(const QList<Finding>& findings, const QString& key)
{
    QList<Finding> result;
    for (const Finding& f : findings) {
        if (!f.key.isEmpty() && f.key.compare(key, Qt::CaseInsensitive) == 0)
            result << f;
    }
    return result;
}

QList<Finding> forKeys(const QList<Finding>& findings, const QStringList& keys)
{
    QList<Finding> result;
    for (const Finding& f : findings) {
        if (!f.key.isEmpty() && keys.contains(f.key, Qt::CaseInsensitive))
            result << f;
    }
    return result;
}

int count(const QList<Finding>& findings, Finding::Severity severity)
{
    return int(std::count_if(findings.cbegin(), findings.cend(),
                             [severity](const Finding& f) { return f.severity == severity; }));
}

QString messages(const QList<Finding>& findings)
{
    QStringList lines;
    for (const Finding& f : findings)
        lines << f.message;
    return lines.join(QLatin1Char('\n'));
}

QVariant worstSeverity(const QList<Finding>& findings)
{
    int worst = -1;
    for (const Finding& f : findings) {
        if (worst < 0 || int(f.severity) < worst)
            worst = int(f.severity);
    }
    return worst < 0 ? QVariant() : QVariant(worst);
}

QSet<QString> changedKeys(const QList<Finding>& before, const QList<Finding>& after)
{
    QSet<QString> keys;
    for (const Finding& f : before)
        keys.insert(f.key.toUpper());
    for (const Finding& f : after)
        keys.insert(f.key.toUpper());
    QSet<QString> changed;
    for (const QString& key : std::as_const(keys)) {
        if (!key.isEmpty() && forKey(before, key) != forKey(after, key))
            changed.insert(key);
    }
    return changed;
}

QString countText(int errors, int warnings, int notes)
{
    QStringList parts;
    if (errors > 0)
        parts << plural(QCoreApplication::translate("sbs::models::Findings", "%n error(s)", nullptr, errors),
                        errors);
    if (warnings > 0)
        parts << plural(
            QCoreApplication::translate("sbs::models::Findings", "%n warning(s)", nullptr, warnings),
            warnings);
    if (notes > 0)
        parts << plural(QCoreApplication::translate("sbs::models::Findings", "%n note(s)", nullptr, notes),
                        notes);
    return parts.join(QCoreApplication::translate("sbs::models::Findings", ", "));
}

} // namespace sbs::models::Findings
