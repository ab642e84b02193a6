#include "models/ConfigFieldModel.h"

#include "config/ConfigRules.h"
#include "models/FieldValues.h"
#include "models/Findings.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonValue>
#include <QSet>

namespace sbs::models {

using config::ConfigDocument;
using config::ConfigSchema;
using config::FieldSpec;
using config::FieldType;
using config::Finding;

namespace {

constexpr quintptr GroupRowId = 0;

const FieldSpec* specOf(const QString& key)
{
    return ConfigSchema::instance().find(key);
}

} // namespace

ConfigFieldModel::ConfigFieldModel(QObject* parent)
    : QAbstractItemModel(parent)
{
    m_baseDir = QDir::currentPath();
    rebuild(ConfigDocument(), ConfigDocument());
}

ConfigFieldModel::~ConfigFieldModel() = default;

// ---- structure -------------------------------------------------------------------------------

QModelIndex ConfigFieldModel::index(int row, int column, const QModelIndex& parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0)
        return {};
    if (!parent.isValid()) {
        if (row >= m_groups.size())
            return {};
        return createIndex(row, column, GroupRowId);
    }
    if (parent.internalId() != GroupRowId || parent.column() != 0)
        return {};
    const int group = parent.row();
    if (group < 0 || group >= m_groups.size() || row >= m_groups.at(group).keys.size())
        return {};
    return createIndex(row, column, quintptr(group) + 1);
}

QModelIndex ConfigFieldModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || child.internalId() == GroupRowId)
        return {};
    return createIndex(int(child.internalId() - 1), 0, GroupRowId);
}

int ConfigFieldModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return int(m_groups.size());
    if (parent.internalId() != GroupRowId || parent.column() != 0)
        return 0;
    return int(m_groups.at(parent.row()).keys.size());
}

int ConfigFieldModel::columnCount(const QModelIndex& parent) const
{
    Q_UNUSED(parent)
    return ColumnCount;
}

QHash<int, QByteArray> ConfigFieldModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert(KeyRole, "key");
    names.insert(IsGroupRole, "isGroup");
    names.insert(HelpTextRole, "helpText");
    names.insert(SecretRole, "secret");
    names.insert(FieldTypeRole, "fieldType");
    names.insert(RequirementRole, "requirement");
    names.insert(PlaceholderRole, "placeholder");
    names.insert(ChoicesRole, "choices");
    names.insert(PresentRole, "present");
    names.insert(EditableRole, "editable");
    names.insert(FindingSeverityRole, "findingSeverity");
    names.insert(FindingMessageRole, "findingMessage");
    names.insert(ErrorCountRole, "errorCount");
    names.insert(WarningCountRole, "warningCount");
    return names;
}

QVariant ConfigFieldModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case KeyColumn:
        return tr("Key");
    case ValueColumn:
        return tr("Value");
    case FindingColumn:
        return tr("Finding");
    default:
        return {};
    }
}

// ---- data ------------------------------------------------------------------------------------

