// One error type for the whole core: a failed socket or resolver call, or refused input.
//
// A call error keeps the system's own code and message and adds a portable symbolic name
// (WSAECONNREFUSED and ECONNREFUSED are both "ECONNREFUSED") plus a Condition that the front
// ends use to pick an explanation and a hint (see messages.h).
#pragma once

#include <optional>
#include <string>
#include <utility>

namespace socketlab::core {

enum class ErrorKind {
    Input, // the user's input was refused: a wrong form, or a service name the services database
           // does not know (then after the getaddrinfo call that found out)
    System, // a socket call failed: errno / WSAGetLastError()
    Resolver, // getaddrinfo / getnameinfo failed: an EAI_ code
};

// What a failure means, independent of the platform. Drives explanations and hints.
enum class Condition {
    None,
    ConnectionRefused,
    AddressInUse,
    AddressNotAvailable,
    PermissionDenied,
    TimedOut,
    ConnectionReset,
    ConnectionAborted,
    BrokenPipe,
    NetworkUnreachable,
    HostUnreachable,
    NetworkDown,
    MessageTooLong,
    NotConnected,
    AlreadyConnected,
    FamilyNotSupported,
    TooManyOpenFiles,
    NoBufferSpace,
    InvalidArgument,
    WouldBlock,
    Cancelled,
    HostNotFound, // EAI_NONAME
    NoAddressForFamily, // EAI_ADDRFAMILY / EAI_NODATA
    TemporaryFailure, // EAI_AGAIN: no network, DNS unreachable
    ResolverFailure, // EAI_FAIL
    ServiceNotFound, // EAI_SERVICE
    SocketTypeNotSupported, // EAI_SOCKTYPE
    BadInput, // ErrorKind::Input
    Other,
};

// Why an input was refused. Each has an English text in messages.cpp.
enum class InputProblem {
    None,
    PortEmpty,
    PortOutOfRange,
    PortNotNumberOrService,
    PortUnknownService,
    HostTooLong,
    HostBadLabel, // a dot-separated part of a name that is empty or longer than 63 characters
    HostBadCharacter,
    HostBadIPv4,
    HostBadIPv6,
    HostIntegerOutOfRange,
    HostFamilyMismatch,
    BroadcastNeedsIPv4,
    UnixPathEmpty,
    UnixPathTooLong,
    UnixNotSupported,
    BadHex,
    BadSize,
    BadBacklog,
    BadTimeout,
    DatagramTooLarge,
    NoSuchConnection,
    UnknownInterface,
    NotMulticastGroup,
    CallOutOfOrder, // step-by-step mode: a call the calls made so far do not allow yet
};

struct Error {
    ErrorKind kind = ErrorKind::System;
    Condition condition = Condition::Other;
    InputProblem problem = InputProblem::None;
    std::string call; // "connect", "getaddrinfo"; empty for input errors
    int code = 0; // errno, WSA code or EAI code; 0 for input errors
    std::string name; // "ECONNREFUSED", "EAI_NONAME"; "EINVAL" style; empty for input errors
    std::string message; // the system's own message, or the English input description
    std::string input; // the refused input (input errors), or the address a call was aimed at

    // "connect: Connection refused (ECONNREFUSED)" — redis anet's "<call>: <message>" shape.
    std::string toString() const;
};

Error inputError(InputProblem problem, std::string input);

// A value or an Error. Small on purpose: the core's uniform result contract.
template<typename T>
class Result {
public:
    Result(T value)
        : m_value(std::move(value))
    {
    }
    Result(Error error)
        : m_error(std::move(error))
    {
    }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    T& value() & { return *m_value; }
    const T& value() const& { return *m_value; }
    T&& value() && { return std::move(*m_value); }
    T* operator->() { return &*m_value; }
    const T* operator->() const { return &*m_value; }
    T& operator*() { return *m_value; }
    const T& operator*() const { return *m_value; }
    const Error& error() const { return *m_error; }

private:
    std::optional<T> m_value;
    std::optional<Error> m_error;
};

template<>
class Result<void> {
public:
    Result() = default;
    Result(Error error)
        : m_error(std::move(error))
    {
    }

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error& error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

} // namespace socketlab::core
