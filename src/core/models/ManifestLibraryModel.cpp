#include "models/ManifestLibraryModel.h"

#include <QFileInfo>
#include <QLocale>
#include <QSet>

namespace sbs::models {

using Outcome = manifest::Verification::Outcome;

ManifestLibraryModel::ManifestLibraryModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

int ManifestLibraryModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int ManifestLibraryModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ManifestLibraryModel::stateText(State state)
{
    switch (state) {
    case State::NotChecked:
        return tr("Not checked");
    case State::Checking:
        return tr("Checking…");
    case State::Verified:
        return tr("Verified");
    case State::SignatureInvalid:
        return tr("Signature invalid");
    case State::KeyMissing:
        return tr("Key missing");
    case State::Malformed:
        return tr("Archive malformed");
    }
    return {};
}

QVariant ManifestLibraryModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const manifest::LibraryItem& item = m_items.at(index.row());
    const Check check = m_checks.value(item.path);
    const int column = index.column();
    const QLocale locale;
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case BuildNameColumn:
            return item.buildName;
        case DateColumn:
            return locale.toString(item.modified.toLocalTime(), QLocale::ShortFormat);
        case SizeColumn:
            return locale.formattedDataSize(item.size);
        case StateColumn:
            return stateText(check.state);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        switch (column) {
        case BuildNameColumn:
            return item.path;
        case DateColumn:
            return QStringLiteral("%1 (%2)").arg(
                locale.toString(item.modified.toLocalTime(), QLocale::LongFormat),
                item.modified.toString(Qt::ISODate));
        case SizeColumn:
            return tr("%L1 bytes").arg(item.size);
        case StateColumn: {
            QStringList lines;
            lines << (check.message.isEmpty() ? stateText(check.state) : check.message);
            if (!check.fingerprint.isEmpty())
                lines << tr("Key fingerprint (SHA-256): %1").arg(check.fingerprint);
            return lines.join(QLatin1Char('\n'));
        }
        default:
            return {};
        }
    case Qt::TextAlignmentRole:
        if (column == SizeColumn)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        return {};
    case PathRole:
        return item.path;
    case KeyPathRole:
        return item.keyPath;
    case StateRole:
        return int(check.state);
    case FingerprintRole:
        return check.fingerprint;
    case MessageRole:
        return check.message;
    case SortRole:
        switch (column) {
        case BuildNameColumn:
            return item.buildName;
        case DateColumn:
            return item.modified.toMSecsSinceEpoch();
        case SizeColumn:
            return item.size;
        case StateColumn:
            return int(check.state);
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant ManifestLibraryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case BuildNameColumn:
        return tr("Build");
    case DateColumn:
        return tr("Date");
    case SizeColumn:
        return tr("Size");
    case StateColumn:
        return tr("State");
    default:
        return {};
    }
}

void ManifestLibraryModel::setLibrary(const QString& folder)
{
    m_folder = folder;
    refresh();
}

void ManifestLibraryModel::refresh()
{
    const QList<manifest::LibraryItem> items
        = m_folder.isEmpty() ? QList<manifest::LibraryItem>() : manifest::ManifestLibrary(m_folder).items();
    beginResetModel();
    m_items = items;
    // A check belongs to the file it was made on; one that is gone takes its state with it.
    QSet<QString> present;
    for (const manifest::LibraryItem& item : m_items)
        present.insert(item.path);
    for (auto it = m_checks.begin(); it != m_checks.end();)
        it = present.contains(it.key()) ? std::next(it) : m_checks.erase(it);
    endResetModel();
}

manifest::LibraryItem ManifestLibraryModel::item(int row) const
{
    return row >= 0 && row < m_items.size() ? m_items.at(row) : manifest::LibraryItem();
}

int ManifestLibraryModel::rowOf(const QString& path) const
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    for (int row = 0; row < m_items.size(); ++row) {
        if (m_items.at(row).path == path || m_items.at(row).path == absolute)
            return row;
    }
    return -1;
}

ManifestLibraryModel::State ManifestLibraryModel::state(const QString& path) const
{
    const int row = rowOf(path);
    return row < 0 ? State::NotChecked : m_checks.value(m_items.at(row).path).state;
}

void ManifestLibraryModel::setCheck(const QString& path, const Check& check)
{
    const int row = rowOf(path);
    // A check of a file that is not listed (any more) has no row to show it in.
    if (row < 0)
        return;
    m_checks.insert(m_items.at(row).path, check);
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void ManifestLibraryModel::setChecking(const QString& path)
{
    setCheck(path, Check { State::Checking, QString(), QString() });
}

void ManifestLibraryModel::setVerification(const QString& path, const manifest::Verification& verification)
{
    Check check;
    check.fingerprint = verification.keyFingerprint;
    check.message = verification.message;
    switch (verification.outcome) {
    case Outcome::Verified:
        check.state = State::Verified;
        break;
    case Outcome::SignatureInvalid:
        check.state = State::SignatureInvalid;
        break;
    // A key file that is not a usable key leaves the manifest as unchecked as one without a key:
    // either way a usable key is missing. The message says which it is.
    case Outcome::KeyUnusable:
        check.state = State::KeyMissing;
        break;
    case Outcome::Malformed:
        check.state = State::Malformed;
        break;
    // A cancelled check found nothing out about the manifest.
    case Outcome::Cancelled:
        check = Check();
        break;
    }
    setCheck(path, check);
}

void ManifestLibraryModel::setKeyMissing(const QString& path)
{
    const int row = rowOf(path);
    const QString keyName
        = row < 0 ? QString() : m_items.at(row).manifestName + QStringLiteral("-public.pem");
    setCheck(
        path,
        Check { State::KeyMissing, QString(),
                tr("There is no public key %1 beside the manifest, so it cannot be checked.").arg(keyName) });
}

} // namespace sbs::models
