#include "ContractEnvForm.h"

#include "Icons.h"
#include "MessageWidget.h"
#include "contract/InstanceEnv.h"
#include "models/ConfigFieldModel.h"
#include "models/ProfileSession.h"

#include <QDir>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSet>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>
#include <algorithm>
#include <functional>

namespace sbs::gui {

namespace {

QPushButton* makeButton(const QString& name, const QIcon& icon, const QString& text, QWidget* parent)
{
    auto* button = new QPushButton(icon, text, parent);
    button->setObjectName(name);
    return button;
}

} // namespace

ContractEnvForm::ContractEnvForm(models::ProfileSession* session, MessageWidget* message, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_message(message)
    , m_loggingHostEdit(new QLineEdit(this))
    , m_ingestionKeyEdit(new QLineEdit(this))
    , m_showKeyButton(new QToolButton(this))
    , m_loggingPortSpinBox(new QSpinBox(this))
    , m_volumeSeedEdit(new QLineEdit(this))
    , m_model(new QStandardItemModel(0, ColumnCount, this))
    , m_table(new QTableView(this))
    , m_addButton(makeButton(QStringLiteral("addEnvButton"),
                             Icons::themed(QStringLiteral("list-add"), QStringLiteral("add")), tr("Add"),
                             this))
    , m_removeButton(makeButton(QStringLiteral("removeEnvButton"),
                                Icons::themed(QStringLiteral("list-remove"), QStringLiteral("remove")),
                                tr("Remove"), this))
    , m_fillButton(makeButton(QStringLiteral("fillFromInstanceEnvButton"),
                              Icons::bundled(QStringLiteral("certificate")), tr("Fill from Instance Env"),
                              this))
{
    m_loggingHostEdit->setObjectName(QStringLiteral("loggingHostEdit"));
    m_loggingHostEdit->setPlaceholderText(
        tr("Empty for no logging, e.g. syslog-a.eu-de.logging.cloud.ibm.com"));
    m_ingestionKeyEdit->setObjectName(QStringLiteral("ingestionKeyEdit"));
    m_ingestionKeyEdit->setEchoMode(QLineEdit::Password);
    m_ingestionKeyEdit->setPlaceholderText(tr("The ingestion key of the logging instance"));
    m_showKeyButton->setObjectName(QStringLiteral("showIngestionKeyButton"));
    m_showKeyButton->setCheckable(true);
    m_loggingPortSpinBox->setObjectName(QStringLiteral("loggingPortSpinBox"));
    m_loggingPortSpinBox->setRange(0, 65535);
    m_loggingPortSpinBox->setSpecialValueText(tr("none"));
    m_loggingPortSpinBox->setToolTip(tr("The logging port; \"none\" leaves the port out"));
    m_volumeSeedEdit->setObjectName(QStringLiteral("volumeSeedEdit"));
    m_volumeSeedEdit->setEchoMode(QLineEdit::Password);
    m_volumeSeedEdit->setPlaceholderText(tr("The seed of the encrypted data volume (volumes.hpsb.seed)"));

    m_model->setHorizontalHeaderLabels({ tr("Name"), tr("Value") });
    m_table->setObjectName(QStringLiteral("envTable"));
    m_table->setModel(m_model);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(NameColumn, 160);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideMiddle);
    m_table->setMinimumHeight(140);
    m_removeButton->setEnabled(false);
    m_fillButton->setToolTip(tr("Fill CLIENT_CRT, CLIENT_CA, SERVER_CRT and SERVER_KEY from the profile's "
                                "certificates; SERVER_KEY is encrypted to the platform's OpenPGP key "
                                "(HPVS_PUBLIC_KEY_FILE). Your own values stay."));

    auto* keyRow = new QHBoxLayout;
    keyRow->addWidget(m_ingestionKeyEdit, 1);
    keyRow->addWidget(m_showKeyButton);
    auto* portRow = new QHBoxLayout;
    portRow->addWidget(m_loggingPortSpinBox);
    portRow->addStretch(1);
    auto* buttons = new QVBoxLayout;
    buttons->addWidget(m_fillButton);
    buttons->addWidget(m_addButton);
    buttons->addWidget(m_removeButton);
    buttons->addStretch(1);
    auto* tableRow = new QHBoxLayout;
    tableRow->addWidget(m_table, 1);
    tableRow->addLayout(buttons);

    auto* form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("Logging &host:"), m_loggingHostEdit);
    form->addRow(tr("&Ingestion key:"), keyRow);
    form->addRow(tr("Logging &port:"), portRow);
    form->addRow(tr("&Volume seed:"), m_volumeSeedEdit);
    form->addRow(tr("&Env values:"), tableRow);
    // Rows of a layout get no buddy by themselves: the label's shortcut goes to the field.
    const QList<QPair<QLayout*, QWidget*>> buddies
        = { { keyRow, m_ingestionKeyEdit }, { portRow, m_loggingPortSpinBox }, { tableRow, m_table } };
    for (const auto& [row, field] : buddies) {
        if (auto* label = qobject_cast<QLabel*>(form->labelForField(row)))
            label->setBuddy(field);
    }

