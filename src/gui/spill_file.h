// The whole record of a view (conversation bytes, trace lines) kept on disk while the view keeps only its
// bounded recent part in memory, so that Save can write everything however long the session ran.
//
// Appends are collected in memory and written in one go, at most kPendingBytes or once control returns to the
// event loop: a flood of small chunks costs one write a batch. The file is a QTemporaryFile in the system's
// temporary directory (TMPDIR), removed by clear() and when the SpillFile goes (the app's exit); on Linux it
// has no name at all (O_TMPFILE), so not even a crash leaves it behind. When it cannot be
// created or written (disk full), failed() is emitted once and nothing more is written: the view keeps its
// in-memory part and says so.
#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>
#include <QTimer>

#include <memory>

class QTemporaryFile;

namespace socketlab::gui {

class SpillFile : public QObject {
    Q_OBJECT

public:
    static constexpr qsizetype kPendingBytes = 256 * 1024;
    // A flood must not fill the learner's disk either: past this the record stops, as on a full disk.
    static constexpr quint64 kMaxBytes = quint64(4) * 1024 * 1024 * 1024;

    // `baseName` names the file, "socketlab-<baseName>-XXXXXX", so a leftover after a crash is recognisable.
    explicit SpillFile(const QString& baseName, QObject* parent = nullptr, quint64 maxBytes = kMaxBytes);
    ~SpillFile() override;

    void append(const QByteArray& bytes);
    // Forgets the record and removes the file; a failed record starts again.
    void clear();

    // True while every byte appended since clear() is on disk or about to be.
    bool isComplete() const { return !m_failed; }
    QString errorString() const { return m_error; }
    // Bytes appended since clear(), written or pending.
    quint64 size() const { return m_size; }

    // Writes the whole record to `fileName` through QSaveFile; false with `error` set when the record is
    // incomplete or the copy failed.
    bool copyTo(const QString& fileName, QString& error);

signals:
    // Writing the record failed (once until clear()); `reason` is the system's text.
    void failed(const QString& reason);

private:
    bool flush();
    void fail(const QString& reason);

    QString m_baseName;
    quint64 m_maxBytes;
    std::unique_ptr<QTemporaryFile> m_file;
    QByteArray m_pending;
    quint64 m_size = 0;
    bool m_failed = false;
    QString m_error;
    QTimer m_flushTimer;
};

} // namespace socketlab::gui
