#include "contract/ContractYaml.h"

#include "contract/HyperProtect.h"

#include <QRegularExpression>
#include <QSet>
#include <QStringList>
#include <exception>
#include <string>
#include <yaml-cpp/yaml.h>

namespace sbs::contract {

namespace {

constexpr qsizetype MaxWorkloadFileSize = 16 * 1024 * 1024;
constexpr const char* DockerHubNotary = "https://notary.docker.io";

std::string utf8(const QString& text)
{
    return text.toStdString();
}

QString fromUtf8(const std::string& text)
{
    return QString::fromStdString(text);
}

// Words that a YAML 1.1 reader (the platform's among them) turns into a bool or null.
bool isYaml11Special(const QString& text)
{
    static const QSet<QString> words
        = { QStringLiteral("y"),    QStringLiteral("n"),     QStringLiteral("yes"),
            QStringLiteral("no"),   QStringLiteral("on"),    QStringLiteral("off"),
            QStringLiteral("true"), QStringLiteral("false"), QStringLiteral("null") };
    return words.contains(text.toLower());
}

// Whether text may be written as a plain scalar and be read back by any YAML reader as this
// very string: it starts with a letter, '_' or '/', holds no white space and none of the
// characters that start a comment, tag, anchor, alias, flow collection or quote, and is no bool or
// null word. Anything else is quoted: numbers, dates, "yes", "~", leading '-', ": " and so on.
bool isPlainSafe(const QString& text)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z_/][A-Za-z0-9_./+=:-]*$"));
    return plain.match(text).hasMatch() && !text.endsWith(QLatin1Char(':')) && !isYaml11Special(text);
}

// Whether a multi-line text reads back unchanged from a literal block ("|"): the block keeps
// exactly one final line break, so the text must end with exactly one; its first line must not
// start with a space (that would need an indentation indicator), and it must hold no control
// characters other than the line breaks.
bool isLiteralSafe(const QString& text)
{
    if (!text.endsWith(QLatin1Char('\n')) || text.endsWith(QLatin1String("\n\n")) || text.size() < 2)
        return false;
    if (text.startsWith(QLatin1Char(' ')) || text.startsWith(QLatin1Char('\t')))
        return false;
    for (const QChar c : text) {
        if (c == QLatin1Char('\n'))
            continue;
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            return false;
    }
    return true;
}

// Writes a string key or value in the form that keeps it a string: plain when that is safe,
// a literal block for multi-line text such as a PEM, double-quoted (with escapes) otherwise.
void emitString(YAML::Emitter& out, const QString& text)
{
    if (isPlainSafe(text))
        out << utf8(text);
    else if (text.contains(QLatin1Char('\n')) && isLiteralSafe(text))
        out << YAML::Literal << utf8(text);
    else
        out << YAML::DoubleQuoted << utf8(text);
}

void emitKey(YAML::Emitter& out, const QString& key)
{
    out << YAML::Key;
    emitString(out, key);
    out << YAML::Value;
}

void emitPair(YAML::Emitter& out, const QString& key, const QString& value)
{
    emitKey(out, key);
    emitString(out, value);
}

QByteArray finish(const YAML::Emitter& out)
{
    QByteArray text(out.c_str(), qsizetype(out.size()));
    if (!text.endsWith('\n'))
        text.append('\n');
    return text;
}

bool hasWhiteSpace(const QString& text)
{
    for (const QChar c : text) {
        if (c.isSpace())
            return true;
    }
    return false;
}

bool isDockerHub(const QString& pushServer)
{
    const QString server = pushServer.trimmed().toLower();
    return server.isEmpty() || server == QLatin1String("docker.io");
}

// The publicKey value of the images section: base64 text. A key file that still holds the
// PEM or ASCII-armoured key is encoded; base64 text is taken as it is.
QString publicKeyValue(const QByteArray& content)
{
    if (content.contains("-----BEGIN "))
        return QString::fromLatin1(content.toBase64());
    return QString::fromUtf8(content).simplified().remove(QLatin1Char(' '));
}

