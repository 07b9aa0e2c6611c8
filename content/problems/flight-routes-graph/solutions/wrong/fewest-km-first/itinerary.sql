-- Caught by test_itinerary_prefers_fewer_flights_to_fewer_km: the routes are ranked by km
-- first, so a 3-flight route of 300 km beats a 2-flight route of 2,000 km.
WITH RECURSIVE
    hops(airport, flights) AS (
        SELECT :origin, 0
        UNION
        SELECT f.destination, h.flights + 1
        FROM hops AS h
        JOIN flights AS f ON f.origin = h.airport
        WHERE h.flights < 4
    ),
    routes(airport, route, km, flights) AS (
        SELECT :origin, :origin, 0, 0
        UNION ALL
        SELECT f.destination, r.route || '-' || f.destination, r.km + f.km, r.flights + 1
        FROM routes AS r
        JOIN flights AS f ON f.origin = r.airport
        WHERE r.flights < (SELECT min(flights) FROM hops WHERE airport = :destination) + 1
    )
SELECT route, km
FROM routes
WHERE airport = :destination
ORDER BY km, flights, route
LIMIT 1;
