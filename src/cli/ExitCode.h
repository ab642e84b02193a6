#pragma once

namespace sbs::cli {

// sbsctl's exit status: 0 when the command did what was asked (including "nothing to do"),
// 1 when it failed, 2 when the command line itself is wrong.
enum ExitCode : int {
    Success = 0,
    Failure = 1,
    UsageError = 2,
};

} // namespace sbs::cli
