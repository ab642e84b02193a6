#include "BuildNotifier.h"

#include <QApplication>
#include <QIcon>
#include <QSystemTrayIcon>
#include <QVariantMap>
#include <QWidget>

#ifdef SBS_HAVE_DBUS
#include <QDBusConnection>
#include <QDBusMessage>
#endif

namespace sbs::gui {

namespace {

constexpr int TrayMessageMs = 10000;

} // namespace

BuildNotifier::BuildNotifier(QObject* parent)
    : QObject(parent)
{ }

BuildNotifier::~BuildNotifier()
{
    delete m_tray;
}

void BuildNotifier::notifyBuildEnded(const QString& profileName, bool succeeded, const QString& detail)
{
    const QString title = succeeded ? tr("Build of %1 succeeded").arg(profileName)
                                    : tr("Build of %1 ended without success").arg(profileName);
    m_lastTitle = title;
    m_lastText = detail;
    ++m_count;
    m_lastChannel = Channel::None;

    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        if (!m_tray) {
            m_tray = new QSystemTrayIcon(QIcon(QStringLiteral(":/icons/sbs-desktop.svg")));
            m_tray->setToolTip(QStringLiteral("SBS Desktop"));
            // A click on the balloon brings the window back.
            connect(m_tray, &QSystemTrayIcon::messageClicked, this, [] {
                for (QWidget* window : QApplication::topLevelWidgets()) {
                    if (window->isWindow() && window->isVisible() && !window->parentWidget()) {
                        window->raise();
                        window->activateWindow();
                    }
                }
            });
        }
        m_tray->show();
        m_tray->showMessage(title, detail,
                            succeeded ? QSystemTrayIcon::Information : QSystemTrayIcon::Warning,
                            TrayMessageMs);
        m_lastChannel = Channel::Tray;
        return;
    }
    if (sendOverDBus(title, detail, succeeded))
        m_lastChannel = Channel::DBus;
}

bool BuildNotifier::sendOverDBus(const QString& title, const QString& text, bool succeeded)
{
#ifdef SBS_HAVE_DBUS
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected())
        return false;
    QDBusMessage message = QDBusMessage::createMethodCall(
        QStringLiteral("org.freedesktop.Notifications"), QStringLiteral("/org/freedesktop/Notifications"),
        QStringLiteral("org.freedesktop.Notifications"), QStringLiteral("Notify"));
    QVariantMap hints;
    hints.insert(QStringLiteral("desktop-entry"), QStringLiteral("io.github.sbs_desktop.sbs_desktop"));
    hints.insert(QStringLiteral("urgency"), QVariant::fromValue<uchar>(succeeded ? 1 : 2));
    message << QStringLiteral("SBS Desktop") << 0u << QStringLiteral("sbs-desktop") << title << text
            << QStringList() << hints << -1;
    // Sent without waiting for the answer: the GUI never blocks on the desktop.
    return bus.send(message);
#else
    Q_UNUSED(title)
    Q_UNUSED(text)
    Q_UNUSED(succeeded)
    return false;
#endif
}

} // namespace sbs::gui
