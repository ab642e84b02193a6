#pragma once

#include "Result.h"
#include "config/ConfigDocument.h"
#include "pki/CertificateLayout.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFuture>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace sbs::contract {

// The values for the env section of a Secure Build Server contract (PROTOCOL.md §4):
// CLIENT_CRT, CLIENT_CA and SERVER_CRT as base64 of their PEM, and SERVER_KEY as base64 of
// the server key PEM OpenPGP-encrypted and ASCII-armoured to the platform's public key.
// With plainServerKey, SERVER_KEY is base64 of the unencrypted PEM: for a local sbs-server
// only, never for a contract.
class InstanceEnv
{
    Q_DECLARE_TR_FUNCTIONS(InstanceEnv)

public:
    struct Options
    {
        QString pgpPublicKeyPath; // the platform's OpenPGP public key
        bool plainServerKey = false;
        QDateTime now; // for the expiry warnings; default: the current time
    };

    static constexpr int WarningDays = 30;

    // The OpenPGP key file to use: the override (--pgp-public-key) if given, else the config's
    // HPVS_PUBLIC_KEY_FILE resolved against the working folder; empty when neither is set.
    static QString pgpKeyPath(const config::ConfigDocument& doc, const QString& workDir,
                              const QString& overridePath = QString());

    // Checks that options can produce a SERVER_KEY (a key file is named, unless plain).
    static Status checkOptions(const Options& options, const QString& configName);

    // Reads and checks the layout's certificates (keys match, both certificates issued by the
    // CA) and builds the values. Expired or soon expiring certificates give warnings().
    static Result<InstanceEnv> build(const pki::CertificateLayout& layout, const Options& options);
    static QFuture<Result<InstanceEnv>> buildAsync(const pki::CertificateLayout& layout,
                                                   const Options& options);

    // In contract order: CLIENT_CRT, CLIENT_CA, SERVER_CRT, SERVER_KEY.
    const QList<QPair<QString, QString>>& values() const { return m_values; }
    QString value(const QString& key) const;
    const QStringList& warnings() const { return m_warnings; }

    // One line per value: KEY: "value".
    QString toYaml() const;
    // One line: -e KEY=value -e KEY=value ...
    QString toDockerArgs() const;
    // toDockerArgs() for RUNTIME_TYPE classic, toYaml() otherwise.
    QString format(const QString& runtimeType) const;

private:
    QList<QPair<QString, QString>> m_values;
    QStringList m_warnings;
};

} // namespace sbs::contract
