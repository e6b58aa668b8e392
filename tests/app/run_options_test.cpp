// `overlap run` flags: what each builds, and the one-line error each bad value gets.
#include <gtest/gtest.h>

#include <QTemporaryFile>

#include "support/run_flags.hpp"

namespace overlap::app {
namespace {

using testing::parse;
using testing::parsed;

TEST(RunOptions, DefaultsReproduceTheHeadline) {
    const RunOptions options = parsed({});
    ASSERT_EQ(options.plan.workload.tasks.size(), 10u);
    EXPECT_EQ(options.plan.workload.tasks[0].url, "{server}/delay/1");
    EXPECT_EQ(options.plan.workload.tasks[0].expected_s, 1.0);
    ASSERT_EQ(options.plan.runs.size(), 4u);
    EXPECT_EQ(options.plan.runs[0].config.mode, Mode::Sequential);
    EXPECT_EQ(options.plan.runs[0].config.concurrency, 1);
    EXPECT_EQ(options.plan.runs[2].config.mode, Mode::Async);
    EXPECT_EQ(options.plan.runs[2].config.concurrency, 10);
}

TEST(RunOptions, PerModeConcurrencyOverridesTheShared) {
    const RunOptions options =
        parsed({QStringLiteral("--modes"), QStringLiteral("threads,async,processes"), QStringLiteral("--concurrency"),
                QStringLiteral("8"), QStringLiteral("--threads"), QStringLiteral("4"), QStringLiteral("--processes"),
                QStringLiteral("2")});
    ASSERT_EQ(options.plan.runs.size(), 3u);
    EXPECT_EQ(options.plan.runs[0].config.concurrency, 4);
    EXPECT_EQ(options.plan.runs[1].config.concurrency, 8);
    EXPECT_EQ(options.plan.runs[2].config.concurrency, 2);
}

TEST(RunOptions, ServerShapesAndBehaviourFlags) {
    const RunOptions options = parsed({QStringLiteral("--tasks"), QStringLiteral("3"), QStringLiteral("--status"),
                                       QStringLiteral("503"), QStringLiteral("--cpu-ms"), QStringLiteral("20"),
                                       QStringLiteral("--gil"), QStringLiteral("--offload"), QStringLiteral("--timeout"),
                                       QStringLiteral("2.5"), QStringLiteral("--blocking-in-async")});
    ASSERT_EQ(options.plan.workload.tasks.size(), 3u);
    EXPECT_EQ(options.plan.workload.tasks[2].url, "{server}/status/503");
    EXPECT_EQ(options.plan.workload.tasks[2].cpu_ms, 20);
    EXPECT_FALSE(options.plan.workload.tasks[2].expected_s);
    EXPECT_TRUE(options.plan.workload.behaviour.gil);
    EXPECT_TRUE(options.plan.workload.behaviour.offload);
    EXPECT_TRUE(options.plan.workload.behaviour.blocking_in_async);
    EXPECT_DOUBLE_EQ(options.plan.workload.behaviour.timeout_s, 2.5);
}

TEST(RunOptions, UrlsFromFlagsAndFile) {
    QTemporaryFile file;
    ASSERT_TRUE(file.open());
    file.write("# targets\nhttp://127.0.0.1:9/a\n\nhttp://127.0.0.1:9/b\n");
    file.close();
    const RunOptions options = parsed({QStringLiteral("--url"), QStringLiteral("http://x/{i}"), QStringLiteral("--urls-file"), file.fileName()});
    ASSERT_EQ(options.plan.workload.tasks.size(), 3u);
    EXPECT_EQ(options.plan.workload.tasks[1].url, "http://127.0.0.1:9/a");
    EXPECT_FALSE(options.plan.workload.uses_server());

    const RunOptions repeated = parsed({QStringLiteral("--url"), QStringLiteral("http://x/{i}"), QStringLiteral("--tasks"), QStringLiteral("4")});
    EXPECT_EQ(repeated.plan.workload.tasks.size(), 4u);
}

TEST(RunOptions, AWorkloadFileMayFetchOnlyTheWeb) {
    QTemporaryFile file(QStringLiteral("XXXXXX.json"));
    ASSERT_TRUE(file.open());
    file.write(R"({"tasks": [{"url": "HTTPS://example.org/"}, {"url": "file:///etc/passwd"}]})");
    file.close();
    const auto result = parse({QStringLiteral("--workload"), file.fileName()});
    ASSERT_TRUE(std::holds_alternative<std::string>(result));
    EXPECT_EQ(std::get<std::string>(result),
              "--workload: task 2's URL 'file:///etc/passwd' is not http:// or https://, the only URLs "
              "Overlap fetches");
}

struct OverLimit {
    QStringList flags;
    const char* message;  // the whole message: the flag, then the limit as every front end words it
};

TEST(RunOptions, ValuesOverTheWorkloadLimitsAreRefusedByFlagInTheLimitsWords) {
    const OverLimit cases[] = {
        {{QStringLiteral("--tasks"), QStringLiteral("2000000")}, "--tasks: tasks must be from 1 to 1000000 (got 2000000)"},
        {{QStringLiteral("--bytes"), QStringLiteral("50000000")},
         "--bytes: bytes must be from 0 to 10485760, the most the embedded server sends (got 50000000)"},
        {{QStringLiteral("--delay"), QStringLiteral("12")},
         "--delay: delay must be from 0 to 10 s, the longest the embedded server waits (got 12)"},
        {{QStringLiteral("--jitter"), QStringLiteral("11")},
         "--jitter: jitter must be from 0 to 10 s, the longest the embedded server waits (got 11)"},
        {{QStringLiteral("--delay"), QStringLiteral("8"), QStringLiteral("--jitter"), QStringLiteral("5")},
         "--jitter: delay plus jitter must be from 0 to 10 s, the longest the embedded server waits (got 13)"},
        {{QStringLiteral("--cpu-ms"), QStringLiteral("4000000")}, "--cpu-ms: CPU work per task must be from 0 to 3600000 ms (got 4000000)"},
        {{QStringLiteral("--timeout"), QStringLiteral("0")}, "--timeout: timeout must be from 0.001 to 86400 s (got 0)"},
        {{QStringLiteral("--threads"), QStringLiteral("30000")}, "--threads: threads must be from 1 to 20000 (got 30000)"},
        {{QStringLiteral("--limit"), QStringLiteral("0")}, "--limit: transfers in flight must be from 1 to 100000 (got 0)"},
        {{QStringLiteral("--processes"), QStringLiteral("2000")}, "--processes: processes must be from 1 to 1024 (got 2000)"},
        // --concurrency is every mode's: the mode with the lowest limit speaks.
        {{QStringLiteral("--concurrency"), QStringLiteral("5000")}, "--concurrency: processes must be from 1 to 1024 (got 5000)"},
    };
    for (const auto& c : cases) {
        const auto result = parse(c.flags);
        ASSERT_TRUE(std::holds_alternative<std::string>(result)) << c.message;
        EXPECT_EQ(std::get<std::string>(result), c.message);
    }
    // At the limits themselves, everything runs.
    const RunOptions at_limit = parsed({QStringLiteral("--bytes"), QStringLiteral("10485760"), QStringLiteral("--modes"),
                                        QStringLiteral("processes"), QStringLiteral("--processes"), QStringLiteral("1024")});
    EXPECT_EQ(at_limit.plan.workload.tasks[0].url, "{server}/bytes/10485760");
    EXPECT_EQ(at_limit.plan.runs[0].config.concurrency, 1024);
}

struct BadFlag {
    QStringList flags;
    const char* message_contains;
};

TEST(RunOptions, InterpreterCostIsMillisecondsPerRequestAndZeroByDefault) {
    EXPECT_EQ(parsed({}).plan.workload.behaviour.interpreter_ms, 0);
    const RunOptions options = parsed({QStringLiteral("--interpreter-ms"), QStringLiteral("2.5")});
    EXPECT_EQ(options.plan.workload.behaviour.interpreter_ms, 2.5);
    for (const auto& run : options.plan.runs) EXPECT_EQ(run.behaviour.interpreter_ms, 2.5);
}

TEST(RunOptions, BadValuesGetOneLineNamingTheFlag) {
    const BadFlag cases[] = {
        {{QStringLiteral("--tasks"), QStringLiteral("ten")}, "--tasks must be a whole number"},
        {{QStringLiteral("--tasks"), QStringLiteral("0")}, "--tasks: tasks must be from 1 to 1000000 (got 0)"},
        {{QStringLiteral("--delay"), QStringLiteral("-1")}, "--delay: delay must be from 0 to 10 s"},
        {{QStringLiteral("--modes"), QStringLiteral("threads,fibers")}, "--modes takes sequential, threads"},
        {{QStringLiteral("--status"), QStringLiteral("42")}, "--status must be an HTTP status"},
        {{QStringLiteral("--concurrency"), QStringLiteral("x")}, "--concurrency must be a whole number"},
        {{QStringLiteral("--urls-file"), QStringLiteral("/nonexistent/urls.txt")}, "--urls-file cannot be read"},
        {{QStringLiteral("--interpreter-ms"), QStringLiteral("fast")}, "--interpreter-ms must be a number"},
        {{QStringLiteral("--interpreter-ms"), QStringLiteral("-2")},
         "--interpreter-ms: interpreter cost per request must be from 0 to 60000 ms (got -2)"},
        {{QStringLiteral("--bogus")}, "Unknown option 'bogus'"},
        {{QStringLiteral("stray")}, "unexpected argument 'stray'"},
        // Output paths are checked before the run, not after it.
        {{QStringLiteral("--json"), QString()}, "--json needs a file name (got '')"},
        {{QStringLiteral("--json"), QStringLiteral("/nonexistent/run.json")},
         "--json: Cannot save '/nonexistent/run.json': No such file or directory"},
        {{QStringLiteral("--png"), QStringLiteral("/dev/full")}, "--png: Cannot save '/dev/full': it is a character device"},
        // libcurl would read the file, or speak gopher: only the web is fetched.
        {{QStringLiteral("--url"), QStringLiteral("file:///etc/hostname")},
         "--url: task 1's URL 'file:///etc/hostname' is not http:// or https://"},
        {{QStringLiteral("--url"), QStringLiteral("http://127.0.0.1:9/"), QStringLiteral("--url"),
          QStringLiteral("gopher://127.0.0.1:70/")},
         "--url: task 2's URL 'gopher://127.0.0.1:70/' is not http:// or https://"},
        {{QStringLiteral("--url"), QStringLiteral("127.0.0.1:9/no-scheme")}, "is not http:// or https://"},
    };
    for (const auto& c : cases) {
        const auto result = parse(c.flags);
        ASSERT_TRUE(std::holds_alternative<std::string>(result)) << c.message_contains;
        const std::string& message = std::get<std::string>(result);
        EXPECT_NE(message.find(c.message_contains), std::string::npos) << message;
        EXPECT_EQ(message.find('\n'), std::string::npos) << "one line: " << message;
    }
}

}  // namespace
}  // namespace overlap::app
