#pragma once

#include "Result.h"
#include "pki/CertificateReport.h"
#include "pki/FileBatch.h"

namespace sbs::pki {

// Certificates and keys made in memory and checked against the disk, not yet written. A
// caller that has to do something else first (sbsctl saves the configuration with its new
// UUID) does it between planning and commit(), after every bad input has been reported.
class CertificatePlan
{
public:
    CertificatePlan() = default;
    CertificatePlan(FileBatch batch, CertificateReport report);

    const CertificateReport& report() const { return m_report; }
    QStringList paths() const { return m_batch.paths(); }

    // Writes the files (all or none) and returns the report with what was written.
    Result<CertificateReport> commit();

private:
    FileBatch m_batch;
    CertificateReport m_report;
};

} // namespace sbs::pki
