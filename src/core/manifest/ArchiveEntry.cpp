#include "manifest/ArchiveEntry.h"

#include <QStringList>

namespace sbs::manifest {

QString ArchiveEntry::problem() const
{
    QStringList parts;
    if (flags & Absolute)
        parts << tr("absolute path");
    if (flags & ParentReference)
        parts << tr("the path climbs out with \"..\"");
    if (flags & LinkOutside) {
        parts << (type == Type::Hardlink ? tr("hard link to %1, outside the archive").arg(linkTarget)
                                         : tr("link to %1, outside the archive").arg(linkTarget));
    }
    if (flags & Duplicate)
        parts << tr("second entry with this path");
    if (parts.isEmpty() && type == Type::Other)
        return tr("a device, FIFO or socket, which is never extracted");
    return parts.join(QStringLiteral("; "));
}

QString ArchiveEntry::modeString() const
{
    QString text(10, QLatin1Char('-'));
    switch (type) {
    case Type::Directory:
        text[0] = QLatin1Char('d');
        break;
    case Type::Symlink:
        text[0] = QLatin1Char('l');
        break;
    case Type::Hardlink:
        text[0] = QLatin1Char('h');
        break;
    case Type::Other:
        text[0] = QLatin1Char('?');
        break;
    case Type::File:
        break;
    }
    static const char letters[] = "rwxrwxrwx";
    for (int i = 0; i < 9; ++i) {
        if (mode & (0400u >> i))
            text[i + 1] = QLatin1Char(letters[i]);
    }
    // The set-id and sticky bits show in the execute columns, as ls does.
    const auto special = [&](int column, quint32 bit, char withExec, char withoutExec) {
        if (mode & bit)
            text[column] = QLatin1Char(text[column] == QLatin1Char('x') ? withExec : withoutExec);
    };
    special(3, 04000, 's', 'S');
    special(6, 02000, 's', 'S');
    special(9, 01000, 't', 'T');
    return text;
}

} // namespace sbs::manifest
