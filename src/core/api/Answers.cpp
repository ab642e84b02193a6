#include "api/Answers.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>
#include <QRegularExpression>

namespace sbs::api {

namespace {

// The translation context of the answer checks.
class AnswerText
{
    Q_DECLARE_TR_FUNCTIONS(sbs::api::Answers)
};

const char* const FailurePrefix = "exiting due to a non-zero return value: ";

// Reads the keys of one answer; the first problem is kept and named with the endpoint.
class AnswerReader
{
public:
    AnswerReader(const QJsonObject& json, const char* endpoint)
        : m_json(json)
        , m_endpoint(QString::fromLatin1(endpoint))
    { }

    bool failed() const { return !m_error.isEmpty(); }
    const QString& error() const { return m_error; }
    void fail(const QString& message)
    {
        if (m_error.isEmpty())
            m_error = message;
    }

    // A key the client needs: present and a string.
    QString required(const char* key)
    {
        const QJsonValue v = m_json.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull()) {
            fail(AnswerText::tr("the server's answer to %1 has no \"%2\"")
                     .arg(m_endpoint, QLatin1String(key)));
            return QString();
        }
        if (!v.isString()) {
            fail(AnswerText::tr("the server's answer to %1 has \"%2\" as %3, not as a text")
                     .arg(m_endpoint, QLatin1String(key), typeName(v)));
            return QString();
        }
        return v.toString();
    }

    // A key the client only shows: may be missing or null; numbers and booleans become text.
    QString optional(const char* key)
    {
        const QJsonValue v = m_json.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull())
            return QString();
        if (v.isString())
            return v.toString();
        if (v.isBool())
            return v.toBool() ? QStringLiteral("True") : QStringLiteral("False");
        if (v.isDouble()) {
            const qint64 integer = v.toInteger(-1);
            return integer >= 0 && double(integer) == v.toDouble() ? QString::number(integer)
                                                                   : QString::number(v.toDouble());
        }
        fail(AnswerText::tr("the server's answer to %1 has \"%2\" as %3, not as a text")
                 .arg(m_endpoint, QLatin1String(key), typeName(v)));
        return QString();
    }

    // A name the client uses as a file name.
    void checkFileName(const char* key, const QString& name)
    {
        if (!failed() && !isPlainFileName(name))
            fail(AnswerText::tr("the server's answer to %1 has a \"%2\" that cannot be a file name: \"%3\"")
                     .arg(m_endpoint, QLatin1String(key), name.left(80)));
    }

    const QJsonObject& json() const { return m_json; }
    const QString& endpoint() const { return m_endpoint; }

    static QString typeName(const QJsonValue& v)
    {
        switch (v.type()) {
        case QJsonValue::Bool:
            return AnswerText::tr("a boolean");
        case QJsonValue::Double:
            return AnswerText::tr("a number");
        case QJsonValue::Array:
            return AnswerText::tr("a list");
        case QJsonValue::Object:
            return AnswerText::tr("an object");
        case QJsonValue::String:
            return AnswerText::tr("a text");
        default:
            return AnswerText::tr("null");
        }
    }

private:
    QJsonObject m_json;
    QString m_endpoint;
    QString m_error;
};

QDateTime utcTime(const QString& text)
{
    if (text.isEmpty())
        return QDateTime();
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(text, Qt::ISODate);
    if (!t.isValid())
        return QDateTime();
    // A time without an offset is UTC, as the server writes it.
    if (t.timeSpec() == Qt::LocalTime)
        t.setTimeSpec(Qt::UTC);
    return t.toUTC();
}

// The digest reference: registry/namespace/repository@sha256:<64 hex digits>.
bool isDigestReference(const QString& text)
{
    static const QRegularExpression reference(
        QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._/:-]*@sha256:[0-9a-f]{64}$"));
    return reference.match(text).hasMatch();
}

} // namespace

bool isPlainFileName(const QString& name)
{
    if (name.isEmpty() || name == QLatin1String(".") || name == QLatin1String(".."))
        return false;
    if (name.contains(QLatin1Char('/')) || name.contains(QChar(0)))
        return false;
    return name.toUtf8().size() <= 255;
}

