#pragma once

#include "config/ConfigDocument.h"

#include <QString>
#include <QStringList>

namespace sbs::models {

class ConfigFieldModel;

// The registry a configuration pushes to: Docker Hub (no server keys) or IBM Cloud Container
// Registry, whose region domain (e.g. us.icr.io) fills the server keys and whose user is
// "iamapikey" (an IBM Cloud API key is the password).
namespace RegistryChoice {

// Region domains of IBM Cloud Container Registry, the global one last.
QStringList ibmCloudDomains();

// The IBM Cloud Container Registry domain DOCKER_PUSH_SERVER names ("us.icr.io", also when
// written as "https://us.icr.io"), or empty when it names none (Docker Hub).
QString ibmCloudDomain(const config::ConfigDocument& doc);

// Sets DOCKER_BASE_SERVER and DOCKER_PUSH_SERVER to <domain>, DOCKER_CONTENT_TRUST_PUSH_SERVER
// to https://<domain>, and DOCKER_USER and DOCKER_RO_USER to iamapikey.
void useIbmCloud(ConfigFieldModel& model, const QString& domain);

// Empties the three server keys, and the two user keys where they hold "iamapikey".
void useDockerHub(ConfigFieldModel& model);

} // namespace RegistryChoice

} // namespace sbs::models
