-- 1. hops: the fewest flights to every airport (as in fewest_flights.sql).
-- 2. routes: every route from :origin, but never longer than that fewest number, so only a
--    handful of routes is listed however many cycles the network has.
-- 3. the fewest flights, then the fewest km, then the route's name.
WITH RECURSIVE
    hops(airport, flights) AS (
        SELECT :origin, 0
        UNION
        SELECT f.destination, h.flights + 1
        FROM hops AS h
        JOIN flights AS f ON f.origin = h.airport
        WHERE h.flights < (SELECT count(*) FROM airports)
    ),
    best(flights) AS (
        SELECT min(flights) FROM hops WHERE airport = :destination
    ),
    routes(airport, route, km, flights) AS (
        SELECT :origin, :origin, 0, 0
        UNION ALL
        SELECT f.destination, r.route || '-' || f.destination, r.km + f.km, r.flights + 1
        FROM routes AS r
        JOIN flights AS f ON f.origin = r.airport
        WHERE r.flights < (SELECT flights FROM best)
    )
SELECT route, km
FROM routes
WHERE airport = :destination AND flights = (SELECT flights FROM best)
ORDER BY km, route
LIMIT 1;