Result<ServerStatus> ServerStatus::fromJson(const QJsonObject& json)
{
    using R = Result<ServerStatus>;
    AnswerReader reader(json, "status");
    ServerStatus s;
    s.status = reader.required("status");
    s.buildName = reader.optional("build_name");
    s.imageTag = reader.optional("image_tag");
    s.manifestKeyGen = reader.optional("manifest_key_gen");
    s.manifestPublicKey = reader.optional("manifest_public_key");
    s.rootSshEnabled = reader.optional("root_ssh_enabled");
    s.buildStarted = utcTime(reader.optional("build_started"));

    const QJsonValue steps = json.value(QLatin1String("steps"));
    if (steps.isArray()) {
        for (const QJsonValue& v : steps.toArray()) {
            if (!v.isObject()) {
                reader.fail(tr("the server's answer to status has an entry of \"steps\" that is %1, not an "
                               "object")
                                .arg(AnswerReader::typeName(v)));
                break;
            }
            const QJsonObject step = v.toObject();
            const QJsonValue stepStatus = step.value(QLatin1String("status"));
            if (!stepStatus.isString()) {
                reader.fail(tr("the server's answer to status has an entry of \"steps\" without a \"status\" "
                               "text"));
                break;
            }
            s.steps.append({ stepStatus.toString(), utcTime(step.value(QLatin1String("time")).toString()) });
        }
    } else if (!steps.isUndefined() && !steps.isNull()) {
        reader.fail(tr("the server's answer to status has \"steps\" as %1, not as a list")
                        .arg(AnswerReader::typeName(steps)));
    }
    if (reader.failed())
        return R::fail(reader.error());
    s.json = json;
    return R::ok(s);
}

ServerStatus::Phase ServerStatus::phase() const
{
    // A server that reports steps (sbs-server) clears them when a build starts, before the
    // first stage is reached: until then the status text is still the previous build's (or ""
    // before the first one), and the build is in fact running.
    if (buildStarted.isValid() && json.contains(QLatin1String("steps"))
        && status != QLatin1String("restarted cicd")
        && (steps.isEmpty() || steps.constLast().status != status))
        return Phase::Running;
    if (status.isEmpty())
        return Phase::NotInitialized;
    if (status == QLatin1String("restarted cicd"))
        return Phase::Restarted;
    if (status == QLatin1String("success"))
        return Phase::Succeeded;
    if (status.startsWith(QLatin1String(FailurePrefix)))
        return Phase::Failed;
    static const char* const running[] = { "cleaned up", "github cloned", "image built", "image pushed" };
    for (const char* stage : running) {
        if (status == QLatin1String(stage))
            return Phase::Running;
    }
    return Phase::Unknown;
}

int ServerStatus::failedExitCode() const
{
    static const QRegularExpression code(QStringLiteral("^exiting due to a non-zero return value: (-?\\d+)"));
    const QRegularExpressionMatch match = code.match(status);
    if (!match.hasMatch())
        return -1;
    bool ok = false;
    const int rc = match.captured(1).toInt(&ok);
    return ok ? rc : -1;
}

QString ServerStatus::failedCommand() const
{
    static const QRegularExpression command(
        QStringLiteral("^exiting due to a non-zero return value: -?\\d+, cmd: (.*)$"),
        QRegularExpression::DotMatchesEverythingOption);
    const QRegularExpressionMatch match = command.match(status);
    return match.hasMatch() ? match.captured(1) : QString();
}

