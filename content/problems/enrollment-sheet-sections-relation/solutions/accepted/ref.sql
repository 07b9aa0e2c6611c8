-- Complexity: O(r log r) time to deduplicate the r sheet rows (a sort or a temporary
-- B-tree); O(r) memory.
SELECT DISTINCT course_code, section_no, instructor, room
FROM enrollment_sheet
WHERE section_no IS NOT NULL;
