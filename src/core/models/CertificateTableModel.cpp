#include "models/CertificateTableModel.h"

#include "models/CertificateCheck.h"

#include <QLocale>

namespace sbs::models {

using Severity = CertificateEntry::Severity;

namespace {

// Without a catalogue for the language, the English source text of a count comes back as it
// is, so its "(s)" is resolved here.
QString plural(QString text, qint64 n)
{
    text.replace(QLatin1String("(s)"), n == 1 ? QString() : QStringLiteral("s"));
    return text;
}

} // namespace

CertificateTableModel::CertificateTableModel(QObject* parent)
    : QAbstractTableModel(parent)
    , m_now(QDateTime::currentDateTimeUtc())
{ }

CertificateTableModel::~CertificateTableModel() = default;

int CertificateTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int CertificateTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString CertificateTableModel::daysLeftText(qint64 days)
{
    if (days < 0)
        return plural(tr("expired %n day(s) ago", nullptr, int(-days)), -days);
    return plural(tr("%n day(s)", nullptr, int(days)), days);
}

QVariant CertificateTableModel::displayText(const CertificateEntry& entry, int column) const
{
    const std::optional<pki::CertificateInfo>& info = entry.info;
    const QLocale locale;
    switch (column) {
    case NameColumn:
        return CertificateCheck::kindName(entry.kind, entry.ownCa);
    case SubjectColumn:
        if (!entry.present)
            return entry.createdBy.isEmpty() ? tr("missing") : tr("missing: %1").arg(entry.createdBy);
        if (!info)
            return tr("unreadable");
        return info->subject;
    case SanColumn:
        return info ? info->subjectAltNames.join(QStringLiteral(", ")) : QString();
    // Dates only: the times are in the tooltip and the details.
    case ValidFromColumn:
        return info ? locale.toString(info->notBefore.toLocalTime().date(), QLocale::ShortFormat) : QString();
    case ValidToColumn:
        return info ? locale.toString(info->notAfter.toLocalTime().date(), QLocale::ShortFormat) : QString();
    case DaysLeftColumn:
        return info ? daysLeftText(info->daysLeft(m_now)) : QString();
    case KeyTypeColumn:
        return info ? info->key.text() : QString();
    case FingerprintColumn:
        return info ? info->sha256Fingerprint : QString();
    default:
        return {};
    }
}

QString CertificateTableModel::toolTip(const CertificateEntry& entry, int column) const
{
    if (column == NameColumn || column == SubjectColumn) {
        QStringList lines;
        if (!entry.path.isEmpty())
            lines << entry.path;
        for (const CertificateEntry::Problem& problem : entry.problems)
            lines << problem.text;
        return lines.join(QLatin1Char('\n'));
    }
    if (column == ValidFromColumn || column == ValidToColumn) {
        if (!entry.info)
            return {};
        const QDateTime& when = column == ValidFromColumn ? entry.info->notBefore : entry.info->notAfter;
        return QStringLiteral("%1 (%2)").arg(QLocale().toString(when.toLocalTime(), QLocale::LongFormat),
                                             when.toString(Qt::ISODate));
    }
    return displayText(entry, column).toString();
}

QVariant CertificateTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CertificateEntry& entry = m_entries.at(index.row());
    const int column = index.column();
    const CertificateEntry::Problem* worst = entry.worstProblem();
    switch (role) {
    case Qt::DisplayRole:
        return displayText(entry, column);
    case Qt::EditRole: // sortable values
        if (entry.info && column == ValidFromColumn)
            return entry.info->notBefore;
        if (entry.info && column == ValidToColumn)
            return entry.info->notAfter;
        if (entry.info && column == DaysLeftColumn)
            return entry.info->daysLeft(m_now);
        return displayText(entry, column);
    case Qt::ToolTipRole: {
        const QString tip = toolTip(entry, column);
        return tip.isEmpty() ? QVariant() : QVariant(tip);
    }
    case Qt::TextAlignmentRole:
        if (column == DaysLeftColumn)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        return {};
    case KindRole:
        return int(entry.kind);
    case PathRole:
        return entry.path;
    case PresentRole:
        return entry.present;
    case DaysLeftRole:
        return entry.info ? QVariant(entry.info->daysLeft(m_now)) : QVariant();
    case SeverityRole:
        return int(entry.info ? CertificateCheck::severityForDays(entry.info->daysLeft(m_now))
                              : Severity::None);
    case ProblemRole: {
        QStringList texts;
        for (const CertificateEntry::Problem& problem : entry.problems)
            texts << problem.text;
        return texts.join(QLatin1Char('\n'));
    }
    case ProblemSeverityRole:
        return int(worst ? worst->severity : Severity::None);
    case FixRole:
        return int(worst ? worst->fix : CertificateEntry::Fix::None);
    default:
        return {};
    }
}

QVariant CertificateTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Certificate");
    case SubjectColumn:
        return tr("Subject");
    case SanColumn:
        return tr("SAN");
    case ValidFromColumn:
        return tr("Valid from");
    case ValidToColumn:
        return tr("Valid until");
    case DaysLeftColumn:
        return tr("Days left");
    case KeyTypeColumn:
        return tr("Key");
    case FingerprintColumn:
        return tr("SHA-256 fingerprint");
    default:
        return {};
    }
}

QHash<int, QByteArray> CertificateTableModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(KindRole, "kind");
    names.insert(PathRole, "path");
    names.insert(PresentRole, "present");
    names.insert(DaysLeftRole, "daysLeft");
    names.insert(SeverityRole, "severity");
    names.insert(ProblemRole, "problem");
    names.insert(ProblemSeverityRole, "problemSeverity");
    names.insert(FixRole, "fix");
    return names;
}

void CertificateTableModel::setEntries(const QList<CertificateEntry>& entries, const QDateTime& now)
{
    bool sameRows = entries.size() == m_entries.size();
    for (qsizetype i = 0; sameRows && i < entries.size(); ++i)
        sameRows = entries.at(i).kind == m_entries.at(i).kind;
    if (!sameRows) {
        beginResetModel();
        m_entries = entries;
        m_now = now;
        endResetModel();
        return;
    }
    m_entries = entries;
    m_now = now;
    if (!m_entries.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void CertificateTableModel::clear()
{
    if (m_entries.isEmpty())
        return;
    beginResetModel();
    m_entries.clear();
    endResetModel();
}

const CertificateEntry* CertificateTableModel::entryAt(int row) const
{
    return row >= 0 && row < m_entries.size() ? &m_entries.at(row) : nullptr;
}

int CertificateTableModel::rowOf(CertificateEntry::Kind kind) const
{
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        if (m_entries.at(i).kind == kind)
            return int(i);
    }
    return -1;
}

} // namespace sbs::models
