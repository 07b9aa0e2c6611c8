SELECT course_code, section_no, instructor, room
FROM enrollment_sheet
WHERE section_no IS NOT NULL;
