#pragma once

#include "MessageWidget.h"

#include <QPointer>
#include <QWidget>
#include <memory>

class QAction;

namespace Ui {
class ConfigEditor;
}

namespace sbs::models {
class ConfigFieldModel;
}

namespace sbs::gui {

class ConfigGroupPage;

// The configuration editor: a list of the field model's groups on the left, one generated form
// page per group on the right, and a Raw JSON page with the text Save writes. A message bar on
// top carries the window's messages; a second one sums up the validation findings and leads to
// the first of them.
class ConfigEditor : public QWidget
{
    Q_OBJECT

public:
    static constexpr const char* RawJsonId = "raw-json";

    explicit ConfigEditor(models::ConfigFieldModel* model, QWidget* parent = nullptr);
    ~ConfigEditor() override;

    void showMessage(const QString& text, MessageWidget::Type type,
                     int autoHideMs = MessageWidget::AutoHideForType);
    void hideMessage();
    MessageWidget* messageWidget() const;

    // Pages: a group id of the model, or RawJsonId.
    QStringList pageIds() const;
    QString currentPageId() const;
    void showPage(const QString& id);
    ConfigGroupPage* groupPage(const QString& groupId) const;
    // Opens the page of the key's group, scrolls to the field and focuses its editor.
    void showField(const QString& key);

    QByteArray saveState() const;
    void restoreState(const QByteArray& state);

private:
    void rebuildPages();
    void updateGroupBadges();
    void updateFindingsMessage();
    void updateRawJson();

    const std::unique_ptr<Ui::ConfigEditor> m_ui;
    QPointer<models::ConfigFieldModel> m_model;
    QList<ConfigGroupPage*> m_pages;
    QAction* m_showFindingAction;
    QString m_firstFindingKey;
    QString m_dismissedFindingsText;
    bool m_rawJsonStale = true;
};

} // namespace sbs::gui
