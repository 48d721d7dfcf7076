// socketlab_english_plurals carries socketlab_en.qm (see CMakeLists.txt): Qt allows one lupdate
// target per library, and English needs its own plural-only run.
#include "language.h"

#include <QFile>

namespace socketlab::i18n {

bool hasEnglishPlurals()
{
    return QFile::exists(QStringLiteral(":/i18n/socketlab_en.qm"));
}

} // namespace socketlab::i18n
