#pragma once

// The body of sbs::api::waitFor(), included by SbsClient.h.

#include <QEventLoop>
#include <optional>

namespace sbs::api {

template<typename T>
Reply<T> waitFor(const std::function<PendingCall*(QObject* context, Handler<T> done)>& start)
{
    QEventLoop loop;
    std::optional<Reply<T>> reply;
    start(&loop, [&](const Reply<T>& r) {
        reply.emplace(r);
        loop.quit();
    });
    if (!reply)
        loop.exec();
    return *reply;
}

} // namespace sbs::api
