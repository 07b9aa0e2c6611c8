CREATE TABLE enrollment_sheet (
    student_id INTEGER NOT NULL,
    student_name TEXT NOT NULL,
    course_code TEXT NOT NULL,
    course_title TEXT NOT NULL,
    credits INTEGER NOT NULL,
    section_no INTEGER,      -- NULL while the student is on the waiting list
    instructor TEXT,         -- NULL when unknown yet ("TBA") or when waitlisted
    room TEXT,               -- NULL when unknown yet or when waitlisted
    grade TEXT,              -- NULL until graded
    PRIMARY KEY (student_id, course_code)
);
