#pragma once

#include "models/CertificateEntry.h"

#include <QDateTime>
#include <QTextBrowser>
#include <optional>

namespace sbs::gui {

// The details of one certificate of the certificates page as selectable text: everything of
// pki::CertificateInfo (subject, issuer, serial, validity, SAN, key, fingerprint, key usage,
// extended key usage, CA flag), the file it was read from and what is wrong with it. A missing
// file says what creates it. Private keys are never read into it.
class CertificateDetailsView : public QTextBrowser
{
    Q_OBJECT

public:
    explicit CertificateDetailsView(QWidget* parent = nullptr);
    ~CertificateDetailsView() override;

    // Shows entry as it is at now (for the days left); nullptr shows a hint to select a row.
    void showEntry(const models::CertificateEntry* entry, const QDateTime& now);

protected:
    void changeEvent(QEvent* event) override;

private:
    void render();

    std::optional<models::CertificateEntry> m_entry;
    QDateTime m_now;
};

} // namespace sbs::gui
