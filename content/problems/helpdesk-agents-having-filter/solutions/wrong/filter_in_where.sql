SELECT a.id AS agent_id, a.name AS name,
       COUNT(t.resolved_at) AS resolved,
       COUNT(*) - COUNT(t.resolved_at) AS still_open
FROM agents AS a
JOIN tickets AS t ON t.agent_id = a.id
WHERE t.resolved_at IS NOT NULL AND t.priority IN ('high', 'urgent')
GROUP BY a.id
HAVING COUNT(*) >= 3
ORDER BY resolved DESC, a.id;
