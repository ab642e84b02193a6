#pragma once

#include <QString>

namespace sbs::api {

struct Request;

// The command a request belongs to, as sbsctl names it ("status", "get-manifest", ...), for
// messages. Private to SbsClient.
QString callName(const Request& request);

} // namespace sbs::api
