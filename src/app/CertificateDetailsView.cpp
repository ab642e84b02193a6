#include "CertificateDetailsView.h"

#include "CertificateTableDelegate.h"
#include "models/CertificateCheck.h"
#include "models/CertificateTableModel.h"

#include <QEvent>
#include <QLocale>

namespace sbs::gui {

using models::CertificateEntry;
using Severity = CertificateEntry::Severity;

namespace {

QString escaped(const QString& text)
{
    return text.toHtmlEscaped();
}

QString listText(const QStringList& items, const QString& none)
{
    return items.isEmpty() ? none : items.join(QStringLiteral(", "));
}

} // namespace

CertificateDetailsView::CertificateDetailsView(QWidget* parent)
    : QTextBrowser(parent)
{
    setOpenLinks(false);
    setReadOnly(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    render();
}

CertificateDetailsView::~CertificateDetailsView() = default;

void CertificateDetailsView::showEntry(const CertificateEntry* entry, const QDateTime& now)
{
    if (entry)
        m_entry = *entry;
    else
        m_entry.reset();
    m_now = now;
    render();
}

void CertificateDetailsView::changeEvent(QEvent* event)
{
    QTextBrowser::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::LanguageChange)
        render();
}

void CertificateDetailsView::render()
{
    const QPalette pal = palette();
    if (!m_entry) {
        setHtml(QStringLiteral("<p style=\"color:%1\">%2</p>")
                    .arg(pal.color(QPalette::PlaceholderText).name(),
                         escaped(tr("Select a certificate to see its details."))));
        return;
    }
    const CertificateEntry& entry = *m_entry;
    const QString labelColor = pal.color(QPalette::PlaceholderText).name();
    QString rows;
    auto row = [&](const QString& label, const QString& valueHtml) {
        rows += QStringLiteral("<tr><td style=\"color:%1; padding-right:12px\" valign=\"top\">%2</td>"
                               "<td valign=\"top\">%3</td></tr>")
                    .arg(labelColor, escaped(label), valueHtml);
    };
    auto mono = [](const QString& text) {
        return QStringLiteral("<span style=\"font-family:monospace\">%1</span>").arg(escaped(text));
    };

    QString html = QStringLiteral("<h3>%1</h3>")
                       .arg(escaped(models::CertificateCheck::kindName(entry.kind, entry.ownCa)));
    for (const CertificateEntry::Problem& problem : entry.problems) {
        const QColor color = CertificateTableDelegate::severityColor(problem.severity, pal);
        html += QStringLiteral("<p style=\"color:%1\">%2</p>")
                    .arg(color.isValid() ? color.name() : pal.color(QPalette::Text).name(),
                         escaped(problem.text));
    }

    row(tr("File"), entry.path.isEmpty() ? escaped(tr("not known yet")) : mono(entry.path));
    if (!entry.present) {
        row(tr("Status"),
            escaped(entry.createdBy.isEmpty() ? tr("missing") : tr("missing: %1").arg(entry.createdBy)));
    } else if (!entry.info) {
        row(tr("Status"), escaped(tr("unreadable")));
    } else {
        const pki::CertificateInfo& info = *entry.info;
        const QLocale locale;
        auto when = [&](const QDateTime& utc) {
            return escaped(QStringLiteral("%1 (%2)").arg(
                locale.toString(utc.toLocalTime(), QLocale::LongFormat), utc.toString(Qt::ISODate)));
        };
        const qint64 days = info.daysLeft(m_now);
        const QColor daysColor
            = CertificateTableDelegate::severityColor(models::CertificateCheck::severityForDays(days), pal);
        const QString daysText = escaped(models::CertificateTableModel::daysLeftText(days));
        row(tr("Subject"), escaped(info.subject));
        row(tr("Issuer"), escaped(info.issuer));
        row(tr("Serial number"), mono(info.serialHex));
        row(tr("Valid from"), when(info.notBefore));
        row(tr("Valid until"), when(info.notAfter));
        row(tr("Days left"),
            daysColor.isValid()
                ? QStringLiteral("<b style=\"color:%1\">%2</b>").arg(daysColor.name(), daysText)
                : daysText);
        row(tr("Subject alternative names"), escaped(listText(info.subjectAltNames, tr("none"))));
        row(tr("Key"), escaped(info.key.text()));
        row(tr("SHA-256 fingerprint"), mono(info.sha256Fingerprint));
        row(tr("Key usage"), escaped(listText(info.keyUsage, tr("none"))));
        row(tr("Extended key usage"), escaped(listText(info.extendedKeyUsage, tr("none"))));
        row(tr("Certificate authority"), escaped(info.isCa ? tr("yes (CA:TRUE)") : tr("no")));
    }
    html += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"2\">%1</table>").arg(rows);
    setHtml(html);
}

} // namespace sbs::gui
