-- The fewest flights from :origin to :destination (one row), or no row if unreachable.
-- TODO: this only knows direct flights.
SELECT 1 AS flights
FROM flights
WHERE origin = :origin AND destination = :destination;
