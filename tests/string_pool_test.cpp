#include <memory>
#include <string>
#include <utility>

#include <daye/string_pool.hpp>

#include "catch.hpp"

using daye::string_pool;

TEST_CASE("a string is stored once and named by its id") {
    string_pool pool;
    CHECK(pool.find("daye") == string_pool::none);
    const auto daye = pool.intern("daye");
    const auto hubei = pool.intern("hubei");
    CHECK(daye == 0);
    CHECK(hubei == 1);
    CHECK(pool.intern(std::string("da") + "ye") == daye);
    CHECK(pool.find("hubei") == hubei);
    CHECK(pool.find("Hubei") == string_pool::none);
    CHECK(pool[daye] == "daye");
    CHECK(std::string(pool.c_str(hubei)) == "hubei");
    CHECK(pool.size() == 2);
    const auto empty = pool.intern("");
    CHECK(pool[empty].empty());
    CHECK(pool.find("") == empty);
    const std::string with_nul("a\0b", 3);
    CHECK(pool.intern(with_nul) != pool.intern("a"));
    CHECK(pool[pool.find(with_nul)] == with_nul);
}

TEST_CASE("views stay valid while the pool grows, and long strings are kept whole") {
    string_pool pool;
    const std::string_view first = pool[pool.intern("region-0")];
    const std::string long_text(100000, 'x');
    const auto long_id = pool.intern(long_text);
    for (int i = 0; i < 100000; ++i) pool.intern("region-" + std::to_string(i));
    CHECK(pool.size() == 100001);
    CHECK(first == "region-0");
    CHECK(first.data() == pool[0].data());
    CHECK(pool[long_id] == long_text);
    for (int i = 0; i < 100000; i += 997)
        CHECK(pool[pool.find("region-" + std::to_string(i))] == "region-" + std::to_string(i));
    CHECK(pool.bytes() > long_text.size());
}

TEST_CASE("a moved pool keeps its characters where they were; a copy has its own") {
    auto pool = std::make_unique<string_pool>();
    pool->intern("huangshi");
    const std::string_view before = (*pool)[0];
    string_pool moved(std::move(*pool));
    CHECK(moved[0].data() == before.data());
    CHECK(pool->size() == 0);
    CHECK(pool->intern("daye") == 0);  // the moved-from pool is empty and usable
    CHECK(moved[0] == "huangshi");

    string_pool copy(moved);
    moved = string_pool();  // the original's characters are gone
    pool.reset();
    CHECK(copy[0] == "huangshi");
    CHECK(copy.find("huangshi") == 0);
    string_pool assigned;
    assigned.intern("x");
    assigned = copy;
    CHECK(assigned.size() == 1);
    CHECK(assigned[0] == "huangshi");
    CHECK(assigned[0].data() != copy[0].data());
}

TEST_CASE("equal strings hash alike, and the tail bytes count") {
    CHECK(string_pool::hash("gdp_growth") == string_pool::hash(std::string("gdp_") + "growth"));
    CHECK(string_pool::hash("gdp_growth") != string_pool::hash("gdp_growtg"));
    CHECK(string_pool::hash("") != string_pool::hash(std::string_view("\0", 1)));
    CHECK(string_pool::hash("12345678") != string_pool::hash("123456780"));
}
