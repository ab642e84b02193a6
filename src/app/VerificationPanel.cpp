#include "VerificationPanel.h"

#include "LibraryActions.h"
#include "Prompts.h"

#include <QClipboard>
#include <QColor>
#include <QDir>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace sbs::gui {

using manifest::ManifestVerifier;
using manifest::Verification;

namespace {

// The texts keep the translation context of the page they were written for.
struct PageText
{
    Q_DECLARE_TR_FUNCTIONS(sbs::gui::ManifestsPage)
};

} // namespace

VerificationPanel::VerificationPanel(QWidget* parent)
    : QWidget(parent)
{
    m_badge = new QLabel(this);
    m_badge->setObjectName(QStringLiteral("verificationBadgeLabel"));
    m_badge->setAlignment(Qt::AlignCenter);
    m_badge->setMinimumWidth(180);
    QFont badgeFont = m_badge->font();
    badgeFont.setPointSizeF(badgeFont.pointSizeF() * 1.4);
    badgeFont.setBold(true);
    m_badge->setFont(badgeFont);
    m_nameLabel = new QLabel(this);
    m_nameLabel->setObjectName(QStringLiteral("manifestNameLabel"));
    m_nameLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_nameLabel->setWordWrap(true);
    QFont nameFont = m_nameLabel->font();
    nameFont.setBold(true);
    m_nameLabel->setFont(nameFont);

    m_fingerprintLabel = detailLabel("fingerprintLabel");
    m_checkLabel = detailLabel("checkDescriptionLabel");
    m_archiveLabel = detailLabel("archiveDigestLabel");

    m_commandsEdit = new QPlainTextEdit(this);
    m_commandsEdit->setObjectName(QStringLiteral("opensslCommandsEdit"));
    m_commandsEdit->setReadOnly(true);
    m_commandsEdit->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_commandsEdit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_commandsEdit->setMaximumHeight(m_commandsEdit->fontMetrics().lineSpacing() * 7);
    m_commandsHint = detailLabel("commandsHintLabel");
    m_commandsHint->setForegroundRole(QPalette::PlaceholderText);
    m_copyButton = new QPushButton(PageText::tr("&Copy Commands"), this);
    m_copyButton->setObjectName(QStringLiteral("copyCommandsButton"));

    m_verifyButton = new QPushButton(PageText::tr("&Verify Again"), this);
    m_verifyButton->setObjectName(QStringLiteral("verifyButton"));
    m_verifyButton->setToolTip(PageText::tr("Read the manifest again and check its signature with the key"));
    m_tamperButton = new QPushButton(PageText::tr("&Tamper Test"), this);
    m_tamperButton->setObjectName(QStringLiteral("tamperTestButton"));
    m_tamperButton->setToolTip(
        PageText::tr("Check, in memory, that a copy with one more file under git/ fails the "
                     "check, as the reference client's tamper test does"));
    m_tamperLabel = detailLabel("tamperResultLabel");
    m_exportButton = new QPushButton(PageText::tr("&Export Review Bundle…"), this);
    m_exportButton->setObjectName(QStringLiteral("exportBundleButton"));
    m_exportButton->setToolTip(
        PageText::tr("Write a zip with the manifest, its key and the report of this check, for a reviewer"));

    auto* heading = new QHBoxLayout;
    heading->addWidget(m_badge, 0, Qt::AlignTop);
    heading->addWidget(m_nameLabel, 1);

    auto* form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->addRow(PageText::tr("Key:"), m_fingerprintLabel);
    form->addRow(PageText::tr("Check:"), m_checkLabel);
    form->addRow(PageText::tr("Inner archive:"), m_archiveLabel);

    auto* commandsRow = new QHBoxLayout;
    commandsRow->addWidget(m_commandsHint, 1);
    commandsRow->addWidget(m_copyButton, 0, Qt::AlignTop);

    auto* actions = new QHBoxLayout;
    actions->addWidget(m_verifyButton);
    actions->addWidget(m_tamperButton);
    actions->addStretch(1);
    actions->addWidget(m_exportButton);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(heading);
    layout->addLayout(form);
    layout->addWidget(
        new QLabel(PageText::tr("The same check with openssl, for anyone who wants to repeat it:"), this));
    layout->addWidget(m_commandsEdit);
    layout->addLayout(commandsRow);
    layout->addLayout(actions);
    layout->addWidget(m_tamperLabel);
    layout->addStretch(1);

    connect(m_copyButton, &QPushButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(m_commandsEdit->toPlainText());
        Q_EMIT commandsCopied();
    });
    connect(m_verifyButton, &QPushButton::clicked, this, &VerificationPanel::verifyRequested);
    connect(m_tamperButton, &QPushButton::clicked, this, &VerificationPanel::tamperTestRequested);
    connect(m_exportButton, &QPushButton::clicked, this, [this] {
        if (m_path.isEmpty())
            return;
        const QString suggested
            = QDir::home().filePath(LibraryActions::manifestNameOf(m_path) + QStringLiteral("-review.zip"));
        // The core refuses an existing file; the dialog need not ask about replacing it.
        const QString path
            = Prompts::saveFileName(this, PageText::tr("Export Review Bundle"), suggested,
                                    PageText::tr("Zip files (*.zip)"), QFileDialog::DontConfirmOverwrite);
        if (!path.isEmpty())
            Q_EMIT exportRequested(path);
    });
}

