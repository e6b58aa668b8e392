#include "analysis/workload_differences.hpp"

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <map>
#include <set>
#include <string_view>

#include "model/number_text.hpp"
// URLs come from run files, which may be damaged or hostile: they are shown
// the way every file reader shows a file's text, one safe line.
#include "formats/error_text.hpp"

namespace overlap {

namespace {

constexpr std::size_t kShownIdPieces = 4;

std::string capitalised(std::string text) {
    if (!text.empty())
        text[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(text[0])));
    return text;
}

std::string tasks_text(std::size_t count) {
    return std::to_string(count) + (count == 1 ? " task" : " tasks");
}

// What a task fetches, as the reader knows it: the embedded server's path
// without the placeholder for its address.
std::string fetch_text(const std::string& url) {
    if (url.empty()) return "nothing";
    std::string_view shown = url;
    if (shown.starts_with(kServerPlaceholder))
        shown.remove_prefix(std::string_view(kServerPlaceholder).size());
    return shown_text(shown, "");
}

std::string expected_text(const std::optional<double>& seconds) {
    return seconds ? number_text(*seconds) + " s" : "an unknown time";
}

// One way some tasks differ: a verb in both numbers and what follows it.
struct TaskChange {
    std::string verb_one;   // "fetches"
    std::string verb_many;  // "fetch"
    std::string rest;       // "/delay/1 in A and /delay/2 in B"
    std::vector<std::size_t> tasks;
};

std::vector<TaskChange> task_changes(const Workload& before, const Workload& after) {
    std::vector<TaskChange> changes;
    std::map<std::string, std::size_t> found;  // verb and rest: index in `changes`
    const auto note = [&](std::size_t task, const char* one, const char* many, std::string rest) {
        const std::string key = std::string(one) + ' ' + rest;
        const auto [at, added] = found.try_emplace(key, changes.size());
        if (added) changes.push_back({one, many, std::move(rest), {}});
        changes[at->second].tasks.push_back(task);
    };
    const std::size_t common = std::min(before.tasks.size(), after.tasks.size());
    for (std::size_t i = 0; i < common; ++i) {
        const TaskSpec& a = before.tasks[i];
        const TaskSpec& b = after.tasks[i];
        if (a.url != b.url) {
            note(i, "fetches", "fetch",
                 fetch_text(a.url) + " in A and " + fetch_text(b.url) + " in B");
        } else if (a.expected_s != b.expected_s) {
            // A different URL already says the time differs.
            note(
                i, "is expected to take", "are expected to take",
                expected_text(a.expected_s) + " in A and " + expected_text(b.expected_s) + " in B");
        }
        if (a.cpu_ms != b.cpu_ms) {
            note(i, "computes for", "compute for",
                 number_text(a.cpu_ms) + " ms in A and " + number_text(b.cpu_ms) + " ms in B");
        }
    }
    return changes;
}

// "task 3", "tasks 0–9, 12 and 15", "tasks 1, 3, 5, 7 and 6 others": ids in
// increasing order, runs of consecutive ids as ranges.
std::string task_ids_text(const std::vector<std::size_t>& ids) {
    if (ids.size() == 1) return "task " + std::to_string(ids.front());
    std::vector<std::string> pieces;
    std::size_t shown = 0;  // ids the pieces cover
    for (std::size_t i = 0; i < ids.size() && pieces.size() < kShownIdPieces;) {
        std::size_t last = i;
        while (last + 1 < ids.size() && ids[last + 1] == ids[last] + 1) ++last;
        pieces.push_back(last == i ? std::to_string(ids[i])
                                   : std::to_string(ids[i]) + "–" + std::to_string(ids[last]));
        shown += last - i + 1;
        i = last + 1;
    }
    std::string text = "tasks ";
    const bool more = shown < ids.size();
    for (std::size_t i = 0; i < pieces.size(); ++i) {
        const bool final_piece = i + 1 == pieces.size() && !more;
        text += (i == 0 ? "" : final_piece ? " and " : ", ") + pieces[i];
    }
    if (more) text += " and " + std::to_string(ids.size() - shown) + " others";
    return text;
}

std::string change_sentence(const TaskChange& change, bool every_task) {
    if (every_task) return "Every task " + change.verb_one + ' ' + change.rest;
    const bool one = change.tasks.size() == 1;
    return capitalised(task_ids_text(change.tasks)) + ' ' +
           (one ? change.verb_one : change.verb_many) + ' ' + change.rest;
}

// "…and 12 more tasks differ": what the shown sentences left out.
std::string remainder_sentence(const std::vector<TaskChange>& changes) {
    std::set<std::size_t> named;
    for (std::size_t i = 0; i < kShownTaskDifferences; ++i)
        named.insert(changes[i].tasks.begin(), changes[i].tasks.end());
    std::set<std::size_t> others;
    for (std::size_t i = kShownTaskDifferences; i < changes.size(); ++i) {
        for (std::size_t task : changes[i].tasks)
            if (!named.contains(task)) others.insert(task);
    }
    if (others.empty()) {
        return "…and those tasks differ in " +
               std::to_string(changes.size() - kShownTaskDifferences) + " more ways";
    }
    return "…and " + std::to_string(others.size()) +
           (others.size() == 1 ? " more task differs" : " more tasks differ");
}

std::string on_off(bool on) { return on ? "on" : "off"; }
std::string yes_no(bool yes) { return yes ? "yes" : "no"; }
std::string per_request(double ms) { return ms > 0 ? number_text(ms) + " ms" : "none"; }

}  // namespace

std::vector<std::string> workload_differences(const Workload& before, const Workload& after) {
    std::vector<std::string> sentences;
    if (before.tasks.size() != after.tasks.size()) {
        sentences.push_back("A runs " + tasks_text(before.tasks.size()) + ", B runs " +
                            std::to_string(after.tasks.size()));
    }
    const std::vector<TaskChange> changes = task_changes(before, after);
    const bool same_count = before.tasks.size() == after.tasks.size();
    for (std::size_t i = 0; i < changes.size() && i < kShownTaskDifferences; ++i) {
        const bool every =
            same_count && before.tasks.size() > 1 && changes[i].tasks.size() == before.tasks.size();
        sentences.push_back(change_sentence(changes[i], every));
    }
    if (changes.size() > kShownTaskDifferences) sentences.push_back(remainder_sentence(changes));
    const auto behaviours = behaviour_differences(before.behaviour, after.behaviour);
    sentences.insert(sentences.end(), behaviours.begin(), behaviours.end());
    return sentences;
}

std::vector<std::string> behaviour_differences(const Behaviour& before, const Behaviour& after) {
    std::vector<std::string> sentences;
    const auto add = [&](const std::string& label, const std::string& a, const std::string& b) {
        sentences.push_back(capitalised(label) + ": " + a + " in A, " + b + " in B");
    };
    if (before.gil != after.gil) add("emulated GIL", on_off(before.gil), on_off(after.gil));
    if (before.interpreter_ms != after.interpreter_ms) {
        add("emulated interpreter work per request", per_request(before.interpreter_ms),
            per_request(after.interpreter_ms));
    }
    if (before.timeout_s != after.timeout_s) {
        add("task timeout", number_text(before.timeout_s) + " s",
            number_text(after.timeout_s) + " s");
    }
    if (before.offload != after.offload) {
        add("async CPU work on a helper thread", yes_no(before.offload), yes_no(after.offload));
    }
    if (before.blocking_in_async != after.blocking_in_async) {
        add("async fetches with a blocking call", yes_no(before.blocking_in_async),
            yes_no(after.blocking_in_async));
    }
    return sentences;
}

}  // namespace overlap
