#pragma once
// What tst_actionfile and tst_migrate share: an action file from inline text.

#include "model/actionfile.h"

#include <QDebug>

namespace actionfixture {

inline ad::ActionFile parse(const char *text)
{
    ad::ActionFile f = ad::ActionFile::fromBytes(QByteArray(text));
    if (!f.ok())
        qWarning() << f.parseError().message;
    return f;
}

}  // namespace actionfixture
