#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace sbs {

// The outcome of a core operation: a value, or an error text a person can act on.
// No exceptions cross the Qt event loop; every fallible core function returns one of these.
template<typename T>
class Result
{
public:
    static Result ok(T value) { return Result(std::move(value), QString()); }
    static Result fail(QString error) { return Result(std::nullopt, std::move(error)); }

    bool isOk() const { return m_value.has_value(); }
    explicit operator bool() const { return isOk(); }

    const T& value() const& { return *m_value; }
    T& value() & { return *m_value; }
    T take() { return std::move(*m_value); }
    const T* operator->() const { return &*m_value; }
    T* operator->() { return &*m_value; }

    const QString& error() const { return m_error; }

private:
    Result(std::optional<T> value, QString error)
        : m_value(std::move(value))
        , m_error(std::move(error))
    {
    }

    std::optional<T> m_value;
    QString m_error;
};

template<>
class Result<void>
{
public:
    static Result ok() { return Result(QString(), true); }
    static Result fail(QString error) { return Result(std::move(error), false); }

    bool isOk() const { return m_ok; }
    explicit operator bool() const { return m_ok; }
    const QString& error() const { return m_error; }

private:
    Result(QString error, bool ok)
        : m_error(std::move(error))
        , m_ok(ok)
    {
    }

    QString m_error;
    bool m_ok;
};

using Status = Result<void>;

} // namespace sbs
