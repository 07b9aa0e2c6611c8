-- Caught by test_reachable_follows_one_way_flights: a flight is followed in both directions
-- (as an undirected edge), so Honolulu, which has only flights in, "reaches" everything.
WITH RECURSIVE reach(airport) AS (
    SELECT :start
    UNION
    SELECT CASE WHEN f.origin = r.airport THEN f.destination ELSE f.origin END
    FROM reach AS r
    JOIN flights AS f ON r.airport IN (f.origin, f.destination)
)
SELECT airport FROM reach
WHERE airport <> :start
ORDER BY airport;
