#include "CommandTable.h"

#include "CreateClientCertCommand.h"
#include "CreateServerCertCommand.h"
#include "DeleteCertificatesCommand.h"
#include "InstanceEnvCommand.h"
#include "RenewCertsCommand.h"

#include <utility>

namespace sbs::cli {

CommandTable::CommandTable()
{
    add(std::make_unique<CreateClientCertCommand>());
    add(std::make_unique<CreateServerCertCommand>());
    add(std::make_unique<DeleteCertificatesCommand>());
    add(std::make_unique<InstanceEnvCommand>());
    add(std::make_unique<RenewCertsCommand>());
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