QVariant ConfigFieldModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};

    if (index.internalId() == GroupRowId) {
        const Group& group = m_groups.at(index.row());
        const QList<Finding> groupFindings = Findings::forKeys(m_findings, group.keys);
        const int errors = Findings::count(groupFindings, Finding::Severity::Error);
        const int warnings = Findings::count(groupFindings, Finding::Severity::Warning);
        switch (role) {
        case Qt::DisplayRole:
            if (index.column() == KeyColumn)
                return group.title;
            if (index.column() == FindingColumn)
                return Findings::countText(errors, warnings);
            return {};
        case KeyRole:
            return group.id;
        case IsGroupRole:
            return true;
        case FindingSeverityRole:
            return Findings::worstSeverity(groupFindings);
        case ErrorCountRole:
            return errors;
        case WarningCountRole:
            return warnings;
        default:
            return {};
        }
    }

    const QString key = m_groups.at(int(index.internalId() - 1)).keys.at(index.row());
    const FieldSpec* spec = specOf(key);
    const QList<Finding> own = findingsFor(key);

    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == KeyColumn)
            return m_doc.contains(key) ? m_doc.spelling(key) : key;
        if (index.column() == ValueColumn)
            return displayValue(key);
        return Findings::messages(own);
    case Qt::EditRole:
        if (index.column() == ValueColumn) {
            if (isBoolean(key))
                return isChecked(key);
            const QJsonValue v = m_doc.value(key);
            if (v.isObject() || v.isArray() || (!spec && !v.isString() && !v.isUndefined()))
                return QString::fromUtf8(m_doc.valueJson(key));
            return m_doc.string(key);
        }
        return data(index, Qt::DisplayRole);
    case Qt::CheckStateRole:
        if (index.column() == ValueColumn && isBoolean(key))
            return isChecked(key) ? Qt::Checked : Qt::Unchecked;
        return {};
    case Qt::ToolTipRole:
        if (index.column() == FindingColumn)
            return data(index, Qt::DisplayRole);
        return data(index, HelpTextRole);
    case KeyRole:
        return spec ? QString::fromLatin1(spec->key) : key;
    case IsGroupRole:
        return false;
    case HelpTextRole:
        return spec ? spec->helpText() : tr("A key the program does not know; it is kept as it is.");
    case SecretRole:
        return spec ? spec->secret : ConfigSchema::isSecretKey(key);
    case FieldTypeRole:
        return int(spec ? spec->type : FieldType::String);
    case RequirementRole:
        return int(spec ? spec->requirement : config::Requirement::Optional);
    case PlaceholderRole:
        return spec && spec->placeholder ? QString::fromUtf8(spec->placeholder) : QString();
    case ChoicesRole:
        return spec ? spec->choices : QStringList();
    case PresentRole:
        return m_doc.contains(key);
    case EditableRole:
        return keyIsEditable(key);
    case FindingSeverityRole:
        return Findings::worstSeverity(own);
    case FindingMessageRole:
        return Findings::messages(own);
    case ErrorCountRole:
        return Findings::count(own, Finding::Severity::Error);
    case WarningCountRole:
        return Findings::count(own, Finding::Severity::Warning);
    default:
        return {};
    }
}

Qt::ItemFlags ConfigFieldModel::flags(const QModelIndex& index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.internalId() == GroupRowId)
        return f;
    f |= Qt::ItemNeverHasChildren;
    const QString key = m_groups.at(int(index.internalId() - 1)).keys.at(index.row());
    if (index.column() == ValueColumn && keyIsEditable(key)) {
        f |= Qt::ItemIsEditable;
        if (isBoolean(key))
            f |= Qt::ItemIsUserCheckable;
    }
    return f;
}

bool ConfigFieldModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || index.internalId() == GroupRowId
        || index.column() != ValueColumn)
        return false;
    const QString key = m_groups.at(int(index.internalId() - 1)).keys.at(index.row());
    if (!keyIsEditable(key))
        return false;

    if (isBoolean(key)) {
        bool checked = false;
        if (role == Qt::CheckStateRole)
            checked = value.toInt() == Qt::Checked;
        else if (role == Qt::EditRole)
            checked = value.typeId() == QMetaType::Bool
                ? value.toBool()
                : value.toString().compare(QLatin1String("true"), Qt::CaseInsensitive) == 0;
        else
            return false;
        return setChecked(key, checked);
    }
    if (role != Qt::EditRole)
        return false;
    return setValueText(key, value.toString());
}

// ---- editing by key --------------------------------------------------------------------------

QString ConfigFieldModel::valueText(const QString& key) const
{
    return m_doc.string(key);
}

bool ConfigFieldModel::setValueText(const QString& key, const QString& value)
{
    if (!keyIsEditable(key) || isBoolean(key))
        return false;
    const QJsonValue current = m_doc.value(key);
    if (m_doc.contains(key) && current.isString() && current.toString() == value)
        return true;

    if (dropsKey(key, value.isEmpty())) {
        if (!m_doc.contains(key))
            return true;
        m_doc.remove(key);
    } else {
        m_doc.setValue(key, FieldValues::textValue(value, current));
    }
    afterEdit(key);
    return true;
}

bool ConfigFieldModel::isChecked(const QString& key) const
{
    return FieldValues::isChecked(m_doc.value(key));
}

bool ConfigFieldModel::setChecked(const QString& key, bool checked)
{
    if (!keyIsEditable(key) || !isBoolean(key))
        return false;
    if (m_doc.contains(key) && isChecked(key) == checked)
        return true;
    const QJsonValue current = m_doc.value(key);
    if (dropsKey(key, !checked)) {
        if (!m_doc.contains(key))
            return true;
        m_doc.remove(key);
    } else {
        m_doc.setValue(key, FieldValues::checkedValue(checked, current));
    }
    afterEdit(key);
    return true;
}

