#pragma once

#include "manifest/ManifestLibrary.h"
#include "manifest/ManifestVerifier.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace sbs::models {

// The manifests of a profile's library as a table, with the state of each one's last check in
// this session (not checked yet, verified with the key's fingerprint, signature invalid, key
// missing, archive malformed).
class ManifestLibraryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { BuildNameColumn, DateColumn, SizeColumn, StateColumn, ColumnCount };
    Q_ENUM(Column)

    enum class State { NotChecked, Checking, Verified, SignatureInvalid, KeyMissing, Malformed };
    Q_ENUM(State)

    enum Role {
        PathRole = Qt::UserRole + 1, // QString: the .sig.tbz
        KeyPathRole, // QString: the public key; empty when there is none
        StateRole, // int(State)
        FingerprintRole, // QString: the key's SHA-256 fingerprint after a check
        MessageRole, // QString: the check's sentence
        SortRole, // date and size as numbers
    };

    explicit ManifestLibraryModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Reads the folder again (states of files still there are kept).
    void setLibrary(const QString& folder);
    void refresh();
    QString folder() const { return m_folder; }

    manifest::LibraryItem item(int row) const;
    int rowOf(const QString& path) const;
    State state(const QString& path) const;
    void setChecking(const QString& path);
    void setVerification(const QString& path, const manifest::Verification& verification);
    // For a manifest without its key beside it.
    void setKeyMissing(const QString& path);

    static QString stateText(State state);

private:
    struct Check
    {
        State state = State::NotChecked;
        QString fingerprint;
        QString message;
    };
    // Stores the check of the listed file at path and repaints its row.
    void setCheck(const QString& path, const Check& check);

    QString m_folder;
    QList<manifest::LibraryItem> m_items;
    QHash<QString, Check> m_checks;
};

} // namespace sbs::models
