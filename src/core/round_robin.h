// Visiting a share of a large hash map per turn, going round it: a session with 10,000 clients
// looks at a thousand of them per turn instead of all of them every time, and each one still
// comes round within a few turns.
#pragma once

#include <cstddef>

namespace socketlab::core {

// Calls visit(key, value) for the elements of the buckets from `cursor` on, until `budget`
// elements were visited or every bucket once; the cursor then points at the next bucket. A bucket
// is visited whole, so one turn may pass the budget by the few elements of its last bucket. Within
// size() / budget + 1 turns every element is visited (as long as the map is not rehashed meanwhile;
// after a rehash the cursor simply goes on round the new buckets). Returns the elements visited.
// `visit` must not insert into or erase from the map.
template<typename UnorderedMap, typename Visit>
std::size_t visitRoundRobin(UnorderedMap& map, std::size_t& cursor, std::size_t budget, Visit&& visit)
{
    const std::size_t buckets = map.bucket_count();
    std::size_t visited = 0;
    if (buckets == 0 || map.empty())
        return 0;
    cursor %= buckets;
    for (std::size_t turn = 0; turn < buckets && visited < budget; ++turn) {
        for (auto element = map.begin(cursor); element != map.end(cursor); ++element) {
            visit(element->first, element->second);
            ++visited;
        }
        cursor = (cursor + 1) % buckets;
    }
    return visited;
}

} // namespace socketlab::core