config::StringPairs ConfigFieldModel::pairs(const QString& key) const
{
    return m_doc.stringPairs(key);
}

void ConfigFieldModel::setPairs(const QString& key, const config::StringPairs& pairs)
{
    if (m_doc.contains(key) && m_doc.stringPairs(key) == pairs)
        return;
    if (dropsKey(key, pairs.empty())) {
        if (!m_doc.contains(key))
            return;
        m_doc.remove(key);
    } else {
        m_doc.setStringPairs(key, pairs);
    }
    afterEdit(key);
}

QStringList ConfigFieldModel::list(const QString& key) const
{
    return m_doc.stringList(key);
}

void ConfigFieldModel::setList(const QString& key, const QStringList& list)
{
    if (m_doc.contains(key) && m_doc.stringList(key) == list)
        return;
    if (dropsKey(key, list.isEmpty())) {
        if (!m_doc.contains(key))
            return;
        m_doc.remove(key);
    } else {
        m_doc.setStringList(key, list);
    }
    afterEdit(key);
}

// ---- files -----------------------------------------------------------------------------------

Status ConfigFieldModel::loadFile(const QString& path)
{
    Result<ConfigDocument> loaded = ConfigDocument::load(path);
    if (!loaded)
        return Status::fail(loaded.error());
    const QFileInfo info(path);
    m_baseDir = info.absolutePath();
    setFilePath(info.absoluteFilePath());
    const ConfigDocument doc = loaded.take();
    rebuild(doc, doc);
    return Status::ok();
}

Result<config::ConfigStore::Saved> ConfigFieldModel::saveFile()
{
    if (m_filePath.isEmpty())
        return Result<config::ConfigStore::Saved>::fail(
            tr("This configuration has no file yet; choose where to save it with Save As."));
    return saveFileAs(m_filePath);
}

Result<config::ConfigStore::Saved> ConfigFieldModel::saveFileAs(const QString& path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    Result<config::ConfigStore::Saved> saved = config::ConfigStore::save(m_doc, absolute);
    if (!saved)
        return saved;
    m_saved = m_doc;
    const QString newBase = QFileInfo(absolute).absolutePath();
    const bool baseChanged = newBase != m_baseDir;
    m_baseDir = newBase;
    setFilePath(absolute);
    if (baseChanged)
        revalidate();
    if (m_wasModified) {
        m_wasModified = false;
        Q_EMIT modifiedChanged(false);
    }
    return saved;
}

Status ConfigFieldModel::newFromTemplate(const QString& templatePath)
{
    QFile file(templatePath);
    if (!file.open(QIODevice::ReadOnly))
        return Status::fail(
            tr("The configuration template %1 cannot be read: %2.").arg(templatePath, file.errorString()));
    Result<ConfigDocument> parsed = ConfigDocument::parse(file.readAll(), QFileInfo(templatePath).fileName());
    if (!parsed)
        return Status::fail(parsed.error());
    ConfigDocument doc = parsed.take();
    config::fillDefaults(doc);
    m_baseDir = QDir::currentPath();
    setFilePath(QString());
    rebuild(doc, doc);
    return Status::ok();
}

void ConfigFieldModel::revert()
{
    const ConfigDocument saved = m_saved;
    rebuild(saved, saved);
}

bool ConfigFieldModel::isModified() const
{
    return m_doc != m_saved;
}

// ---- lookup ----------------------------------------------------------------------------------

QStringList ConfigFieldModel::groupIds() const
{
    QStringList ids;
    for (const Group& g : m_groups)
        ids << g.id;
    return ids;
}

QModelIndex ConfigFieldModel::groupIndex(const QString& groupId) const
{
    for (int i = 0; i < m_groups.size(); ++i) {
        if (m_groups.at(i).id == groupId)
            return index(i, KeyColumn);
    }
    return {};
}

QModelIndex ConfigFieldModel::fieldIndex(const QString& key, int column) const
{
    if (column < 0 || column >= ColumnCount)
        return {};
    const auto it = m_positions.constFind(key.toUpper());
    if (it == m_positions.cend())
        return {};
    return createIndex(it->second, column, quintptr(it->first) + 1);
}

QString ConfigFieldModel::groupOfKey(const QString& key) const
{
    const QModelIndex field = fieldIndex(key, KeyColumn);
    return field.isValid() ? m_groups.at(field.parent().row()).id : QString();
}

