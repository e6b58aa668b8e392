// Reading Linux PSI's CPU pressure from injected text, not a busy machine.
#include <gtest/gtest.h>

#include "system/cpu_load.hpp"

namespace overlap {
namespace {

TEST(CpuPressure, ReadsSomeAvg10) {
    EXPECT_DOUBLE_EQ(parse_cpu_pressure("some avg10=14.09 avg60=60.38 avg300=52.81 total=69428\n"
                                        "full avg10=0.00 avg60=0.00 avg300=0.00 total=0\n"),
                     14.09);
    EXPECT_DOUBLE_EQ(parse_cpu_pressure("some avg10=0.00 avg60=0.00 avg300=0.00 total=1\n"), 0);
    EXPECT_DOUBLE_EQ(parse_cpu_pressure(""), -1) << "no PSI: unknown";
    EXPECT_DOUBLE_EQ(parse_cpu_pressure("some avg10=x"), -1);
}

TEST(CpuCores, AtLeastOne) { EXPECT_GE(usable_cores(), 1); }

}  // namespace
}  // namespace overlap
