-- Every airport reachable from :start by one or more flights.
-- UNION (not UNION ALL) drops an airport already found, so the walk stops on cycles.
WITH RECURSIVE reach(airport) AS (
    SELECT destination FROM flights WHERE origin = :start
    UNION
    SELECT f.destination
    FROM reach AS r
    JOIN flights AS f ON f.origin = r.airport
)
SELECT airport FROM reach
WHERE airport <> :start
ORDER BY airport;