QList<Finding> ConfigFieldModel::findingsFor(const QString& key) const
{
    return Findings::forKey(m_findings, key);
}

// ---- internals -------------------------------------------------------------------------------

void ConfigFieldModel::rebuild(const ConfigDocument& doc, const ConfigDocument& saved)
{
    beginResetModel();
    m_doc = doc;
    m_saved = saved;
    m_groups.clear();
    const ConfigSchema& schema = ConfigSchema::instance();
    for (const QString& id : schema.groupIds()) {
        Group group { id, ConfigSchema::groupTitle(id), {} };
        for (const FieldSpec* spec : schema.fieldsInGroup(id))
            group.keys << QString::fromLatin1(spec->key);
        if (!group.keys.isEmpty())
            m_groups << group;
    }
    Group other { QString::fromLatin1(OtherGroupId), tr("Other keys"), {} };
    for (const QString& key : m_doc.keys()) {
        if (!schema.find(key))
            other.keys << key;
    }
    if (!other.keys.isEmpty())
        m_groups << other;
    m_positions.clear();
    for (int g = 0; g < m_groups.size(); ++g) {
        const QStringList& keys = m_groups.at(g).keys;
        for (int row = 0; row < keys.size(); ++row)
            m_positions.insert(keys.at(row).toUpper(), { g, row });
    }
    m_findings = config::validate(m_doc, m_baseDir);
    endResetModel();

    m_wasModified = isModified();
    Q_EMIT documentChanged();
    Q_EMIT findingsChanged();
    Q_EMIT modifiedChanged(m_wasModified);
}

void ConfigFieldModel::revalidate()
{
    const QList<Finding> before = m_findings;
    m_findings = config::validate(m_doc, m_baseDir);
    if (before == m_findings)
        return;

    QSet<int> changedGroups;
    for (const QString& key : Findings::changedKeys(before, m_findings)) {
        const QModelIndex findingIndex = fieldIndex(key, FindingColumn);
        if (!findingIndex.isValid())
            continue;
        Q_EMIT dataChanged(findingIndex, findingIndex);
        changedGroups.insert(findingIndex.parent().row());
    }
    for (int group : std::as_const(changedGroups))
        Q_EMIT dataChanged(index(group, KeyColumn), index(group, FindingColumn));
    Q_EMIT findingsChanged();
}

void ConfigFieldModel::afterEdit(const QString& key)
{
    const QModelIndex keyIndex = fieldIndex(key, KeyColumn);
    if (keyIndex.isValid())
        Q_EMIT dataChanged(keyIndex, keyIndex.siblingAtColumn(ValueColumn));
    revalidate();
    Q_EMIT documentChanged();
    const bool modified = isModified();
    if (modified != m_wasModified) {
        m_wasModified = modified;
        Q_EMIT modifiedChanged(modified);
    }
}

void ConfigFieldModel::setFilePath(const QString& path)
{
    if (path == m_filePath)
        return;
    m_filePath = path;
    Q_EMIT filePathChanged(path);
}

bool ConfigFieldModel::isBoolean(const QString& key) const
{
    const FieldSpec* spec = specOf(key);
    return spec && spec->type == FieldType::Boolean;
}

QString ConfigFieldModel::displayValue(const QString& key) const
{
    if (!m_doc.contains(key))
        return {};
    const QJsonValue v = m_doc.value(key);
    const FieldSpec* spec = specOf(key);
    const bool secret = spec ? spec->secret : ConfigSchema::isSecretKey(key);
    if (secret)
        return m_doc.string(key).isEmpty() ? QString() : QStringLiteral("<%1>").arg(key.toUpper());
    if (v.isObject() || v.isArray() || (!spec && !v.isString()))
        return QString::fromUtf8(m_doc.valueJson(key));
    return m_doc.string(key);
}

bool ConfigFieldModel::keyIsEditable(const QString& key) const
{
    const FieldSpec* spec = specOf(key);
    if (spec)
        return spec->type != FieldType::StringMap && spec->type != FieldType::StringList;
    // A key the schema does not know: text values can be edited, other JSON is kept as it is.
    return m_doc.value(key).isString();
}

bool ConfigFieldModel::dropsKey(const QString& key, bool isEmptyValue) const
{
    return isEmptyValue && !m_saved.contains(key);
}

} // namespace sbs::models
