#include "sweep_options.hpp"

#include <QCommandLineParser>

#include "command_help.hpp"
#include "flag_parsing.hpp"
#include "model/workload_limits.hpp"

namespace overlap::app {

namespace {

struct Flags {
    QCommandLineOption param{QStringLiteral("param"), QStringLiteral("What to vary: concurrency (threads, in-flight limit, processes), tasks, delay (s) or cpu (ms per task)."), QStringLiteral("NAME")};
    QCommandLineOption values{QStringLiteral("values"), QStringLiteral("The values, in order: a list (1,2,4,8) or a geometric range FROM..TOxFACTOR (1..64x2). The first is the speed-up baseline; at most 64."), QStringLiteral("LIST")};
    QCommandLineOption modes{QStringLiteral("modes"), QStringLiteral("Modes to run at each value, in order (default threads,async)."), QStringLiteral("LIST")};
    QCommandLineOption tasks{QStringLiteral("tasks"), QStringLiteral("Number of tasks (default 16)."), QStringLiteral("N")};
    QCommandLineOption delay{QStringLiteral("delay"), QStringLiteral("Embedded server: seconds each response takes (default 1)."), QStringLiteral("S")};
    QCommandLineOption cpu{QStringLiteral("cpu"), QStringLiteral("Milliseconds of CPU work per task (default 0). Without --delay the tasks only compute."), QStringLiteral("MS")};
    QCommandLineOption concurrency{QStringLiteral("concurrency"), QStringLiteral("Threads, in-flight limit and processes when the sweep varies something else (default 10)."), QStringLiteral("C")};
    QCommandLineOption gil{QStringLiteral("gil"), QStringLiteral("CPU work holds one lock per process, like CPython's GIL.")};
    QCommandLineOption repeat{QStringLiteral("repeat"), QStringLiteral("Runs of each mode at each value; the table shows their median and spread (default 1)."), QStringLiteral("K")};
    QCommandLineOption preset{QStringLiteral("preset"), QStringLiteral("Run a preset's sweep: a built-in NAME ('overlap presets' says which have one) or a preset FILE (.json)."), QStringLiteral("NAME")};
    QCommandLineOption json{QStringLiteral("json"), QStringLiteral("Write the sweep file (JSON: every value's runs) to FILE; the window opens it."), QStringLiteral("FILE")};
    QCommandLineOption csv{QStringLiteral("csv"), QStringLiteral("Write one CSV row per value and mode to FILE."), QStringLiteral("FILE")};
    QCommandLineOption png{QStringLiteral("png"), QStringLiteral("Draw the makespan and speed-up curves to FILE (PNG, 1920x1080), as 'overlap export SWEEP.json --png' does."), QStringLiteral("FILE")};
    QCommandLineOption server{QStringLiteral("server"), QStringLiteral("Use this httpbin-style server instead of starting the embedded one."), QStringLiteral("URL")};
    QCommandLineOption quiet{QStringLiteral("quiet"), QStringLiteral("No progress on stderr.")};

