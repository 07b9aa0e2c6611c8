-- Breadth-first: (airport, flights) pairs, each pair once (UNION), never deeper than the
-- number of airports (a shortest route visits no airport twice).
WITH RECURSIVE hops(airport, flights) AS (
    SELECT :origin, 0
    UNION
    SELECT f.destination, h.flights + 1
    FROM hops AS h
    JOIN flights AS f ON f.origin = h.airport
    WHERE h.flights < (SELECT count(*) FROM airports)
)
SELECT min(flights) AS flights
FROM hops
WHERE airport = :destination
HAVING min(flights) IS NOT NULL;
