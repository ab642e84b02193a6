#pragma once

#include "models/Profile.h"
#include "models/ProfileHealth.h"

#include <QAbstractListModel>
#include <QList>

namespace sbs::models {

// The sidebar's list of server profiles, in the order they were added, each with the badge of
// its last known health. The main window feeds it every session's healthChanged().
class ProfileListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        ConfigPathRole = Qt::UserRole + 1, // QString, absolute
        WorkDirRole, // QString, absolute
        BadgeRole, // int(ProfileHealth::Badge)
        BadgeTextRole, // translated, e.g. "Building", "Unreachable"
        DetailRole, // the health's one-sentence detail
    };
    Q_ENUM(Role)

    explicit ProfileListModel(QObject* parent = nullptr);

    // QAbstractItemModel
    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setProfiles(const QList<Profile>& profiles);
    QList<Profile> profiles() const;
    // Appends the profile unless it is there; returns its row.
    int addProfile(const Profile& profile);
    void removeProfile(const QString& configPath);
    // Replaces the profile at oldConfigPath (after Save As), keeping its row and health.
    void replaceProfile(const QString& oldConfigPath, const Profile& profile);
    int rowOf(const QString& configPath) const; // -1 when absent
    Profile profileAt(int row) const;
    QModelIndex indexOf(const QString& configPath) const;

    void setHealth(const QString& configPath, const ProfileHealth& health);
    ProfileHealth health(const QString& configPath) const;

    static QString badgeText(ProfileHealth::Badge badge);

private:
    struct Entry
    {
        Profile profile;
        ProfileHealth health;
    };

    QList<Entry> m_entries;
};

} // namespace sbs::models
