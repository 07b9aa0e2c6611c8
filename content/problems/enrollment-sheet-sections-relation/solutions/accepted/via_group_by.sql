-- Complexity: O(r log r) time: the r rows grouped by (course, section), the groups
-- ordered; O(s) memory for s sections.
SELECT course_code, section_no, MAX(instructor) AS instructor, MAX(room) AS room
FROM enrollment_sheet
WHERE section_no IS NOT NULL
GROUP BY course_code, section_no
ORDER BY course_code, section_no;
