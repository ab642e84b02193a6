#pragma once

#include <QString>

namespace sbs::util {

// A duration for people, translated: "0.4 s", "42 s", "3 min 05 s", "1 h 02 min";
// "–" for a negative (unknown) one.
QString formatDuration(qint64 ms);

} // namespace sbs::util
