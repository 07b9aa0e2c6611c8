-- Complexity: O(t + a log a) time (t tickets, a agents): one grouping pass with three
-- filtered counts, then the kept agents sorted; O(a) memory.
SELECT agent_id, name, resolved, still_open
FROM (
    SELECT a.id AS agent_id, a.name AS name,
           COUNT(*) FILTER (WHERE t.resolved_at IS NOT NULL) AS resolved,
           COUNT(*) FILTER (WHERE t.resolved_at IS NULL) AS still_open,
           COUNT(*) FILTER (WHERE t.resolved_at IS NOT NULL AND t.priority IN ('high', 'urgent')) AS hot
    FROM agents AS a
    JOIN tickets AS t ON t.agent_id = a.id
    GROUP BY a.id
)
WHERE hot >= 3
ORDER BY resolved DESC, agent_id ASC;
