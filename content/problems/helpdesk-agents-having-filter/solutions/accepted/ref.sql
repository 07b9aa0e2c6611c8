-- Complexity: O(t + a log a) time (t tickets, a agents): each ticket joins its agent by
-- primary key, one group per agent, HAVING keeps some, a sort orders them; O(a) memory.
SELECT a.id AS agent_id,
       a.name AS name,
       COUNT(t.resolved_at) AS resolved,
       COUNT(*) - COUNT(t.resolved_at) AS still_open
FROM agents AS a
JOIN tickets AS t ON t.agent_id = a.id
GROUP BY a.id, a.name
HAVING SUM(t.resolved_at IS NOT NULL AND t.priority IN ('high', 'urgent')) >= 3
ORDER BY resolved DESC, a.id;
