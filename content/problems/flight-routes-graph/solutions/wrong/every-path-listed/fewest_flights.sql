-- Caught by test_fewest_flights_between_many_pairs: every path without a repeated airport is
-- listed, then the shortest is picked; fine for London to Sydney, but the number of paths grows
-- exponentially, and from Longyearbyen even 19 airports have too many.
WITH RECURSIVE paths(airport, visited, flights) AS (
    SELECT :origin, ',' || :origin || ',', 0
    UNION ALL
    SELECT f.destination, p.visited || f.destination || ',', p.flights + 1
    FROM paths AS p
    JOIN flights AS f ON f.origin = p.airport
    WHERE instr(p.visited, ',' || f.destination || ',') = 0
)
SELECT min(flights) AS flights
FROM paths
WHERE airport = :destination
HAVING min(flights) IS NOT NULL;