QLabel* VerificationPanel::detailLabel(const char* name)
{
    auto* label = new QLabel(this);
    label->setObjectName(QLatin1String(name));
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setWordWrap(true);
    return label;
}

void VerificationPanel::showNothing()
{
    m_path.clear();
    setState(State::NotChecked);
    m_nameLabel->setText(PageText::tr("Select a manifest of the library, or fetch or import one."));
    m_fingerprintLabel->clear();
    m_checkLabel->clear();
    m_archiveLabel->clear();
    m_commandsEdit->clear();
    m_commandsHint->clear();
}

void VerificationPanel::showVerification(const QString& sigTbzPath, const QString& keyPath, State state,
                                         const Verification* v)
{
    m_path = sigTbzPath;
    const QString manifestName = LibraryActions::manifestNameOf(sigTbzPath);
    const QString keyFile
        = keyPath.isEmpty() ? LibraryActions::keyFileName(manifestName) : QFileInfo(keyPath).fileName();
    setState(state);
    m_nameLabel->setText(manifestName + LibraryActions::sigTbzSuffix());

    if (keyPath.isEmpty())
        m_fingerprintLabel->setText(PageText::tr("No key: %1 is not beside the manifest.").arg(keyFile));
    else if (v && !v->keyFingerprint.isEmpty())
        m_fingerprintLabel->setText(PageText::tr("SHA-256 fingerprint %1 (%2), from %3")
                                        .arg(v->keyFingerprint, v->keyDescription, keyFile));
    else
        m_fingerprintLabel->setText(
            PageText::tr("%1 (its fingerprint is shown once it was read)").arg(keyFile));

    QString check
        = PageText::tr("%1.tbz, the inner archive, is hashed with SHA-256 as it streams out of %1.sig.tbz; "
                       "that digest is hashed again and checked against the hex signature in %1.sig as an "
                       "RSA PKCS#1 v1.5 signature with SHA-256, using the public key %2.")
              .arg(manifestName, keyFile);
    if (v && !v->message.isEmpty())
        check += QLatin1Char('\n') + PageText::tr("Result: %1").arg(v->message);
    m_checkLabel->setText(check);

    if (v && !v->tbzSha256.isEmpty())
        m_archiveLabel->setText(PageText::tr("SHA-256 of %1.tbz: %2\nSize: %3 (%4 bytes)")
                                    .arg(manifestName, QString::fromLatin1(v->tbzSha256.toHex()),
                                         QLocale().formattedDataSize(v->tbzSize),
                                         QLocale().toString(v->tbzSize)));
    else
        m_archiveLabel->setText(PageText::tr("Not read yet."));

    m_commandsEdit->setPlainText(ManifestVerifier::opensslCommands(manifestName, keyFile));
    m_commandsHint->setText(
        PageText::tr("Run them in %1.").arg(QDir::toNativeSeparators(QFileInfo(sigTbzPath).absolutePath())));
}

void VerificationPanel::setState(State state)
{
    QString text;
    QColor background;
    QColor foreground(Qt::white);
    switch (state) {
    case State::Verified:
        text = PageText::tr("Verified");
        background = QColor(0x2e, 0x7d, 0x32);
        break;
    case State::SignatureInvalid:
        text = PageText::tr("Signature invalid");
        background = QColor(0xc6, 0x28, 0x28);
        break;
    case State::KeyMissing:
        text = PageText::tr("Key missing");
        background = QColor(0xf2, 0xa9, 0x00);
        foreground = QColor(0x21, 0x21, 0x21);
        break;
    case State::Malformed:
        text = PageText::tr("Archive malformed");
        background = QColor(0xc6, 0x28, 0x28);
        break;
    case State::Checking:
        text = PageText::tr("Checking…");
        background = QColor(0x60, 0x7d, 0x8b);
        break;
    case State::NotChecked:
        text = PageText::tr("Not checked");
        background = QColor(0x75, 0x75, 0x75);
        break;
    }
    m_badge->setText(text);
    m_badge->setStyleSheet(QStringLiteral("QLabel { background-color: %1; color: %2; border-radius: 14px; "
                                          "padding: 6px 18px; }")
                               .arg(background.name(), foreground.name()));
}

void VerificationPanel::showTamperResult(const QString& text, bool passed)
{
    m_tamperText = text;
    m_tamperLabel->setText(text);
    m_tamperLabel->setStyleSheet(
        text.isEmpty() ? QString()
                       : QStringLiteral("QLabel { color: %1; }")
                             .arg(passed ? QStringLiteral("#2e7d32") : QStringLiteral("#c62828")));
}

void VerificationPanel::setActionsEnabled(bool selected, bool hasKey, bool busy)
{
    m_verifyButton->setEnabled(selected && !busy);
    m_tamperButton->setEnabled(hasKey && !busy);
    m_exportButton->setEnabled(hasKey && !busy);
    m_copyButton->setEnabled(selected);
}

QString VerificationPanel::badgeText() const
{
    return m_badge->text();
}

QString VerificationPanel::opensslCommands() const
{
    return m_commandsEdit->toPlainText();
}

} // namespace sbs::gui
