#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace sbs::test {

// The outcome of a child process run to completion.
struct ProcessResult
{
    bool finished = false; // started and ended within the timeout
    int exitCode = -1;
    QByteArray out;
    QByteArray err;

    bool ok() const { return finished && exitCode == 0; }
    // stdout and stderr together, for failure messages.
    QByteArray text() const { return out + err; }
};

ProcessResult runProcess(const QString& program, const QStringList& arguments,
                         const QString& workDir = QString(), const QByteArray& input = QByteArray(),
                         const QProcessEnvironment& environment = QProcessEnvironment::systemEnvironment(),
                         int timeoutMs = 120000);

// Every entry under root (hidden ones too), as sorted relative paths, to show that an
// operation left a folder exactly as it was.
QStringList listTree(const QString& root);

// The POSIX permission bits of a file or folder (st_mode & 07777), or -1 when it does not exist.
int fileMode(const QString& path);

// Writes a JSON object as an sbs-config.json.
bool writeConfig(const QString& path, const QJsonObject& config);

// Makes a self-signed CA with the openssl CLI (`openssl req -x509`), with the given -addext
// values, as <dir>/<name>.pem and <dir>/<name>-key.pem. Returns an empty string or the error.
QString makeOpensslCa(const QString& dir, const QString& name, const QStringList& extensions, int days = 30);

// A GnuPG home in a temporary folder, for making and using a test OpenPGP key pair. The
// user's own keyring is never used; the agent the home starts is stopped on destruction.
class GpgHome
{
public:
    GpgHome();
    ~GpgHome();
    GpgHome(const GpgHome&) = delete;
    GpgHome& operator=(const GpgHome&) = delete;

    bool isValid() const { return m_dir.isValid(); }
    QString path() const { return m_dir.path(); }
    QProcessEnvironment environment() const;

    // gpg --batch --passphrase '' --quick-gen-key <uid> default default never
    ProcessResult generateKey(const QString& userId);
    ProcessResult exportPublicKey(const QString& userId, bool armour = true);
    ProcessResult exportSecretKey(const QString& userId);
    ProcessResult decrypt(const QByteArray& message);

private:
    ProcessResult gpg(const QStringList& arguments, const QByteArray& input = QByteArray());
    QTemporaryDir m_dir;
};

} // namespace sbs::test
