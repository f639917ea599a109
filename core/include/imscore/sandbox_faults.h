#pragma once
// The training sandbox's fault modes: each mistake or network failure a trainer can show, what
// the sandbox does for it, and which ErrorCode the wizard must report. Pure data and the HTTP
// answers; the wire-level ones (silence, reset, TLS…) are acted out by ui/sandboxserver.
// Names only here (stable identifiers); the descriptions for trainers are translated in ui.

#include "imscore/error.h"
#include "imscore/http.h"

#include <chrono>
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace ims {

// How the sandbox behaves for a fault.
enum class FaultAction {
    Answer,            // a complete HTTP answer from faultAnswer()
    ClockSkew,         // the normal answer, with a Date header kSandboxClockSkew ahead
    Silence,           // reads the request and never answers
    Refuse,            // the listening socket is closed: connections are refused
    ResetMidResponse,  // status line, headers and part of the body, then a TCP reset
    SlowDrip,          // status line and headers, then one byte every kSlowDripInterval
    TlsUntrusted,      // certificate from a CA that nobody trusts
    TlsWrongHost,      // certificate (sandbox CA) for another host name
    TlsExpired,        // certificate (sandbox CA) that expired
    HugeBody,          // a 200 answer of kHugeBodyBytes
    RedirectOtherHost, // 307 to a second listener on another loopback address
};

struct SandboxFault
{
    std::string_view name;       // "invalid-scope"; the client id "sandbox-fault-invalid-scope" selects it
    FaultAction action;
    ErrorCode expected;          // what the wizard must report (ClockSkew: as a warning beside success)
    int status = 0;              // Answer: HTTP status
    std::string_view imsCode;    // Answer: IMS "error" (empty: no error document)
    std::string_view imsDescription;
    std::string_view rawBody;    // Answer without an error document: the body as sent
    std::string_view contentType = "application/json;charset=UTF-8";
};

// Selects a fault for one request through its client id (the token and JWT endpoints).
inline constexpr std::string_view kFaultClientIdPrefix = "sandbox-fault-";
inline constexpr std::chrono::seconds kSandboxClockSkew {600};
inline constexpr std::size_t kHugeBodyBytes = 50 * 1024 * 1024;
inline constexpr std::chrono::milliseconds kSlowDripInterval {250};
inline constexpr std::int64_t kFaultRetryAfterSeconds = 120;

// Every fault mode, in the order trainers meet them (network, TLS, IMS errors, odd answers).
const std::vector<SandboxFault> &sandboxFaults();
const SandboxFault *findSandboxFault(std::string_view name);
std::string faultClientId(const SandboxFault &fault); // "sandbox-fault-NAME"
// The fault a client id selects ("sandbox-fault-NAME"), or nullptr.
const SandboxFault *faultForClientId(std::string_view clientId);
// A fault selected per request cannot change the TLS handshake or the listening socket, which
// happen before the request is read: those are selected for the whole sandbox only.
bool selectablePerRequest(const SandboxFault &fault);
// True for the actions the server performs on the wire (not an HTTP answer from the rules).
bool isWireAction(FaultAction action);

// The complete answer of an Answer fault (Date and Connection headers are the server's).
HttpResponse faultAnswer(const SandboxFault &fault);

} // namespace ims
