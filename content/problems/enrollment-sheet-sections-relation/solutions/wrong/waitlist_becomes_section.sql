SELECT DISTINCT course_code, section_no, instructor, room
FROM enrollment_sheet;
