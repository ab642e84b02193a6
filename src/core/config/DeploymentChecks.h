#pragma once

#include "config/ValidationContext.h"

namespace sbs::config {

// The rules of validate() about the server, the source, the registries (with the notes of the
// reference guide on IBM Cloud Container Registry and signed base images), the build and object
// storage. ConfigValidator.cpp holds the rules about keys, types and files.
class DeploymentChecks
{
public:
    static void run(ValidationContext& c);

private:
    static void checkServer(ValidationContext& c);
    static void checkSource(ValidationContext& c);
    static void checkRegistry(ValidationContext& c);
    static void checkBaseImage(ValidationContext& c);
    static void checkBuild(ValidationContext& c);
    static void checkStorage(ValidationContext& c);
};

} // namespace sbs::config
