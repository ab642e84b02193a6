#include "CommandTable.h"

#include "BuildCommand.h"
#include "CleanCommand.h"
#include "CreateClientCertCommand.h"
#include "CreateServerCertCommand.h"
#include "DeleteCertificatesCommand.h"
#include "GetDigestCommand.h"
#include "GetManifestCommand.h"
#include "GetPublicKeyCommand.h"
#include "GetSignedImageKeyCommand.h"
#include "GetStateImageCommand.h"
#include "InitCommand.h"
#include "InstanceEnvCommand.h"
#include "LogCommand.h"
#include "PostStateImageCommand.h"
#include "RenewCertsCommand.h"
#include "StatusCommand.h"
#include "UpdateCommand.h"
#include "VerifyManifestCommand.h"

#include <utility>

namespace sbs::cli {

CommandTable::CommandTable()
{
    add(std::make_unique<CreateClientCertCommand>());
    add(std::make_unique<CreateServerCertCommand>());
    add(std::make_unique<DeleteCertificatesCommand>());
    add(std::make_unique<InstanceEnvCommand>());
    add(std::make_unique<RenewCertsCommand>());
    add(std::make_unique<InitCommand>());
    add(std::make_unique<UpdateCommand>());
    add(std::make_unique<BuildCommand>());
    add(std::make_unique<CleanCommand>());
    add(std::make_unique<StatusCommand>());
    add(std::make_unique<LogCommand>());
    add(std::make_unique<GetManifestCommand>());
    add(std::make_unique<GetPublicKeyCommand>());
    add(std::make_unique<GetSignedImageKeyCommand>());
    add(std::make_unique<GetDigestCommand>());
    add(std::make_unique<GetStateImageCommand>());
    add(std::make_unique<PostStateImageCommand>());
    add(std::make_unique<VerifyManifestCommand>());
}

void CommandTable::add(std::unique_ptr<Command> command)
{
    m_commands.push_back(std::move(command));
}

Command* CommandTable::find(const QString& name) const
{
    for (const auto& command : m_commands) {
        if (command->name() == name)
            return command.get();
    }
    return nullptr;
}

} // namespace sbs::cli
