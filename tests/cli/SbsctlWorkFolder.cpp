#include "SbsctlWorkFolder.h"

#include "SbsctlTestTools.h"

namespace sbs::test {

bool SbsctlWorkFolder::resetWorkFolder()
{
    m_work = std::make_unique<QTemporaryDir>();
    return m_work->isValid();
}

QString SbsctlWorkFolder::workDir() const
{
    return m_work->path();
}

QString SbsctlWorkFolder::path(const QString& name) const
{
    return m_work->filePath(name);
}

ProcessResult SbsctlWorkFolder::sbsctl(const QStringList& arguments) const
{
    return runSbsctl(m_work->path(), arguments);
}

bool SbsctlWorkFolder::writeConfig(const QJsonObject& config) const
{
    return test::writeConfig(path(QStringLiteral("sbs-config.json")), config);
}

} // namespace sbs::test
