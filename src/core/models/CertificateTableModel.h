#pragma once

#include "models/CertificateEntry.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>

namespace sbs::models {

// The certificates of a profile as a table: one row per CertificateEntry (the CA, the client
// and the server certificate, and any key file that is missing next to its certificate).
// A missing file is a row too: its Subject says "missing" and what creates it. The model knows
// nothing of colours: SeverityRole gives the urgency of the days left, ProblemSeverityRole that
// of the row's worst problem, and the view maps them to its palette.
class CertificateTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        SubjectColumn,
        SanColumn,
        ValidFromColumn,
        ValidToColumn,
        DaysLeftColumn,
        KeyTypeColumn,
        FingerprintColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        KindRole = Qt::UserRole + 1, // int(CertificateEntry::Kind)
        PathRole, // the file's absolute path; empty when the layout is not resolved
        PresentRole, // true when the file exists
        DaysLeftRole, // qint64 whole days until notAfter (negative once expired); invalid without one
        SeverityRole, // int(CertificateEntry::Severity) of the days left: None, Ok, Warning, Critical
        ProblemRole, // the row's problems, one sentence per line; empty when none
        ProblemSeverityRole, // int(CertificateEntry::Severity) of the worst problem; None when none
        FixRole, // int(CertificateEntry::Fix) of the worst problem; None when none
    };
    Q_ENUM(Role)

    explicit CertificateTableModel(QObject* parent = nullptr);
    ~CertificateTableModel() override;

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Replaces the rows; now is the time the days left count from. Rows of the same kinds in the
    // same order are updated in place (the selection stays), others reset the model.
    void setEntries(const QList<CertificateEntry>& entries, const QDateTime& now);
    void clear();

    const QList<CertificateEntry>& entries() const { return m_entries; }
    const CertificateEntry* entryAt(int row) const;
    // The row of the first entry of that kind, or -1.
    int rowOf(CertificateEntry::Kind kind) const;
    QDateTime currentTime() const { return m_now; }

    // "expired 3 days ago", "12 days".
    static QString daysLeftText(qint64 days);

private:
    QVariant displayText(const CertificateEntry& entry, int column) const;
    QString toolTip(const CertificateEntry& entry, int column) const;

    QList<CertificateEntry> m_entries;
    QDateTime m_now;
};

} // namespace sbs::models
