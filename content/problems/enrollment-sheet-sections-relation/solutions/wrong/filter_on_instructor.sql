-- Drops the waiting list by the wrong column: sections whose instructor is still TBA vanish.
SELECT DISTINCT course_code, section_no, instructor, room
FROM enrollment_sheet
WHERE instructor IS NOT NULL;
