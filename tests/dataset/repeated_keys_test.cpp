// Repeated keys among many (a funding_round_uuid given twice): every repeat
// is found, paired with the first key of its kind, whatever the threads and
// however the hashes collide.
#include <map>
#include <random>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "../../src/dataset/repeated_keys.hpp"

namespace {

using Pairs = std::vector<std::pair<std::size_t, std::size_t>>;

// The answer the slow way: the first index of each key.
Pairs naive_repeats(const std::vector<std::string>& keys) {
  std::map<std::string, std::size_t> first;
  Pairs out;
  for (std::size_t i = 0; i < keys.size(); ++i) {
    auto [it, fresh] = first.emplace(keys[i], i);
    if (!fresh) out.emplace_back(i, it->second);
  }
  return out;
}

std::vector<std::string> keys_with_repeats(std::size_t n, std::uint32_t seed) {
  std::mt19937_64 rng(seed);
  std::vector<std::string> keys;
  keys.reserve(n);
  for (std::size_t i = 0; i < n; ++i) {
    if (i > 0 && rng() % 50 == 0) keys.push_back(keys[rng() % i]);  // a repeat of an earlier key
    else keys.push_back(std::to_string(rng()));
  }
  return keys;
}

}  // namespace

TEST(RepeatedKeys, NoneAmongDistinctKeys) {
  const std::vector<std::string> keys{"a", "b", "c"};
  const auto repeats = fundline::detail::find_repeats(
      keys.size(), [&](std::size_t i) { return std::hash<std::string>{}(keys[i]); },
      [&](std::size_t i, std::size_t j) { return keys[i] == keys[j]; });
  EXPECT_TRUE(repeats.empty());
}

TEST(RepeatedKeys, EachRepeatIsPairedWithTheFirstOfItsKind) {
  const std::vector<std::string> keys{"x", "y", "x", "z", "x", "y"};
  const auto repeats = fundline::detail::find_repeats(
      keys.size(), [&](std::size_t i) { return std::hash<std::string>{}(keys[i]); },
      [&](std::size_t i, std::size_t j) { return keys[i] == keys[j]; });
  EXPECT_EQ(repeats, (Pairs{{2, 0}, {4, 0}, {5, 1}}));
}

// Over 200,000 keys the work is shared by threads and spread over many
// partitions; the answer is the same as the naive one, with any thread count.
TEST(RepeatedKeys, ManyKeysOnSeveralThreadsGiveTheNaiveAnswer) {
  const auto keys = keys_with_repeats(200'000, 7);
  const Pairs expected = naive_repeats(keys);
  ASSERT_GT(expected.size(), 3000u);
  for (unsigned threads : {1u, 2u, 3u}) {
    const auto repeats = fundline::detail::find_repeats(
        keys.size(), [&](std::size_t i) { return std::hash<std::string>{}(keys[i]); },
        [&](std::size_t i, std::size_t j) { return keys[i] == keys[j]; }, threads);
    EXPECT_EQ(repeats, expected) << threads << " threads";
  }
}

// Keys whose hashes collide (all in one partition, equal low bits too) are
// told apart by their texts.
TEST(RepeatedKeys, CollidingHashesAreToldApartByText) {
  const auto keys = keys_with_repeats(3000, 11);
  const auto repeats = fundline::detail::find_repeats(
      keys.size(), [&](std::size_t i) { return std::hash<std::string>{}(keys[i]) % 3; },
      [&](std::size_t i, std::size_t j) { return keys[i] == keys[j]; }, 2);
  EXPECT_EQ(repeats, naive_repeats(keys));
}