QStringList topLevelKeys(const YAML::Node& map)
{
    QStringList keys;
    for (const auto& entry : map) {
        if (entry.first.IsScalar())
            keys << fromUtf8(entry.first.Scalar());
    }
    return keys;
}

} // namespace

// --- ContractEnv -------------------------------------------------------------------------

Status ContractEnv::check() const
{
    if (volumeSeed.trimmed().isEmpty())
        return Status::fail(tr("The volume seed is empty: enter the seed that encrypts the hpsb data volume, "
                               "and keep it; a new instance needs the same seed to open the volume."));

    if (!loggingHost.isEmpty()) {
        if (hasWhiteSpace(loggingHost))
            return Status::fail(tr("The logging host \"%1\" contains white space: enter the host name only, "
                                   "e.g. syslog-a.eu-de.logging.cloud.ibm.com.")
                                    .arg(loggingHost));
        if (loggingIngestionKey.isEmpty())
            return Status::fail(
                tr("An ingestion key is needed with a logging host: enter the ingestion key of "
                   "the log service, or clear the logging host to leave logging out."));
        if (hasWhiteSpace(loggingIngestionKey))
            return Status::fail(tr("The ingestion key contains white space: paste the key alone, without "
                                   "spaces or line breaks."));
        if (loggingPort < 0 || loggingPort > 65535)
            return Status::fail(tr("The logging port %1 is out of range: enter a port from 1 to 65535, or "
                                   "leave it empty for the default.")
                                    .arg(loggingPort));
    } else if (!loggingIngestionKey.isEmpty()) {
        return Status::fail(tr("An ingestion key is given without a logging host: enter the logging host, or "
                               "clear the ingestion key to leave logging out."));
    }

    static const QRegularExpression validName(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
    QSet<QString> seen;
    for (const auto& [name, value] : values) {
        if (name.isEmpty())
            return Status::fail(tr("An env entry has no name: enter a name, or remove the entry."));
        if (!validName.match(name).hasMatch())
            return Status::fail(tr("The env name \"%1\" is not valid: use letters, digits and '_', not "
                                   "starting with a digit.")
                                    .arg(name));
        if (seen.contains(name))
            return Status::fail(tr("The env name %1 appears twice: keep one entry of each name.").arg(name));
        seen.insert(name);
        if (value.isEmpty())
            return Status::fail(
                tr("The env value of %1 is empty: enter its value, or remove the entry.").arg(name));
    }

    if (!signingKeyPem.isEmpty()) {
        if (signingKeyPem.contains(QLatin1String("PRIVATE KEY-----")))
            return Status::fail(tr("The signing key holds a private key: the contract takes only its public "
                                   "half (-----BEGIN PUBLIC KEY-----)."));
        if (!signingKeyPem.contains(QLatin1String("-----BEGIN PUBLIC KEY-----"))
            || !signingKeyPem.contains(QLatin1String("-----END PUBLIC KEY-----")))
            return Status::fail(tr("The signing key is not a PEM public key: give the public half of the "
                                   "signing key (-----BEGIN PUBLIC KEY-----)."));
    }
    return Status::ok();
}

Result<QByteArray> ContractEnv::toYaml() const
{
    using R = Result<QByteArray>;
    const Status valid = check();
    if (!valid)
        return R::fail(valid.error());
    try {
        YAML::Emitter out;
        out << YAML::Block << YAML::BeginMap;
        emitPair(out, QStringLiteral("type"), QStringLiteral("env"));
        if (!loggingHost.isEmpty()) {
            emitKey(out, QStringLiteral("logging"));
            out << YAML::BeginMap;
            emitKey(out, QStringLiteral("logDNA"));
            out << YAML::BeginMap;
            emitPair(out, QStringLiteral("hostname"), loggingHost);
            emitPair(out, QStringLiteral("ingestionKey"), loggingIngestionKey);
            if (loggingPort > 0) {
                emitKey(out, QStringLiteral("port"));
                out << loggingPort;
            }
            out << YAML::EndMap << YAML::EndMap;
        }
        emitKey(out, QStringLiteral("volumes"));
        out << YAML::BeginMap;
        emitKey(out, QStringLiteral("hpsb"));
        out << YAML::BeginMap;
        emitPair(out, QStringLiteral("seed"), volumeSeed);
        out << YAML::EndMap << YAML::EndMap;
        emitKey(out, QStringLiteral("env"));
        if (values.isEmpty())
            out << YAML::Flow;
        out << YAML::BeginMap;
        for (const auto& [name, value] : values)
            emitPair(out, name, value);
        out << YAML::EndMap;
        if (!signingKeyPem.isEmpty())
            emitPair(out, QStringLiteral("signingKey"), signingKeyPem);
        out << YAML::EndMap;
        if (!out.good())
            return R::fail(
                tr("The env section could not be written as YAML (%1).").arg(fromUtf8(out.GetLastError())));
        return R::ok(finish(out));
    } catch (const std::exception& e) {
        return R::fail(
            tr("The env section could not be written as YAML (%1).").arg(QString::fromUtf8(e.what())));
    }
}

// --- ContractYaml ------------------------------------------------------------------------

QByteArray ContractYaml::userData(const QString& encryptedWorkload, const QString& encryptedEnv,
                                  const QString& signature)
{
    YAML::Emitter out;
    out << YAML::Block << YAML::BeginMap;
    emitPair(out, QStringLiteral("workload"), encryptedWorkload.trimmed());
    emitPair(out, QStringLiteral("env"), encryptedEnv.trimmed());
    if (!signature.isEmpty())
        emitPair(out, QStringLiteral("envWorkloadSignature"), signature.trimmed());
    out << YAML::EndMap;
    return finish(out);
}

QByteArray ContractYaml::compose(const QString& serviceName, const QString& imageReference)
{
    YAML::Emitter out;
    out << YAML::Block << YAML::BeginMap;
    emitKey(out, QStringLiteral("services"));
    out << YAML::BeginMap;
    emitKey(out, serviceName);
    out << YAML::BeginMap;
    emitPair(out, QStringLiteral("image"), imageReference.trimmed());
    out << YAML::EndMap << YAML::EndMap << YAML::EndMap;
    return finish(out);
}

QByteArray ContractYaml::imagesSection(const QString& repository, const QByteArray& publicKeyFileContent,
                                       const QString& pushServer)
{
    YAML::Emitter out;
    out << YAML::Block << YAML::BeginMap;
    emitKey(out, QStringLiteral("images"));
    out << YAML::BeginMap;
    if (isDockerHub(pushServer)) {
        // Docker Content Trust: the notary server holds the signatures.
        emitKey(out, QStringLiteral("dct"));
        out << YAML::BeginMap;
        emitKey(out, repository.trimmed());
        out << YAML::BeginMap;
        emitPair(out, QStringLiteral("notary"), QLatin1String(DockerHubNotary));
        emitPair(out, QStringLiteral("publicKey"), publicKeyValue(publicKeyFileContent));
        out << YAML::EndMap << YAML::EndMap;
    } else {
        // Red Hat simple signing: the base64 form of the OpenPGP public key.
        emitKey(out, QStringLiteral("rhs"));
        out << YAML::BeginMap;
        emitKey(out, repository.trimmed());
        out << YAML::BeginMap;
        emitPair(out, QStringLiteral("publicKey"), publicKeyValue(publicKeyFileContent));
        out << YAML::EndMap << YAML::EndMap;
    }
    out << YAML::EndMap << YAML::EndMap;
    return finish(out);
}

Result<QString> ContractYaml::readWorkload(const QByteArray& text, const QString& sourceName)
{
    using R = Result<QString>;
    const QString inFile = tr("The workload section in %1").arg(sourceName);
    if (text.size() > MaxWorkloadFileSize)
        return R::fail(tr("%1 is larger than 16 MiB; an encrypted workload section is a few kilobytes. "
                          "Choose the file IBM supplies with the workload section.")
                           .arg(sourceName));
    const QByteArray trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return R::fail(tr("%1 is empty; choose the file holding the encrypted workload section "
                          "(hyper-protect-basic.…) that IBM supplies for the Secure Build Server.")
                           .arg(sourceName));
    if (trimmed.contains('\0'))
        return R::fail(tr("%1 is not a text file; choose the file holding the encrypted workload section "
                          "(hyper-protect-basic.…).")
                           .arg(sourceName));

    // The bare string, as copied from IBM's documentation.
    const QString bare = QString::fromUtf8(trimmed);
    if (bare.startsWith(QLatin1String("hyper-protect-")) && !hasWhiteSpace(bare)) {
        const Status valid = HyperProtectCipher::checkEncrypted(bare, inFile);
        if (!valid)
            return R::fail(valid.error());
        return R::ok(bare);
    }

    YAML::Node root;
    try {
        root = YAML::Load(trimmed.toStdString());
    } catch (const YAML::Exception& e) {
        return R::fail(tr("%1 is neither a hyper-protect-basic.… string nor YAML (line %2: %3); choose the "
                          "file holding the encrypted workload section.")
                           .arg(sourceName)
                           .arg(e.mark.line + 1)
                           .arg(fromUtf8(e.msg)));
    } catch (const std::exception& e) {
        return R::fail(tr("%1 could not be read as YAML (%2).").arg(sourceName, QString::fromUtf8(e.what())));
    }

    const QString notEncrypted
        = tr("%1 is not encrypted; IBM supplies the SBS workload section already encrypted as "
             "hyper-protect-basic.…. Use that string, not a plain workload.")
              .arg(inFile);
    try {
        if (root.IsScalar()) {
            const QString scalar = fromUtf8(root.Scalar()).trimmed();
            if (!scalar.startsWith(QLatin1String("hyper-protect-")))
                return R::fail(tr("%1 holds text that is not an encrypted workload section; it should be a "
                                  "hyper-protect-basic.… string or YAML with a workload: key.")
                                   .arg(sourceName));
            const Status valid = HyperProtectCipher::checkEncrypted(scalar, inFile);
            if (!valid)
                return R::fail(valid.error());
            return R::ok(scalar);
        }
        if (root.IsSequence())
            return R::fail(tr("%1 holds a YAML list, not a workload section; it should be a "
                              "hyper-protect-basic.… string or YAML with a workload: key.")
                               .arg(sourceName));
        if (!root.IsMap())
            return R::fail(
                tr("%1 holds no workload section, only comments or an empty document.").arg(sourceName));

        const YAML::Node workload = root["workload"];
        if (!workload) {
            // A plain workload section on its own: type: workload, compose: ...
            const YAML::Node type = root["type"];
            if ((type && type.IsScalar() && type.Scalar() == "workload") || root["compose"] || root["play"])
                return R::fail(notEncrypted);
            return R::fail(tr("%1 has no workload: key (its keys: %2); choose the file holding the encrypted "
                              "workload section.")
                               .arg(sourceName, topLevelKeys(root).join(QLatin1String(", "))));
        }
        if (workload.IsMap())
            return R::fail(notEncrypted);
        if (!workload.IsScalar())
            return R::fail(tr("%1 is not a hyper-protect-basic.… string; the workload: key should hold "
                              "one.")
                               .arg(inFile));
        const QString value = fromUtf8(workload.Scalar()).trimmed();
        const Status valid = HyperProtectCipher::checkEncrypted(value, inFile);
        if (!valid)
            return R::fail(valid.error());
        return R::ok(value);
    } catch (const YAML::Exception& e) {
        return R::fail(tr("%1 could not be read as YAML (%2).").arg(sourceName, fromUtf8(e.msg)));
    }
}

QString ContractYaml::serviceName(const QString& repository)
{
    const QStringList parts = repository.trimmed().split(QLatin1Char('/'), Qt::SkipEmptyParts);
    QString name = parts.isEmpty() ? QString() : parts.last();
    // A tag or digest is no part of the name: "sample-app:v1" and "sample-app@sha256:…".
    name = name.section(QLatin1Char('@'), 0, 0).section(QLatin1Char(':'), 0, 0).toLower();
    for (QChar& c : name) {
        const bool ok = (c >= QLatin1Char('a') && c <= QLatin1Char('z'))
            || (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('_')
            || c == QLatin1Char('-');
        if (!ok)
            c = QLatin1Char('-');
    }
    return name.isEmpty() ? QStringLiteral("app") : name;
}

} // namespace sbs::contract
