#pragma once

#include "Command.h"

#include <QString>
#include <memory>
#include <vector>

namespace sbs::cli {

// The commands sbsctl knows, in the order --help lists them. A new command (a remote one such
// as status or build) is one Command subclass and one line in the constructor.
class CommandTable
{
public:
    CommandTable();

    void add(std::unique_ptr<Command> command);
    Command* find(const QString& name) const;
    const std::vector<std::unique_ptr<Command>>& commands() const { return m_commands; }

private:
    std::vector<std::unique_ptr<Command>> m_commands;
};

} // namespace sbs::cli
