#include "OnboardingContext.h"

#include "config/ConfigRules.h"
#include "models/ConfigFieldModel.h"

#include <QDir>

namespace sbs::gui {

OnboardingContext::OnboardingContext(models::ConfigFieldModel* model)
    : m_model(model)
{ }

models::Profile OnboardingContext::profile() const
{
    if (!m_model || m_model->filePath().isEmpty())
        return {};
    return models::Profile::forConfig(m_model->filePath());
}

Result<pki::CertificateLayout> OnboardingContext::layout() const
{
    const models::Profile current = profile();
    if (!current.isValid())
        return Result<pki::CertificateLayout>::fail(tr("The configuration has no file yet: save it first."));
    return pki::CertificateLayout::resolve(m_model->document(), QDir::toNativeSeparators(current.configPath),
                                           current.workDir);
}

QString OnboardingContext::displayPath(const QString& path) const
{
    const models::Profile current = profile();
    if (current.isValid() && !path.isEmpty()) {
        const QString relative = QDir(current.workDir).relativeFilePath(path);
        if (!relative.startsWith(QLatin1String("..")) && !QDir::isAbsolutePath(relative))
            return QDir::toNativeSeparators(relative);
    }
    return QDir::toNativeSeparators(path);
}

Status OnboardingContext::completeAndSave()
{
    if (!m_model || m_model->filePath().isEmpty())
        return Status::fail(tr("The configuration has no file yet: save it first."));
    config::ConfigDocument completed = m_model->document();
    const QStringList added = config::fillDefaults(completed);
    for (const QString& key : added)
        m_model->setValueText(key, completed.string(key));
    if (!m_model->isModified())
        return Status::ok();
    const auto saved = m_model->saveFile();
    return saved ? Status::ok() : Status::fail(saved.error());
}

} // namespace sbs::gui
