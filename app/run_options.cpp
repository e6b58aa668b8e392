#include "run_options.hpp"

#include <QCommandLineParser>
#include <QFile>
#include <QTextStream>


#include "command_help.hpp"
#include "flag_parsing.hpp"
#include "formats/file_io.hpp"
#include "formats/format_error.hpp"
#include "formats/preset_file.hpp"
#include "model/workload_limits.hpp"
#include "run_exit_status.hpp"

namespace overlap::app {

namespace {

struct Flags {
    QCommandLineOption preset{QStringLiteral("preset"), QStringLiteral("Run a preset, a tutorial's example, and check its claim: a built-in NAME ('overlap presets' lists them) or a preset FILE (.json)."), QStringLiteral("NAME")};
    QCommandLineOption workload{QStringLiteral("workload"), QStringLiteral("Read the workload from FILE: a preset file, or a workload object as presets write it."), QStringLiteral("FILE")};
    QCommandLineOption url{QStringLiteral("url"), QStringLiteral("Fetch URL (repeatable; {i} becomes the task index)."), QStringLiteral("URL")};
    QCommandLineOption urls_file{QStringLiteral("urls-file"), QStringLiteral("Fetch every URL listed in FILE, one per line."), QStringLiteral("FILE")};
    QCommandLineOption tasks{QStringLiteral("tasks"), QStringLiteral("Number of tasks (default 10; with one --url, fetch it N times)."), QStringLiteral("N")};
    QCommandLineOption delay{QStringLiteral("delay"), QStringLiteral("Embedded server: seconds each response takes (default 1)."), QStringLiteral("S")};
    QCommandLineOption jitter{QStringLiteral("jitter"), QStringLiteral("Embedded server: up to S extra seconds, fixed per task."), QStringLiteral("S")};
    QCommandLineOption bytes{QStringLiteral("bytes"), QStringLiteral("Embedded server: fetch N bytes instead of a delay."), QStringLiteral("N")};
    QCommandLineOption status{QStringLiteral("status"), QStringLiteral("Embedded server: answer with this HTTP status."), QStringLiteral("CODE")};
    QCommandLineOption cpu_ms{QStringLiteral("cpu-ms"), QStringLiteral("Milliseconds of CPU work per task, after its fetch (default 0)."), QStringLiteral("MS")};
    QCommandLineOption timeout{QStringLiteral("timeout"), QStringLiteral("Seconds a task may take before it times out (default 30)."), QStringLiteral("S")};
    QCommandLineOption modes{QStringLiteral("modes"), QStringLiteral("Modes to run, in order (default sequential,threads,async,processes)."), QStringLiteral("LIST")};
    QCommandLineOption concurrency{QStringLiteral("concurrency"), QStringLiteral("Threads, in-flight limit and processes at once (default 10)."), QStringLiteral("C")};
    QCommandLineOption threads{QStringLiteral("threads"), QStringLiteral("Threads in the pool (overrides --concurrency)."), QStringLiteral("W")};
    QCommandLineOption limit{QStringLiteral("limit"), QStringLiteral("Async: transfers in flight at once (overrides --concurrency)."), QStringLiteral("C")};
    QCommandLineOption processes{QStringLiteral("processes"), QStringLiteral("Worker processes (overrides --concurrency)."), QStringLiteral("P")};
    QCommandLineOption gil{QStringLiteral("gil"), QStringLiteral("CPU work holds one lock per process, like CPython's GIL.")};
    QCommandLineOption interpreter_ms{QStringLiteral("interpreter-ms"), QStringLiteral("Emulate CPython's own work per request: MS of CPU after each answered fetch, holding the emulated interpreter lock (default 0)."), QStringLiteral("MS")};
    QCommandLineOption offload{QStringLiteral("offload"), QStringLiteral("Async: run CPU work on a helper thread (asyncio.to_thread).")};
    QCommandLineOption blocking{QStringLiteral("blocking-in-async"), QStringLiteral("Async: fetch with a blocking call on the event loop.")};
    QCommandLineOption json{QStringLiteral("json"), QStringLiteral("Write the run file (JSON) to FILE."), QStringLiteral("FILE")};
    QCommandLineOption png{QStringLiteral("png"), QStringLiteral("Draw the runs' timelines to FILE (PNG, 1920x1080), as 'overlap export --png' does."), QStringLiteral("FILE")};
    QCommandLineOption server{QStringLiteral("server"), QStringLiteral("Use this httpbin-style server instead of starting the embedded one."), QStringLiteral("URL")};
    QCommandLineOption quiet{QStringLiteral("quiet"), QStringLiteral("No progress on stderr.")};