    QList<QCommandLineOption> all() const {
        return {param, values, modes, tasks, delay, cpu, concurrency, gil, repeat, preset, json, csv, png, server, quiet};
    }
    // What the preset sets.
    QList<QCommandLineOption> sweep_flags() const { return {param, values, modes, tasks, delay, cpu, concurrency, gil}; }
    // The flag that would set what the parameter varies.
    const QCommandLineOption* varied(SweepParam varies) const {
        switch (varies) {
            case SweepParam::Concurrency: return &concurrency;
            case SweepParam::Tasks: return &tasks;
            case SweepParam::Delay: return &delay;
            case SweepParam::CpuMs: return &cpu;
        }
        return nullptr;
    }
};

SweepParam read_param(const QCommandLineParser& parser, const Flags& flags) {
    const QString names = QStringLiteral("concurrency, tasks, delay or cpu");
    if (!parser.isSet(flags.param)) throw FlagError{"--param is required: " + names.toStdString()};
    const auto param = sweep_param_from_string(parser.value(flags.param).toStdString());
    if (!param) fail(QStringLiteral("param"), QStringLiteral("must be ") + names, parser.value(flags.param));
    return *param;
}

std::vector<double> read_values(const QCommandLineParser& parser, const Flags& flags) {
    if (!parser.isSet(flags.values))
        throw FlagError{"--values is required: a list such as 1,2,4,8 or a range such as 1..64x2"};
    std::string error;
    const auto values = parse_sweep_values(parser.value(flags.values).toStdString(), &error);
    if (!values) throw FlagError{"--values: " + error + " (got '" + parser.value(flags.values).toStdString() + "')"};
    return *values;
}

// N tasks fetching /delay/S from the embedded server and then computing, or
// only computing when CPU work is asked for without a delay.
Workload read_workload(const QCommandLineParser& parser, const Flags& flags, SweepParam param) {
    const int tasks = whole(parser, flags.tasks, 16);
    refuse_over_limit(flags.tasks, kTasksLimit, tasks);
    const double cpu_ms = number(parser, flags.cpu, 0);
    refuse_over_limit(flags.cpu, kCpuMsLimit, cpu_ms);
    const double delay_s = number(parser, flags.delay, 1);
    refuse_over_limit(flags.delay, kDelayLimit, delay_s);
    const bool computes_only = !parser.isSet(flags.delay) && param != SweepParam::Delay &&
                               (parser.isSet(flags.cpu) || param == SweepParam::CpuMs);
    const ServerShape shape{.delay_s = delay_s};
    Workload workload = computes_only ? uniform_workload(tasks, "", cpu_ms, 0.0)
                                      : uniform_workload(tasks, shape.url(), cpu_ms, shape.expected_s());
    workload.behaviour.gil = parser.isSet(flags.gil);
    return workload;
}

SweepSpec read_spec(const QCommandLineParser& parser, const Flags& flags) {
    SweepSpec spec;
    spec.param = read_param(parser, flags);
    if (const QCommandLineOption* varied = flags.varied(spec.param); parser.isSet(*varied)) {
        throw FlagError{"--" + varied->names().first().toStdString() + " cannot be used with --param " +
                        to_string(spec.param) + ": the sweep's --values set it"};
    }
    spec.values = read_values(parser, flags);
    std::string bad;
    const auto modes = modes_from_list(
        parser.isSet(flags.modes) ? parser.value(flags.modes).toStdString() : "threads,async", &bad);
    if (!modes) {
        fail(QStringLiteral("modes"), QStringLiteral("takes sequential, threads, async, processes separated by commas"),
             parser.value(flags.modes));
    }
    spec.modes = *modes;
    spec.concurrency = whole(parser, flags.concurrency, 10);
    if (spec.param != SweepParam::Concurrency) {
        for (Mode mode : spec.modes) refuse_over_limit(flags.concurrency, concurrency_limit(mode), spec.concurrency);
    }
    spec.workload = read_workload(parser, flags, spec.param);
    return spec;
}

}  // namespace

std::variant<SweepOptions, std::string> parse_sweep_options(const QStringList& arguments) {
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Runs one workload again and again while one parameter steps through a list of values, every\n"
        "chosen mode at each value, and prints the makespan, the speed-up over the first value and the\n"
        "efficiency against the ideal, with what caps the ideal (the cores, the emulated GIL).\n"
        "By default the tasks fetch /delay/1 from Overlap's embedded server, started once for the sweep.\n\n"
        "Example: overlap sweep --param concurrency --values 1..16x2 --modes threads,async --tasks 16 --delay 0.25\n\n"
        "Exit status: 0 every task completed, 1 the server could not start or a file could not be\n"
        "saved, 2 a bad flag (nothing ran), 3 a task failed, 5 the embedded server died,\n"
        "128+N stopped by signal N (130: Ctrl-C)."));
    const QCommandLineOption help = add_help_option(parser);
    const Flags flags;
    parser.addOptions(flags.all());
    if (!parser.parse(arguments)) return parser.errorText().toStdString();
    if (parser.isSet(help)) show_command_help(parser, arguments);
    if (!parser.positionalArguments().isEmpty())
        return "unexpected argument '" + parser.positionalArguments().first().toStdString() + "'";
    try {
        SweepOptions options;
        if (parser.isSet(flags.preset)) {
            refuse_with(parser, flags.sweep_flags(), QStringLiteral("preset"), QStringLiteral("the preset sets the sweep"));
            options.preset = read_preset(parser.value(flags.preset));
            if (!options.preset->sweep) {
                fail(QStringLiteral("preset"), QStringLiteral("defines no sweep; 'overlap presets' says which do"),
                     parser.value(flags.preset));
            }
            options.spec = preset_sweep_spec(*options.preset);
        } else {
            options.spec = read_spec(parser, flags);
        }
        if (parser.isSet(flags.repeat)) {
            options.spec.repeat = whole(parser, flags.repeat, 1);
            if (options.spec.repeat < 1 || options.spec.repeat > kMaxSweepRepeat) {
                fail(QStringLiteral("repeat"), QStringLiteral("must be from 1 to %1").arg(kMaxSweepRepeat),
                     parser.value(flags.repeat));
            }
        }
        // What is left is about the values: one outside its limit, or what it does to the workload.
        if (const auto problem = sweep_problem(options.spec))
            throw FlagError{(parser.isSet(flags.preset) ? "--preset: " : "--values: ") + *problem};
        options.json_file = output_path(parser, flags.json);
        options.csv_file = output_path(parser, flags.csv);
        options.png_file = output_path(parser, flags.png);
        options.server = parser.value(flags.server).toStdString();
        options.progress = !parser.isSet(flags.quiet);
        return options;
    } catch (const FlagError& error) {
        return error.message;
    }
}

}  // namespace overlap::app
