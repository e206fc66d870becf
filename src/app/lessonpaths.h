// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace stoppunkt {

/// Where the lessons are: $STOPPUNKT_LESSONS, ./lessons, or lessons/ beside the build or install tree.
QString findLessonsDir();

} // namespace stoppunkt
