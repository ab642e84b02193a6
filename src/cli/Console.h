#pragma once

#include <QString>
#include <cstdio>

namespace sbs::cli {

// Where sbsctl's output goes: results on stdout, warnings and errors on stderr, each line
// prefixed with the program name so that scripts can tell them apart.
class Console
{
public:
    explicit Console(std::FILE* out = stdout, std::FILE* err = stderr);

    void setVerbosity(int level) { m_verbosity = level; }
    int verbosity() const { return m_verbosity; }

    // Text for stdout as it is (a missing final newline is added).
    void print(const QString& text);
    // A line for stdout when verbosity is at least level.
    void detail(int level, const QString& text);
    // Status text for stderr without a prefix, for commands whose stdout is data.
    void note(const QString& text);
    void warning(const QString& text);
    void error(const QString& text);

private:
    void write(std::FILE* stream, const QString& text);

    std::FILE* m_out;
    std::FILE* m_err;
    int m_verbosity = 0;
};

} // namespace sbs::cli
