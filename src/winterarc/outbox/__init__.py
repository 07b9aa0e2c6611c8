"""The transactional outbox: messages are rows written in the same transaction as their data,
and a relay publishes them to the broker afterwards (so a broker outage loses nothing)."""
