#pragma once
// Work that must not run on the UI thread (parsing or validating a large file): a thread of its
// own, a future for its result, and a call back on the owner's thread when it is ready.

#include <QMetaObject>
#include <QObject>

#include <future>
#include <type_traits>
#include <utility>

namespace ad::app {

// Runs `work` on a new thread; when it returns, `onReady` runs on `owner`'s thread (and is dropped
// if the owner is gone by then). onReady may run a moment before the future turns ready: get()
// there waits only for the worker's return. The owner must keep the returned future: its
// destructor waits for the work, so the work never outlives the owner.
template <typename Work, typename OnReady>
auto startInBackground(QObject *owner, Work work, OnReady onReady) -> std::future<std::invoke_result_t<Work &>>
{
    return std::async(std::launch::async, [owner, work = std::move(work), onReady = std::move(onReady)]() mutable {
        auto result = work();
        QMetaObject::invokeMethod(owner, onReady, Qt::QueuedConnection);
        return result;
    });
}

// True when the future holds a finished result (or holds nothing).
template <typename T>
bool isReady(const std::future<T> &f)
{
    return !f.valid() || f.wait_for(std::chrono::seconds(0)) == std::future_status::ready;
}

}  // namespace ad::app
