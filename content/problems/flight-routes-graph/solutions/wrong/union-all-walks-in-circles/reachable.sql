-- Caught by test_sample_reachable_from_madrid: UNION ALL keeps every row it finds, so on a
-- network with return flights the walk goes round LHR-AMS-LHR-AMS... and never stops.
WITH RECURSIVE reach(airport) AS (
    SELECT destination FROM flights WHERE origin = :start
    UNION ALL
    SELECT f.destination
    FROM reach AS r
    JOIN flights AS f ON f.origin = r.airport
)
SELECT DISTINCT airport FROM reach
WHERE airport <> :start
ORDER BY airport;
