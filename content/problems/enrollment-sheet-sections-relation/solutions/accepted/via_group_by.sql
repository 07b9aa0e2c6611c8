SELECT course_code, section_no, MAX(instructor) AS instructor, MAX(room) AS room
FROM enrollment_sheet
WHERE section_no IS NOT NULL
GROUP BY course_code, section_no
ORDER BY course_code, section_no;
