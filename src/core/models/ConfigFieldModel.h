#pragma once

#include "Result.h"
#include "config/ConfigDocument.h"
#include "config/ConfigSchema.h"
#include "config/ConfigStore.h"
#include "config/ConfigValidator.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <utility>

namespace sbs::models {

// The configuration editor's model: one sbs-config.json document shown through the schema.
// Top-level rows are the schema's groups in display order, then an "Other keys" group with
// every key the schema does not know (present only when there is one), so nothing in the file
// is hidden. Each field row has a Key, a Value and a Finding column.
//
// The model owns the document, its file path and the base folder that relative paths resolve
// against. Editing the Value column changes the document, re-runs validation and reports the
// findings that changed. A key that the saved file does not have is not added for an empty
// value (or an unchecked box), so opening and saving a file changes only what was edited.
class ConfigFieldModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { KeyColumn, ValueColumn, FindingColumn, ColumnCount };

    enum Role {
        KeyRole = Qt::UserRole + 1, // canonical key (field rows) or group id (group rows)
        IsGroupRole, // true for group rows
        HelpTextRole, // translated one-line help
        SecretRole, // true for secret fields
        FieldTypeRole, // int(config::FieldType); String for unknown keys
        RequirementRole, // int(config::Requirement)
        PlaceholderRole, // example value for an empty field, or empty
        ChoicesRole, // QStringList for Enum fields
        PresentRole, // true when the document has the key
        EditableRole, // true when the Value column takes setData
        FindingSeverityRole, // int(config::Finding::Severity) of the worst finding; invalid when none
        FindingMessageRole, // the findings' messages, one per line; empty when none
        ErrorCountRole, // number of error findings (field or whole group)
        WarningCountRole, // number of warning findings (field or whole group)
    };
    Q_ENUM(Role)

    static constexpr const char* OtherGroupId = "other";
    static constexpr const char* TemplateResource = ":/templates/sbs-config.json";

    explicit ConfigFieldModel(QObject* parent = nullptr);
    ~ConfigFieldModel() override;

    // QAbstractItemModel
    QModelIndex index(int row, int column, const QModelIndex& parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Files. loadFile() keeps the current document when it fails.
    Status loadFile(const QString& path);
    Result<config::ConfigStore::Saved> saveFile();
    Result<config::ConfigStore::Saved> saveFileAs(const QString& path);
    // A new, unsaved document from a template file (the application's resource by default),
    // with RUNTIME_TYPE, UUID and SECRET filled in as the reference does on first use.
    Status newFromTemplate(const QString& templatePath = QString::fromLatin1(TemplateResource));
    // Back to the last loaded or saved state (or the template, for a new document).
    void revert();

    bool isModified() const;
    QString filePath() const { return m_filePath; }
    QString baseDir() const { return m_baseDir; }
    const config::ConfigDocument& document() const { return m_doc; }
    const QList<config::Finding>& findings() const { return m_findings; }

    // Lookup.
    QStringList groupIds() const; // the top-level rows, in order
    QModelIndex groupIndex(const QString& groupId) const;
    QModelIndex fieldIndex(const QString& key, int column = ValueColumn) const; // case-insensitive
    QString groupOfKey(const QString& key) const;
    QList<config::Finding> findingsFor(const QString& key) const;

    // Convenience editing by key, through the same path as setData().
    QString valueText(const QString& key) const;
    bool setValueText(const QString& key, const QString& value);
    bool setChecked(const QString& key, bool checked);
    bool isChecked(const QString& key) const;
    config::StringPairs pairs(const QString& key) const;
    void setPairs(const QString& key, const config::StringPairs& pairs);
    QStringList list(const QString& key) const;
    void setList(const QString& key, const QStringList& list);

Q_SIGNALS:
    void documentChanged(); // after every change of the document, reset included
    void modifiedChanged(bool modified);
    void findingsChanged();
    void filePathChanged(const QString& path);

private:
    struct Group
    {
        QString id;
        QString title;
        QStringList keys; // canonical keys for schema groups, file spelling for other keys
    };

    void rebuild(const config::ConfigDocument& doc, const config::ConfigDocument& saved);
    void revalidate();
    void afterEdit(const QString& key);
    void setFilePath(const QString& path);
    bool isBoolean(const QString& key) const;
    QString displayValue(const QString& key) const;
    bool keyIsEditable(const QString& key) const;
    bool dropsKey(const QString& key, bool isEmptyValue) const;

    config::ConfigDocument m_doc;
    config::ConfigDocument m_saved; // as last loaded or saved: revert() and isModified() compare with it
    QString m_filePath;
    QString m_baseDir;
    QList<Group> m_groups;
    QHash<QString, std::pair<int, int>> m_positions; // upper-case key → (group row, field row)
    QList<config::Finding> m_findings;
    bool m_wasModified = false;
};

} // namespace sbs::models
