// Every built-in preset at its real settings against the embedded server, with
// each check's verdict: the figures behind the presets whose claims need the
// cores to themselves, which the test suite leaves out. Run it on a quiet
// machine; with --repeat N it runs each preset N times.
//
//   build/ci/tests/benchmarks/bench_presets                       all presets
//   build/ci/tests/benchmarks/bench_presets cpu-gil --repeat 5    one, five times
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

#include "presets/builtin_presets.hpp"
#include "analysis/preset_checks.hpp"
#include "support/test_server.hpp"
#include "system/resource_limits.hpp"

namespace overlap {
namespace {

int run_preset(const Preset& preset) {
    RunSet runs;
    runs.workload = preset.workload;
    for (std::size_t i = 0; i < preset.runs.size(); ++i) {
        runs.runs.push_back(testing::run_to_end(preset.workload_for(i), preset.runs[i].config));
        std::printf("  %-28s makespan %7.3f s\n", run_label(preset, i).c_str(),
                    runs.runs.back().summary.makespan_s);
    }
    int failed = 0;
    for (const CheckResult& result : evaluate_checks(preset, runs)) {
        failed += result.verdict == Verdict::Pass ? 0 : 1;
        std::printf("  %-5s %s\n", to_string(result.verdict), result.sentence().c_str());
    }
    std::fflush(stdout);
    return failed;
}

}  // namespace
}  // namespace overlap

int main(int argc, char* argv[]) {
    using namespace overlap;
    raise_open_file_limit();
    int repeat = 1;
    std::vector<const Preset*> chosen;
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--repeat") == 0 && i + 1 < argc) {
            repeat = std::max(1, std::atoi(argv[++i]));
        } else if (const Preset* preset = find_preset(argv[i])) {
            chosen.push_back(preset);
        } else {
            std::fprintf(stderr, "bench_presets: no preset named %s\n", argv[i]);
            return 2;
        }
    }
    if (chosen.empty()) {
        for (const Preset& preset : builtin_presets()) chosen.push_back(&preset);
    }
    int failed = 0;
    for (const Preset* preset : chosen) {
        for (int round = 1; round <= repeat; ++round) {
            std::printf("%s (%d of %d)\n", preset->name.c_str(), round, repeat);
            failed += run_preset(*preset);
        }
    }
    std::printf("%d checks not passed\n", failed);
    return 0;
}
