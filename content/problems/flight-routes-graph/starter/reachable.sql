-- Every airport reachable from :start by one or more flights, sorted by code.
-- TODO: this only follows one flight; follow as many as it takes (WITH RECURSIVE).
SELECT DISTINCT destination AS airport
FROM flights
WHERE origin = :start AND destination <> :start
ORDER BY airport;
