// The on-disk copy of a view's whole record: batched appends to a temporary file, copied whole on Save.
#include "spill_file.h"

#include <QDir>
#include <QSaveFile>
#include <QTemporaryFile>

#include <algorithm>

namespace socketlab::gui {
namespace {

// Save copies the record in pieces of this size, so a record of gigabytes never sits in memory.
constexpr qint64 kCopyChunkBytes = 1024 * 1024;

} // namespace

SpillFile::SpillFile(const QString& baseName, QObject* parent, quint64 maxBytes)
    : QObject(parent)
    , m_baseName(baseName)
    , m_maxBytes(maxBytes)
{
    m_flushTimer.setSingleShot(true);
    connect(&m_flushTimer, &QTimer::timeout, this, [this] { flush(); });
}

SpillFile::~SpillFile() = default; // QTemporaryFile removes the file

void SpillFile::append(const QByteArray& bytes)
{
    if (m_failed || bytes.isEmpty())
        return;
    if (m_size + static_cast<quint64>(bytes.size()) > m_maxBytes) {
        fail(tr("the record passed %1 MiB").arg(m_maxBytes / (1024 * 1024)));
        return;
    }
    m_pending += bytes;
    m_size += static_cast<quint64>(bytes.size());
    if (m_pending.size() >= kPendingBytes)
        flush();
    else if (!m_flushTimer.isActive())
        m_flushTimer.start(0);
}

void SpillFile::clear()
{
    m_flushTimer.stop();
    m_file.reset();
    m_pending.clear();
    m_size = 0;
    m_failed = false;
    m_error.clear();
}

bool SpillFile::flush()
{
    m_flushTimer.stop();
    if (m_failed)
        return false;
    if (!m_file) {
        // QDir::tempPath() follows TMPDIR (TEMP on Windows) at every call, as the user set it.
        m_file = std::make_unique<QTemporaryFile>(
            QDir(QDir::tempPath()).filePath(QStringLiteral("socketlab-%1-XXXXXX").arg(m_baseName)));
        if (!m_file->open()) {
            fail(m_file->errorString());
            return false;
        }
    }
    if (m_pending.isEmpty())
        return true;
    // flush() too: QFile buffers, and a full disk must show now, not at the next Save.
    if (m_file->write(m_pending) != m_pending.size() || !m_file->flush()) {
        fail(m_file->errorString());
        return false;
    }
    m_pending.clear();
    return true;
}

void SpillFile::fail(const QString& reason)
{
    m_failed = true;
    m_error = reason;
    m_pending.clear();
    m_pending.squeeze();
    m_file.reset(); // what was written is of no use without the rest
    emit failed(reason);
}

bool SpillFile::copyTo(const QString& fileName, QString& error)
{
    if (!flush()) {
        error = m_error;
        return false;
    }
    QSaveFile out(fileName);
    if (!out.open(QIODevice::WriteOnly)) {
        error = out.errorString();
        return false;
    }
    const qint64 end = m_file->pos();
    bool ok = m_file->seek(0);
    QByteArray piece;
    while (ok && m_file->pos() < end) {
        piece = m_file->read(std::min(kCopyChunkBytes, end - m_file->pos()));
        ok = !piece.isEmpty() && out.write(piece) == piece.size();
    }
    if (!ok)
        error = out.error() != QFileDevice::NoError ? out.errorString() : m_file->errorString();
    ok = m_file->seek(end) && ok; // later appends go after the record again
    if (ok && !out.commit()) {
        error = out.errorString();
        return false;
    }
    return ok;
}

} // namespace socketlab::gui