    // What describes the tasks; --preset and --workload bring their own.
    QList<QCommandLineOption> workload_flags() const {
        return {url, urls_file, tasks, delay, jitter, bytes, status, cpu_ms, timeout, gil, interpreter_ms, offload, blocking};
    }
    QList<QCommandLineOption> mode_flags() const { return {modes, concurrency, threads, limit, processes}; }

    QList<QCommandLineOption> all() const {
        return {preset, workload, url, urls_file, tasks, delay, jitter, bytes, status, cpu_ms, timeout, modes,
                concurrency, threads, limit, processes, gil, interpreter_ms, offload, blocking, json, png, server, quiet};
    }
};

Workload read_workload(const QString& path) {
    try {
        return load_workload_file(path.toStdString());
    } catch (const FormatError& error) {
        throw FlagError{std::string("--workload: ") + error.what()};
    }
}

std::vector<std::string> read_urls_file(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) fail(QStringLiteral("urls-file"), QStringLiteral("cannot be read: %1").arg(file.errorString()), path);
    std::vector<std::string> urls;
    QTextStream in(&file);
    while (!in.atEnd()) {
        const QString line = in.readLine().trimmed();
        if (!line.isEmpty() && !line.startsWith(QLatin1Char('#'))) urls.push_back(line.toStdString());
    }
    if (urls.empty()) fail(QStringLiteral("urls-file"), QStringLiteral("lists no URL"), path);
    return urls;
}

Workload build_workload(const QCommandLineParser& parser, const Flags& flags) {
    const int tasks = whole(parser, flags.tasks, 10);
    refuse_over_limit(flags.tasks, kTasksLimit, tasks);  // before a million tasks are made
    const double cpu_ms = number(parser, flags.cpu_ms, 0);
    refuse_over_limit(flags.cpu_ms, kCpuMsLimit, cpu_ms);
    std::vector<std::string> urls;
    for (const QString& url : parser.values(flags.url)) urls.push_back(url.toStdString());
    if (parser.isSet(flags.urls_file)) {
        const auto listed = read_urls_file(parser.value(flags.urls_file));
        urls.insert(urls.end(), listed.begin(), listed.end());
    }

    Workload workload;
    if (urls.empty()) {
        ServerShape shape;
        shape.delay_s = number(parser, flags.delay, 1);
        shape.jitter_s = number(parser, flags.jitter, 0);
        shape.bytes = whole(parser, flags.bytes, 0);
        refuse_over_limit(flags.delay, kDelayLimit, shape.delay_s);
        refuse_over_limit(flags.jitter, kJitterLimit, shape.jitter_s);
        refuse_over_limit(flags.jitter, kWaitLimit, shape.delay_s + shape.jitter_s);
        refuse_over_limit(flags.bytes, kBytesLimit, shape.bytes);
        shape.status = whole(parser, flags.status, 0);
        if (parser.isSet(flags.status) && (shape.status < 100 || shape.status > 599)) {
            fail(QStringLiteral("status"), QStringLiteral("must be an HTTP status from 100 to 599"), parser.value(flags.status));
        }
        workload = uniform_workload(tasks, shape.url(), cpu_ms, shape.expected_s());
    } else if (urls.size() == 1) {
        workload = uniform_workload(tasks, urls.front(), cpu_ms, std::nullopt);
    } else {
        if (parser.isSet(flags.tasks)) fail(QStringLiteral("tasks"), QStringLiteral("goes with a single --url"), parser.value(flags.tasks));
        for (auto& url : urls) workload.tasks.push_back({std::move(url), cpu_ms, std::nullopt});
    }
    workload.behaviour.timeout_s = number(parser, flags.timeout, 30);
    refuse_over_limit(flags.timeout, kTimeoutLimit, workload.behaviour.timeout_s);
    workload.behaviour.gil = parser.isSet(flags.gil);
    workload.behaviour.interpreter_ms = number(parser, flags.interpreter_ms, 0);
    // Checked here too, so the refusal names the flag.
    if (auto problem = limit_problem(kInterpreterMsLimit, workload.behaviour.interpreter_ms))
        throw FlagError{"--interpreter-ms: " + *problem};
    workload.behaviour.offload = parser.isSet(flags.offload);
    workload.behaviour.blocking_in_async = parser.isSet(flags.blocking);
    return workload;
}

std::vector<ModeConfig> build_modes(const QCommandLineParser& parser, const Flags& flags) {
    std::vector<Mode> modes(std::begin(kAllModes), std::end(kAllModes));
    if (parser.isSet(flags.modes)) {
        std::string bad;
        const auto parsed = modes_from_list(parser.value(flags.modes).toStdString(), &bad);
        if (!parsed) {
            fail(QStringLiteral("modes"), QStringLiteral("takes sequential, threads, async, processes separated by commas"),
                 parser.value(flags.modes));
        }
        modes = *parsed;
    }
    const int concurrency = whole(parser, flags.concurrency, 10);
    std::vector<ModeConfig> configs;
    for (Mode mode : modes) {
        if (mode == Mode::Sequential) {
            configs.push_back({mode, 1});
            continue;
        }
        // The mode's own flag when given, else --concurrency: the refusal names the one used.
        const QCommandLineOption& own = mode == Mode::Threads ? flags.threads
                                        : mode == Mode::Async ? flags.limit
                                                              : flags.processes;
        const QCommandLineOption& flag = parser.isSet(own) ? own : flags.concurrency;
        const int c = whole(parser, flag, concurrency);
        refuse_over_limit(flag, concurrency_limit(mode), c);
        configs.push_back({mode, c});
    }
    return configs;
}

}  // namespace

