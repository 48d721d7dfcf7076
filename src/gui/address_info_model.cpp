// AddressInfoModel: getaddrinfo entries as table rows, in Python's spelling.
#include "address_info_model.h"

#include "core_text.h"

#include <utility>

namespace socketlab::gui {
namespace {

// The protocol numbers a learner meets in getaddrinfo's answers (IANA "Assigned Internet Protocol Numbers").
constexpr int kProtocolAny = 0;
constexpr int kProtocolTcp = 6;
constexpr int kProtocolUdp = 17;

} // namespace

AddressInfoModel::AddressInfoModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

int AddressInfoModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

int AddressInfoModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AddressInfoModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= ColumnCount)
        return {};
    const core::AddressInfo& entry = m_entries[static_cast<std::size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole: return cellText(entry, index.column());
    case Qt::ToolTipRole: return cellToolTip(entry, index.column());
    case Qt::TextAlignmentRole:
        if (index.column() == ProtocolColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default: return {};
    }
}

QString AddressInfoModel::cellText(const core::AddressInfo& entry, int column) const
{
    switch (column) {
    case FamilyColumn: return QString::fromLatin1(core::familyName(entry.family));
    case TypeColumn: return QString::fromLatin1(core::socketTypeName(entry.type)); // "0" for no type, as Python
    case ProtocolColumn: return QString::number(entry.protocol);
    case CanonicalNameColumn: return fromStd(entry.canonicalName);
    case AddressColumn: return fromStd(entry.address.toTuple());
    default: return {};
    }
}

QString AddressInfoModel::cellToolTip(const core::AddressInfo& entry, int column) const
{
    switch (column) {
    case FamilyColumn:
        switch (entry.family) {
        case core::Family::Inet: return tr("AF_INET: IPv4, addresses are (host, port) pairs");
        case core::Family::Inet6: return tr("AF_INET6: IPv6, addresses are (host, port, flowinfo, scope_id)");
        default: return {};
        }
    case TypeColumn:
        switch (entry.type) {
        case core::SocketType::Stream: return tr("SOCK_STREAM: connection-oriented (TCP)");
        case core::SocketType::Datagram: return tr("SOCK_DGRAM: connectionless (UDP)");
        case core::SocketType::Raw: return tr("SOCK_RAW: raw packets, below TCP and UDP");
        default: return {};
        }
    case ProtocolColumn: {
        const QString name = protocolName(entry.protocol);
        return name.isEmpty() ? QString() : tr("%1 is %2").arg(entry.protocol).arg(name);
    }
    case CanonicalNameColumn:
        return entry.canonicalName.empty() ? tr("Empty: ask with AI_CANONNAME to get the host's official name")
                                           : tr("The host's official (canonical) name");
    case AddressColumn:
        return tr("The address to pass to connect() or bind(): %1").arg(fromStd(entry.address.toDisplay()));
    default: return {};
    }
}

QVariant AddressInfoModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    // Python's own names for the tuple's fields, as its documentation spells them: identifiers, like AF_INET,
    // so they stay untranslated and narrow; the tooltips explain them in the learner's language.
    if (role == Qt::DisplayRole) {
        switch (section) {
        case FamilyColumn: return QStringLiteral("family");
        case TypeColumn: return QStringLiteral("type");
        case ProtocolColumn: return QStringLiteral("proto");
        case CanonicalNameColumn: return QStringLiteral("canonname");
        case AddressColumn: return QStringLiteral("sockaddr");
        default: return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case FamilyColumn: return tr("Domain: the family of protocols that is used as the transport mechanism");
        case TypeColumn: return tr("Type: SOCK_STREAM (connection-oriented) or SOCK_DGRAM (connectionless)");
        case ProtocolColumn: return tr("Protocol: its number; 6 is TCP, 17 is UDP");
        case CanonicalNameColumn:
            return tr("Canonical name: the host's official name, only with AI_CANONNAME and only in the first entry");
        case AddressColumn: return tr("Address: the socket address as a Python tuple, ready for connect() or bind()");
        default: return {};
        }
    }
    return {};
}

void AddressInfoModel::setEntries(std::vector<core::AddressInfo> entries)
{
    beginResetModel();
    m_entries = std::move(entries);
    endResetModel();
}

void AddressInfoModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_entries.empty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1), {Qt::ToolTipRole});
}

QString AddressInfoModel::protocolName(int protocol)
{
    switch (protocol) {
    case kProtocolAny: return tr("any protocol");
    case kProtocolTcp: return QStringLiteral("IPPROTO_TCP");
    case kProtocolUdp: return QStringLiteral("IPPROTO_UDP");
    default: return {};
    }
}

} // namespace socketlab::gui