Result<ManifestDownload> ManifestDownload::fromJson(const QJsonObject& json)
{
    using R = Result<ManifestDownload>;
    AnswerReader reader(json, "get-manifest");
    ManifestDownload m;
    m.manifestName = reader.required("manifest_name");
    reader.checkFileName("manifest_name", m.manifestName);
    const QString encoded = reader.required("encoded_manifest");
    if (!reader.failed()) {
        auto decoded
            = QByteArray::fromBase64Encoding(encoded.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        // Characters outside Latin-1 turn into '?', which the strict decoder refuses too. Padding
        // is required, as the reference client's decoder requires it.
        if (!decoded || encoded.size() % 4 != 0)
            reader.fail(
                AnswerText::tr("the server's answer to get-manifest has an \"encoded_manifest\" that is "
                               "not valid base64"));
        else if (decoded.decoded.isEmpty())
            reader.fail(
                AnswerText::tr("the server's answer to get-manifest has an empty \"encoded_manifest\""));
        else
            m.archive = std::move(decoded.decoded);
    }
    if (reader.failed())
        return R::fail(reader.error());
    return R::ok(m);
}

QString ManifestPublicKey::fileName() const
{
    return QStringLiteral("manifest.") + buildName + QStringLiteral("-public.pem");
}

Result<ManifestPublicKey> ManifestPublicKey::fromJson(const QJsonObject& json)
{
    using R = Result<ManifestPublicKey>;
    AnswerReader reader(json, "get-publickey");
    ManifestPublicKey k;
    k.publicKeyPem = reader.required("public_key_pem");
    k.buildName = reader.required("build_name");
    if (!reader.failed() && k.publicKeyPem.trimmed().isEmpty())
        reader.fail(AnswerText::tr("the server's answer to get-publickey has an empty \"public_key_pem\""));
    if (!reader.failed() && (k.buildName.isEmpty() || !isPlainFileName(k.fileName())))
        reader.fail(AnswerText::tr("the server's answer to get-publickey has a \"build_name\" that cannot be "
                                   "part of a file name: \"%1\"")
                        .arg(k.buildName.left(80)));
    if (reader.failed())
        return R::fail(reader.error());
    return R::ok(k);
}

QString SignedImageKey::fileName() const
{
    QString name = repositoryName;
    name.replace(QLatin1Char('/'), QLatin1Char('-'));
    return name + QStringLiteral("-public.key");
}

QByteArray SignedImageKey::fileContent(const QString& pushServer) const
{
    const QByteArray key = publicKey.toUtf8();
    if (pushServer.isEmpty() || pushServer == QLatin1String("docker.io"))
        return key;
    return key.toBase64();
}

Result<SignedImageKey> SignedImageKey::fromJson(const QJsonObject& json)
{
    using R = Result<SignedImageKey>;
    AnswerReader reader(json, "get-signed-image-publickey");
    SignedImageKey k;
    k.publicKey = reader.required("public_key");
    k.repositoryName = reader.required("repository_name");
    if (!reader.failed() && k.publicKey.trimmed().isEmpty())
        reader.fail(AnswerText::tr("the server's answer to get-signed-image-publickey has an empty "
                                   "\"public_key\""));
    if (!reader.failed() && (k.repositoryName.isEmpty() || !isPlainFileName(k.fileName())))
        reader.fail(
            AnswerText::tr("the server's answer to get-signed-image-publickey has a \"repository_name\" "
                           "that cannot be part of a file name: \"%1\"")
                .arg(k.repositoryName.left(80)));
    if (reader.failed())
        return R::fail(reader.error());
    return R::ok(k);
}

Result<StateImageAnswer> StateImageAnswer::fromJson(const QByteArray& body)
{
    using R = Result<StateImageAnswer>;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError)
        return R::fail(AnswerText::tr("the server's answer to get-state-image is not JSON: %1")
                           .arg(error.errorString()));
    if (!doc.isObject())
        return R::fail(AnswerText::tr("the server's answer to get-state-image is not a JSON object"));
    AnswerReader reader(doc.object(), "get-state-image");
    StateImageAnswer a;
    a.name = reader.required("name");
    reader.checkFileName("name", a.name);
    a.exportTag = reader.required("export_tag");
    const QJsonValue state = doc.object().value(QLatin1String("state"));
    if (state.isString())
        a.state = state.toString();
    else if (!state.isUndefined() && !state.isNull())
        reader.fail(
            AnswerText::tr("the server's answer to get-state-image has \"state\" as %1, not as a text")
                .arg(AnswerReader::typeName(state)));
    if (reader.failed())
        return R::fail(reader.error());
    a.body = body;
    return R::ok(a);
}

Result<QString> imageDigestFromBody(const QByteArray& body)
{
    using R = Result<QString>;
    // Wrapping the body in a list lets a bare JSON string through the object/array parser;
    // a body of several values gives more than one element and is refused below.
    if (body.trimmed().isEmpty())
        return R::fail(AnswerText::tr("the server's answer to get-digest is empty"));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson("[" + body + "\n]", &error);
    if (error.error != QJsonParseError::NoError)
        return R::fail(
            AnswerText::tr("the server's answer to get-digest is not JSON: %1").arg(error.errorString()));
    if (doc.array().size() != 1)
        return R::fail(AnswerText::tr("the server's answer to get-digest is not one JSON value"));

    const QJsonValue value = doc.array().at(0);
    QStringList candidates;
    if (value.isString()) {
        candidates << value.toString();
    } else if (value.isArray()) {
        const QJsonArray array = value.toArray();
        if (array.size() == 1 && array.at(0).isString())
            candidates << array.at(0).toString();
    } else if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (it.value().isString() && isDigestReference(it.value().toString().trimmed()))
                candidates << it.value().toString();
        }
    }
    if (candidates.size() == 1 && isDigestReference(candidates.first().trimmed()))
        return R::ok(candidates.first().trimmed());
    if (candidates.size() > 1)
        return R::fail(AnswerText::tr("the server's answer to get-digest holds more than one image reference "
                                      "with a digest"));
    const QString shown = QString::fromUtf8(body.trimmed().left(200)).simplified();
    return R::fail(AnswerText::tr("the server's answer to get-digest holds no image reference with a digest "
                                  "(registry/namespace/repository@sha256:<64 hex digits>): %1")
                       .arg(shown));
}

} // namespace sbs::api
