#include "pki/CertificatePlan.h"

#include <utility>

namespace sbs::pki {

CertificatePlan::CertificatePlan(FileBatch batch, CertificateReport report)
    : m_batch(std::move(batch))
    , m_report(std::move(report))
{ }

Result<CertificateReport> CertificatePlan::commit()
{
    if (m_batch.isEmpty())
        return Result<CertificateReport>::ok(m_report);
    Result<FileBatch::Written> written = m_batch.commit();
    if (!written)
        return Result<CertificateReport>::fail(written.error());
    m_report.written = written->files;
    m_report.backups = written->backups;
    m_batch = FileBatch();
    return Result<CertificateReport>::ok(m_report);
}

} // namespace sbs::pki
