#pragma once

#include "models/Profile.h"

#include <QList>
#include <QString>

namespace sbs::models {

// The profiles the user has added, remembered in QSettings ("profiles"), in the order added,
// and which one was selected last.
class ProfileStore
{
public:
    static QList<Profile> load();
    static void save(const QList<Profile>& profiles);
    // Adds (or moves nothing when present) and saves; returns the updated list.
    static QList<Profile> add(const Profile& profile);
    static QList<Profile> remove(const Profile& profile);

    static QString lastSelected(); // a config path
    static void setLastSelected(const QString& configPath);
};

} // namespace sbs::models
