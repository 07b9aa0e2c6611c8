CREATE TABLE agents (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    team TEXT NOT NULL
);
CREATE TABLE tickets (
    id INTEGER PRIMARY KEY,
    agent_id INTEGER REFERENCES agents (id),  -- NULL while unassigned
    priority TEXT NOT NULL CHECK (priority IN ('low', 'normal', 'high', 'urgent')),
    opened_at TEXT NOT NULL,
    resolved_at TEXT                          -- NULL while the ticket is open
);
