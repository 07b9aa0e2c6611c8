-- The best route from :origin to :destination: the fewest flights, then the fewest km, then
-- the route's name; one row (route like 'LHR-SIN-SYD', km), or no row if unreachable.
-- TODO: this only knows direct flights.
SELECT origin || '-' || destination AS route, km
FROM flights
WHERE origin = :origin AND destination = :destination;
