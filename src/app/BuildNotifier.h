#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

class QSystemTrayIcon;

namespace sbs::gui {

// Tells the desktop that a build started from this application ended: a balloon of a tray icon
// where the desktop has a system tray, else a freedesktop notification over D-Bus, else nothing.
class BuildNotifier : public QObject
{
    Q_OBJECT

public:
    enum class Channel { None, Tray, DBus };

    explicit BuildNotifier(QObject* parent = nullptr);
    ~BuildNotifier() override;

    void notifyBuildEnded(const QString& profileName, bool succeeded, const QString& detail);

    // What was sent last, for tests and the status bar.
    Channel lastChannel() const { return m_lastChannel; }
    QString lastTitle() const { return m_lastTitle; }
    QString lastText() const { return m_lastText; }
    int count() const { return m_count; }

private:
    bool sendOverDBus(const QString& title, const QString& text, bool succeeded);

    QPointer<QSystemTrayIcon> m_tray;
    Channel m_lastChannel = Channel::None;
    QString m_lastTitle;
    QString m_lastText;
    int m_count = 0;
};

} // namespace sbs::gui
