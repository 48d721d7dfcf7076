// AddressInfoModel: the Lookup tab's table of one getaddrinfo answer, one row per entry, with
// exactly the five fields Python's socket.getaddrinfo returns for it.
#pragma once

#include "core/resolver.h"

#include <QAbstractTableModel>
#include <QString>

#include <vector>

namespace socketlab::gui {

class AddressInfoModel : public QAbstractTableModel {
    Q_OBJECT

public:
    // The order of Python's tuple: (family, type, proto, canonname, sockaddr).
    enum Column { FamilyColumn, TypeColumn, ProtocolColumn, CanonicalNameColumn, AddressColumn, ColumnCount };

    explicit AddressInfoModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Replaces the whole answer (an empty list clears the table).
    void setEntries(std::vector<core::AddressInfo> entries);
    const std::vector<core::AddressInfo>& entries() const { return m_entries; }
    // The texts are built in data()/headerData(): tell the views they changed language.
    void retranslate();

    // "IPPROTO_TCP" for 6, "IPPROTO_UDP" for 17; empty for numbers without a common name.
    static QString protocolName(int protocol);

private:
    QString cellText(const core::AddressInfo& entry, int column) const;
    QString cellToolTip(const core::AddressInfo& entry, int column) const;

    std::vector<core::AddressInfo> m_entries;
};

} // namespace socketlab::gui
