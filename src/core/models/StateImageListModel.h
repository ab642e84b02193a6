#pragma once

#include "Result.h"
#include "state/StateImageRecords.h"

#include <QAbstractTableModel>
#include <QList>
#include <QString>
#include <optional>

namespace sbs::models {

// The State page's list of the profile's state images: name, export tag, date, where it is
// kept, and whether it matches the current SECRET. Loads and saves StateImageRecords; the
// current secret is given by the page (from the saved configuration) and only its generation
// is kept.
class StateImageListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, ExportTagColumn, DateColumn, StoredColumn, SecretColumn, ColumnCount };
    enum Role {
        PathRole = Qt::UserRole + 1, // QString: the file (state image or metadata)
        UsableRole, // bool: made under the current secret
        GenerationRole, // int: the image's secret generation (0: not known)
        InBucketRole, // bool
        BucketRole, // QString
        SortRole, // Exported: QDateTime; Secret: int(Match); else the text
    };
    enum class Match { Current, Older, Unknown };

    explicit StateImageListModel(QObject* parent = nullptr);

    // Loads the records at path (StateImageRecords::open). The returned text is non-empty when
    // an unreadable record file was moved aside (to show once); an error when it cannot be read.
    Result<QString> open(const QString& recordsPath);
    QString recordsPath() const;

    // The secret of the saved configuration: its generation becomes the current one (a new
    // secret gets the next number, which is saved). An empty secret means none is known.
    Status setCurrentSecret(const QString& secret);
    int currentGeneration() const { return m_currentGeneration; }

    // Records an export or a file the user imported from, under the current generation when
    // made under it (generation 0 leaves it unknown). Saves at once.
    Status add(state::StateImageRecord record);
    Status remove(const QString& path);

    Match matchOf(const state::StateImageRecord& record) const;
    // The Secret column's text for match.
    static QString matchText(Match match);
    std::optional<state::StateImageRecord> recordAt(int row) const;
    std::optional<state::StateImageRecord> recordForPath(const QString& path) const;
    // The images that can be imported now (made under the current secret): the ones a secret
    // rotation would make unusable.
    QList<state::StateImageRecord> usableImages() const;

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    // The list or the current generation changed.
    void recordsChanged();

private:
    // The Secret column's tooltip: why the image matches or not.
    QString matchExplanation(const state::StateImageRecord& record) const;

    std::optional<state::StateImageRecords> m_records;
    QList<state::StateImageRecord> m_rows; // the records' images, newest first
    int m_currentGeneration = 0;
};

} // namespace sbs::models