    for (QLineEdit* edit : { m_loggingHostEdit, m_ingestionKeyEdit, m_volumeSeedEdit })
        connect(edit, &QLineEdit::textChanged, this, &ContractEnvForm::changed);
    connect(m_loggingPortSpinBox, &QSpinBox::valueChanged, this, &ContractEnvForm::changed);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &ContractEnvForm::changed);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &ContractEnvForm::changed);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &ContractEnvForm::changed);
    connect(m_showKeyButton, &QToolButton::toggled, this, &ContractEnvForm::setRevealed);
    connect(m_addButton, &QPushButton::clicked, this, &ContractEnvForm::addRow);
    connect(m_removeButton, &QPushButton::clicked, this, &ContractEnvForm::removeRows);
    connect(m_fillButton, &QPushButton::clicked, this, &ContractEnvForm::fillFromInstanceEnv);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { m_removeButton->setEnabled(m_table->selectionModel()->hasSelection()); });
    setRevealed(false);
}

ContractEnvForm::~ContractEnvForm() = default;

contract::ContractEnv ContractEnvForm::env() const
{
    contract::ContractEnv env;
    env.loggingHost = m_loggingHostEdit->text().trimmed();
    env.loggingIngestionKey = m_ingestionKeyEdit->text().trimmed();
    env.loggingPort = m_loggingPortSpinBox->value();
    env.volumeSeed = m_volumeSeedEdit->text();
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QString name = m_model->index(row, NameColumn).data().toString().trimmed();
        const QString value = m_model->index(row, ValueColumn).data().toString();
        // A row just added and not filled in yet is no value.
        if (name.isEmpty() && value.isEmpty())
            continue;
        env.values.append({ name, value });
    }
    return env;
}

bool ContractEnvForm::isKeyRevealed() const
{
    return m_showKeyButton->isChecked();
}

void ContractEnvForm::setRevealed(bool revealed)
{
    m_ingestionKeyEdit->setEchoMode(revealed ? QLineEdit::Normal : QLineEdit::Password);
    m_volumeSeedEdit->setEchoMode(revealed ? QLineEdit::Normal : QLineEdit::Password);
    m_showKeyButton->setIcon(Icons::bundled(revealed ? QStringLiteral("eye-off") : QStringLiteral("eye")));
    m_showKeyButton->setToolTip(revealed ? tr("Hide the ingestion key and the volume seed")
                                         : tr("Show the ingestion key and the volume seed"));
    m_showKeyButton->setText(m_showKeyButton->toolTip());
    Q_EMIT changed();
}

void ContractEnvForm::addRow()
{
    const int row = m_model->rowCount();
    m_model->appendRow({ new QStandardItem, new QStandardItem });
    const QModelIndex name = m_model->index(row, NameColumn);
    m_table->setCurrentIndex(name);
    m_table->edit(name);
}

void ContractEnvForm::removeRows()
{
    QList<int> rows;
    for (const QModelIndex& index : m_table->selectionModel()->selectedRows())
        rows << index.row();
    std::sort(rows.begin(), rows.end(), std::greater<int>());
    for (int row : rows)
        m_model->removeRow(row);
}

void ContractEnvForm::setValues(const QList<QPair<QString, QString>>& values)
{
    QSet<QString> names;
    for (const auto& value : values)
        names.insert(value.first);
    for (int row = m_model->rowCount() - 1; row >= 0; --row) {
        if (names.contains(m_model->index(row, NameColumn).data().toString().trimmed()))
            m_model->removeRow(row);
    }
    for (int i = 0; i < values.size(); ++i)
        m_model->insertRow(i, { new QStandardItem(values[i].first), new QStandardItem(values[i].second) });
}

void ContractEnvForm::fillFromInstanceEnv()
{
    if (!m_session || m_busy)
        return;
    const Result<pki::CertificateLayout> layout = m_session->layout();
    if (!layout) {
        m_message->showMessage(layout.error(), MessageWidget::Type::Error);
        return;
    }
    contract::InstanceEnv::Options options;
    options.pgpPublicKeyPath
        = contract::InstanceEnv::pgpKeyPath(m_session->config()->document(), m_session->profile().workDir);
    if (options.pgpPublicKeyPath.isEmpty()) {
        m_message->showMessage(
            tr("SERVER_KEY must be encrypted to the platform's OpenPGP public key, and none is "
               "named; set HPVS_PUBLIC_KEY_FILE in the configuration to the key's file."),
            MessageWidget::Type::Error);
        return;
    }
    setBusy(tr("Encrypting the server key…"));
    const int token = ++m_fillToken;
    const QString keyPath = options.pgpPublicKeyPath;
    auto* watcher = new QFutureWatcher<Result<contract::InstanceEnv>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, token, keyPath] {
        watcher->deleteLater();
        if (token != m_fillToken)
            return;
        setBusy(QString());
        const Result<contract::InstanceEnv> env = watcher->result();
        if (!env) {
            m_message->showMessage(env.error(), MessageWidget::Type::Error);
            return;
        }
        setValues(env->values());
        QStringList notes { tr("Filled CLIENT_CRT, CLIENT_CA, SERVER_CRT and SERVER_KEY from the profile's "
                               "certificates; SERVER_KEY is encrypted to %1.")
                                .arg(QDir::toNativeSeparators(keyPath)) };
        notes << env->warnings();
        m_message->showMessage(notes.join(QLatin1Char('\n')),
                               notes.size() > 1 ? MessageWidget::Type::Warning
                                                : MessageWidget::Type::Positive);
    });
    watcher->setFuture(contract::InstanceEnv::buildAsync(layout.value(), options));
}

void ContractEnvForm::setBusy(const QString& text)
{
    m_busy = !text.isEmpty();
    m_fillButton->setEnabled(!m_busy);
    Q_EMIT progressChanged(text);
}

} // namespace sbs::gui
