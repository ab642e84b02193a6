#pragma once

#include "Result.h"
#include "config/ConfigDocument.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace sbs::pki {

// Paths given on the command line (or by the GUI) that win over the configuration's keys.
// Empty means "not given".
struct LayoutOverrides
{
    QString caPath; // --capath, CAPATH
    QString caKeyPath; // --cakeypath, CAKEYPATH
    QString csrPath; // --csrpath, CSRPATH
    QString certPath; // --certpath, CERTPATH
    QString clientCrtKey; // --client-crt-key, CLIENT_CRT_KEY
    QString containerName; // --container-name, CONTAINER_NAME
};

// Where every certificate file of a profile lives (PROTOCOL.md §4), resolved once from the
// configuration, the working folder and the overrides. Relative paths and ~ are resolved
// against the working folder, as the reference client resolves them against the current
// directory.
//
// Default layout, in the working folder:
//   .<CONTAINER_NAME>-<UUID>      client certificate followed by its key (CLIENT_CRT_KEY)
//   .<CONTAINER_NAME>-<UUID>.d/   client-ca.pem, client-ca-key.pem, client-csr.pem,
//                                 client-cert.pem, client-cert-key.pem, client-cert-bundle.pem,
//                                 server-csr.pem, server-cert.pem, server-cert-key.pem
// Own-CA mode (CAPATH or CAKEYPATH set): the CA files are the user's; CLIENT_CRT_KEY, CSRPATH
// and CERTPATH name the client bundle and the server files, and the server key goes next to
// CERTPATH as server-cert-key.pem. A path that is not set keeps its default-layout place, in
// the folder named after CLIENT_CRT_KEY with ".d" appended.
class CertificateLayout
{
    Q_DECLARE_TR_FUNCTIONS(CertificateLayout)

public:
    enum class Mode { Default, OwnCa };

    static constexpr const char* DefaultContainerName = "container";

    // configName names the configuration in messages (its path). Fails when the default file
    // name is needed and the configuration has no UUID yet, or CONTAINER_NAME cannot be part
    // of a file name.
    static Result<CertificateLayout> resolve(const config::ConfigDocument& doc, const QString& configName,
                                             const QString& workDir, const LayoutOverrides& overrides = {});

    Mode mode() const { return m_mode; }
    // True when CLIENT_CRT_KEY is the default .<CONTAINER_NAME>-<UUID> file (not user-given).
    bool isDefaultClientFile() const { return m_defaultClientFile; }

    const QString& configName() const { return m_configName; }
    const QString& workDir() const { return m_workDir; }
    const QString& containerName() const { return m_containerName; }
    const QString& uuid() const { return m_uuid; }

    const QString& clientCrtKeyPath() const { return m_clientCrtKey; }
    const QString& certDir() const { return m_certDir; }
    const QString& caCertPath() const { return m_caCert; }
    const QString& caKeyPath() const { return m_caKey; }
    QString clientCsrPath() const;
    QString clientCertPath() const;
    QString clientKeyPath() const;
    QString clientBundlePath() const;
    const QString& serverCsrPath() const { return m_serverCsr; }
    const QString& serverCertPath() const { return m_serverCert; }
    QString serverKeyPath() const;

    // The files create-client-cert writes in this layout (the CA files only by default).
    QStringList clientPaths() const;
    // The files create-server-cert writes.
    QStringList serverPaths() const;

private:
    CertificateLayout() = default;

    Mode m_mode = Mode::Default;
    bool m_defaultClientFile = true;
    QString m_configName;
    QString m_workDir;
    QString m_containerName;
    QString m_uuid;
    QString m_clientCrtKey;
    QString m_certDir;
    QString m_caCert;
    QString m_caKey;
    QString m_serverCsr;
    QString m_serverCert;
};

} // namespace sbs::pki
