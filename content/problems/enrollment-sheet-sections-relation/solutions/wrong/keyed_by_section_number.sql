-- Treats section_no alone as the key: section 1 of every course collapses into one row.
SELECT MIN(course_code) AS course_code, section_no, MIN(instructor) AS instructor, MIN(room) AS room
FROM enrollment_sheet
WHERE section_no IS NOT NULL
GROUP BY section_no;
