#include "Console.h"

#include <QCoreApplication>

namespace sbs::cli {

Console::Console(std::FILE* out, std::FILE* err)
    : m_out(out)
    , m_err(err)
{ }

void Console::write(std::FILE* stream, const QString& text)
{
    QByteArray bytes = text.toUtf8();
    if (!bytes.endsWith('\n'))
        bytes.append('\n');
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    std::fflush(stream);
}

void Console::print(const QString& text)
{
    write(m_out, text);
}

void Console::detail(int level, const QString& text)
{
    if (m_verbosity >= level)
        write(m_out, text);
}

void Console::note(const QString& text)
{
    write(m_err, text);
}

void Console::warning(const QString& text)
{
    write(m_err, QCoreApplication::translate("sbs::cli::Console", "sbsctl: warning: %1").arg(text));
}

void Console::error(const QString& text)
{
    write(m_err, QCoreApplication::translate("sbs::cli::Console", "sbsctl: error: %1").arg(text));
}

} // namespace sbs::cli
