#include "models/ProfileStore.h"

#include <QSettings>

namespace sbs::models {

namespace {

const QString ProfilesKey = QStringLiteral("profiles");
const QString ConfigPathKey = QStringLiteral("configPath");
const QString WorkDirKey = QStringLiteral("workDir");
const QString LastSelectedKey = QStringLiteral("profiles/lastSelected");

} // namespace

QList<Profile> ProfileStore::load()
{
    QSettings settings;
    QList<Profile> profiles;
    const int count = settings.beginReadArray(ProfilesKey);
    for (int i = 0; i < count; ++i) {
        settings.setArrayIndex(i);
        const QString configPath = settings.value(ConfigPathKey).toString();
        if (configPath.isEmpty())
            continue;
        const Profile profile = Profile::forConfig(configPath, settings.value(WorkDirKey).toString());
        if (!profiles.contains(profile))
            profiles.append(profile);
    }
    settings.endArray();
    return profiles;
}

void ProfileStore::save(const QList<Profile>& profiles)
{
    QSettings settings;
    // The array shares its group with lastSelected: rewrite the whole group, keeping that key.
    const QString last = settings.value(LastSelectedKey).toString();
    settings.remove(ProfilesKey);
    settings.beginWriteArray(ProfilesKey, int(profiles.size()));
    for (int i = 0; i < profiles.size(); ++i) {
        settings.setArrayIndex(i);
        settings.setValue(ConfigPathKey, profiles.at(i).configPath);
        settings.setValue(WorkDirKey, profiles.at(i).workDir);
    }
    settings.endArray();
    if (!last.isEmpty())
        settings.setValue(LastSelectedKey, last);
}

QList<Profile> ProfileStore::add(const Profile& profile)
{
    QList<Profile> profiles = load();
    if (!profile.isValid() || profiles.contains(profile))
        return profiles;
    profiles.append(profile);
    save(profiles);
    return profiles;
}

QList<Profile> ProfileStore::remove(const Profile& profile)
{
    QList<Profile> profiles = load();
    if (profiles.removeAll(profile) == 0)
        return profiles;
    save(profiles);
    if (lastSelected() == profile.configPath)
        setLastSelected(QString());
    return profiles;
}

QString ProfileStore::lastSelected()
{
    return QSettings().value(LastSelectedKey).toString();
}

void ProfileStore::setLastSelected(const QString& configPath)
{
    QSettings settings;
    if (configPath.isEmpty())
        settings.remove(LastSelectedKey);
    else
        settings.setValue(LastSelectedKey, configPath);
}

} // namespace sbs::models