std::variant<RunOptions, std::string> parse_run_options(const QStringList& arguments) {
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Runs one batch of tasks in each chosen mode, one mode after another, and prints how they compare.\n"
        "By default the tasks fetch /delay/1 from Overlap's embedded server, started for the run.\n"
        "With --preset, runs a tutorial's example and says whether what the tutorial claims held.\n\n") +
        QString::fromUtf8(kRunExitCodesHelp));
    const QCommandLineOption help = add_help_option(parser);
    const Flags flags;
    parser.addOptions(flags.all());
    if (!parser.parse(arguments)) return parser.errorText().toStdString();
    if (parser.isSet(help)) show_command_help(parser, arguments);
    if (!parser.positionalArguments().isEmpty()) {
        return "unexpected argument '" + parser.positionalArguments().first().toStdString() + "'";
    }
    try {
        RunOptions options;
        if (parser.isSet(flags.preset)) {
            const QString preset = QStringLiteral("preset");
            refuse_with(parser, flags.workload_flags() << flags.workload, preset, QStringLiteral("the preset sets the workload"));
            refuse_with(parser, flags.mode_flags(), preset, QStringLiteral("the preset sets the modes"));
            options.preset = read_preset(parser.value(flags.preset));
            options.plan = options.preset->plan();
        } else if (parser.isSet(flags.workload)) {
            refuse_with(parser, flags.workload_flags(), QStringLiteral("workload"), QStringLiteral("the file sets the workload"));
            options.plan = plan_for_modes(read_workload(parser.value(flags.workload)), build_modes(parser, flags));
        } else {
            options.plan = plan_for_modes(build_workload(parser, flags), build_modes(parser, flags));
        }
        // Refused now, not found out task by task once the run is under way.
        if (const auto problem = workload_problem(options.plan.workload)) {
            const char* source = parser.isSet(flags.preset)      ? "--preset: "
                                 : parser.isSet(flags.workload)  ? "--workload: "
                                 : parser.isSet(flags.urls_file) ? "--urls-file: "
                                                                 : "--url: ";
            throw FlagError{source + *problem};
        }
        options.json_file = output_path(parser, flags.json);
        options.png_file = output_path(parser, flags.png);
        options.server = parser.value(flags.server).toStdString();
        options.progress = !parser.isSet(flags.quiet);
        return options;
    } catch (const FlagError& error) {
        return error.message;
    }
}

}  // namespace overlap::app
