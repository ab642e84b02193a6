#include "models/ProfileListModel.h"

#include <QDir>

namespace sbs::models {

using Badge = ProfileHealth::Badge;

ProfileListModel::ProfileListModel(QObject* parent)
    : QAbstractListModel(parent)
{ }

int ProfileListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

QVariant ProfileListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry& entry = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return entry.profile.displayName();
    case Qt::ToolTipRole:
        return entry.health.detail.isEmpty() ? QDir::toNativeSeparators(entry.profile.configPath)
                                             : tr("%1\n%2: %3")
                                                   .arg(QDir::toNativeSeparators(entry.profile.configPath),
                                                        badgeText(entry.health.badge), entry.health.detail);
    case ConfigPathRole:
        return entry.profile.configPath;
    case WorkDirRole:
        return entry.profile.workDir;
    case BadgeRole:
        return int(entry.health.badge);
    case BadgeTextRole:
        return badgeText(entry.health.badge);
    case DetailRole:
        return entry.health.detail;
    default:
        return {};
    }
}

QHash<int, QByteArray> ProfileListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(ConfigPathRole, "configPath");
    names.insert(WorkDirRole, "workDir");
    names.insert(BadgeRole, "badge");
    names.insert(BadgeTextRole, "badgeText");
    names.insert(DetailRole, "detail");
    return names;
}

void ProfileListModel::setProfiles(const QList<Profile>& profiles)
{
    beginResetModel();
    m_entries.clear();
    for (const Profile& profile : profiles) {
        if (profile.isValid() && rowOf(profile.configPath) < 0)
            m_entries.append({ profile, {} });
    }
    endResetModel();
}

QList<Profile> ProfileListModel::profiles() const
{
    QList<Profile> list;
    list.reserve(m_entries.size());
    for (const Entry& entry : m_entries)
        list.append(entry.profile);
    return list;
}

int ProfileListModel::addProfile(const Profile& profile)
{
    if (!profile.isValid())
        return -1;
    const int existing = rowOf(profile.configPath);
    if (existing >= 0)
        return existing;
    const int row = int(m_entries.size());
    beginInsertRows(QModelIndex(), row, row);
    m_entries.append({ profile, {} });
    endInsertRows();
    return row;
}

void ProfileListModel::removeProfile(const QString& configPath)
{
    const int row = rowOf(configPath);
    if (row < 0)
        return;
    beginRemoveRows(QModelIndex(), row, row);
    m_entries.removeAt(row);
    endRemoveRows();
}

void ProfileListModel::replaceProfile(const QString& oldConfigPath, const Profile& profile)
{
    const int row = rowOf(oldConfigPath);
    if (row < 0 || !profile.isValid())
        return;
    const int other = rowOf(profile.configPath);
    if (other >= 0 && other != row) {
        // The new path is a profile already: it stays, the old entry goes.
        removeProfile(oldConfigPath);
        return;
    }
    m_entries[row].profile = profile;
    const QModelIndex changed = index(row);
    Q_EMIT dataChanged(changed, changed);
}

int ProfileListModel::rowOf(const QString& configPath) const
{
    for (int i = 0; i < m_entries.size(); ++i) {
        if (m_entries.at(i).profile.configPath == configPath)
            return i;
    }
    return -1;
}

Profile ProfileListModel::profileAt(int row) const
{
    return row >= 0 && row < m_entries.size() ? m_entries.at(row).profile : Profile();
}

QModelIndex ProfileListModel::indexOf(const QString& configPath) const
{
    const int row = rowOf(configPath);
    return row < 0 ? QModelIndex() : index(row);
}

void ProfileListModel::setHealth(const QString& configPath, const ProfileHealth& health)
{
    const int row = rowOf(configPath);
    if (row < 0)
        return;
    m_entries[row].health = health;
    const QModelIndex changed = index(row);
    Q_EMIT dataChanged(changed, changed, { BadgeRole, BadgeTextRole, DetailRole, Qt::ToolTipRole });
}

ProfileHealth ProfileListModel::health(const QString& configPath) const
{
    const int row = rowOf(configPath);
    return row < 0 ? ProfileHealth() : m_entries.at(row).health;
}

QString ProfileListModel::badgeText(ProfileHealth::Badge badge)
{
    switch (badge) {
    case Badge::Unknown:
        return tr("Checking");
    case Badge::Broken:
        return tr("Broken");
    case Badge::Unreachable:
        return tr("Unreachable");
    case Badge::Idle:
        return tr("Idle");
    case Badge::Building:
        return tr("Building");
    case Badge::Succeeded:
        return tr("Succeeded");
    case Badge::Failed:
        return tr("Failed");
    case Badge::CertificateExpiring:
        return tr("Certificate expiring");
    }
    return {};
}

} // namespace sbs::models
