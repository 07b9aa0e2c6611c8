"""Validation: every rule of docs/authoring.md, reported all at once with file and field."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from winterarc.judge.packages import PackageError, PackageIssue, load_package

Copy = Callable[[str], Path]


def issues_of(root: Path, known_topics: set[str] | None = None) -> list[str]:
    with pytest.raises(PackageError) as caught:
        load_package(root, known_topics=known_topics)
    return [str(issue) for issue in caught.value.issues]


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text()
    assert old in text, f"{old!r} not in {path}"
    path.write_text(text.replace(old, new, 1))


def write_json(path: Path, value: object) -> None:
    path.write_text(json.dumps(value))


def test_package_error_names_file_field_and_message() -> None:
    assert str(PackageIssue("problem.toml", "time_limit_ms", "must be between 100 and 10000")) == (
        "problem.toml: time_limit_ms: must be between 100 and 10000"
    )
    assert str(PackageIssue("tests/01.in", None, "has no matching .out")) == (
        "tests/01.in: has no matching .out"
    )


def test_every_issue_is_reported_at_once(package_copy: Copy) -> None:
    root = package_copy("sum-stdio")
    edit(root / "problem.toml", "time_limit_ms = 1000", "time_limit_ms = 50")
    edit(root / "problem.toml", 'difficulty = "easy"', 'difficulty = "extreme"')
    (root / "tests" / "01-empty.out").unlink()
    (root / "statement.md").write_text("  \n")
    assert issues_of(root) == [
        "problem.toml: difficulty: must be one of 'easy', 'medium' or 'hard'",
        "problem.toml: time_limit_ms: must be between 100 and 10000",
        "statement.md: is required and must not be empty",
        "tests/01-empty.in: has no matching .out",
    ]


def test_invalid_toml_is_one_issue_naming_the_file(package_copy: Copy) -> None:
    root = package_copy("sum-stdio")
    (root / "problem.toml").write_text("slug = \n")
    (issue,) = issues_of(root)
    assert issue.startswith("problem.toml: Invalid value")


def test_missing_problem_toml_is_reported(package_copy: Copy) -> None:
    root = package_copy("sum-stdio")
    (root / "problem.toml").unlink()
    assert "problem.toml: is required" in issues_of(root)


@pytest.mark.parametrize(
    ("old", "new", "issue"),
    [
        ('slug = "sum-stdio"', 'slug = "Sum_Stdio"', "slug: must be lowercase letters"),
        ('title = "Sum of a List"', 'title = ""', "title: must be non-empty"),
        ('type = "stdio"', 'type = "cobol"', "type: must be one of 'stdio'"),
        ("memory_limit_mb = 256", "memory_limit_mb = 4096", "memory_limit_mb: must be between 16"),
        ("time_limit_ms = 1000", 'time_limit_ms = "1000"', "time_limit_ms: must be an integer"),
        ('checker = "tokens"', 'checker = "fuzzy"', "checker: must be one of 'exact'"),
        ('tags = ["arrays"]', 'tags = ["Arrays"]', "tags: 'Arrays' must be lowercase"),
        ('tags = ["arrays"]', 'tags = ["arrays", "arrays"]', "tags: duplicates: arrays"),
        ("patterns = []", 'patterns = ["two pointers"]', "patterns: 'two pointers' must be"),
        ("seeds = [1, 2, 3]", "seeds = []", "generator.seeds: must list at least one seed"),
        ("seeds = [1, 2, 3]", "seeds = [1, 1]", "generator.seeds: duplicates: 1"),
        ("seeds = [1, 2, 3]", "seeds = [-1]", "generator.seeds: seed -1 must be between 0"),
        ('topics = ["s1-w1-syntax-data-types"]', 'topics = ["hash maps"]', "is not a topic id"),
        ("patterns = []", "patterns = []\ncolour = 3", "colour: unknown field"),
        ('checker = "tokens"', 'checker = "tokens"\nfloat_tolerance = 1e-3', "only used with"),
        ('checker = "tokens"', 'checker = "tokens"\nunordered_nested = true', "only used with"),
    ],
)
def test_manifest_field_rules(package_copy: Copy, old: str, new: str, issue: str) -> None:
    root = package_copy("sum-stdio")
    edit(root / "problem.toml", old, new)
    found = issues_of(root)
    assert any(line.startswith("problem.toml: ") and issue in line for line in found), found


def test_float_tolerance_range_is_checked(package_copy: Copy) -> None:
    root = package_copy("mean-float")
    edit(root / "problem.toml", "float_tolerance = 1e-6", "float_tolerance = 0.5")
    assert issues_of(root) == ["problem.toml: float_tolerance: must be between 1e-12 and 0.1"]


def test_slug_must_equal_the_folder_name(package_copy: Copy) -> None:
    root = package_copy("sum-stdio")
    renamed = root.rename(root.parent / "sum-v2")
    assert issues_of(renamed) == [
        "problem.toml: slug: must equal the package folder's name 'sum-v2'"
    ]


def test_function_table_is_required_for_function_problems(package_copy: Copy) -> None:
    root = package_copy("two-sum-fn")
    text = (root / "problem.toml").read_text()
    (root / "problem.toml").write_text(
        text.split("[function]")[0] + "[generator]" + text.split("[generator]")[1]
    )
    assert "problem.toml: function: [function] is required for function problems" in issues_of(root)


def test_function_table_is_refused_for_stdio_problems(package_copy: Copy) -> None:
    root = package_copy("sum-stdio")
    edit(root / "problem.toml", "[generator]", '[function]\nname = "f"\n\n[generator]')
    assert issues_of(root) == [
        "problem.toml: function: only function and design problems have a [function] table"
    ]


def test_function_params_and_returns_take_known_kinds(package_copy: Copy) -> None:
    root = package_copy("reverse-list")
    edit(root / "problem.toml", 'params = ["list_node"]', 'params = ["linked"]')
    edit(root / "problem.toml", 'returns = "list_node"', 'returns = "tree"')
    assert issues_of(root) == [
        "problem.toml: function.params[0]: must be one of 'json', 'list_node' or 'tree_node'",
        "problem.toml: function.returns: must be one of 'json', 'list_node' or 'tree_node'",
    ]


def test_function_name_must_be_a_public_identifier(package_copy: Copy) -> None:
    root = package_copy("two-sum-fn")
    edit(root / "problem.toml", 'name = "two_sum"', 'name = "__init__"')
    assert issues_of(root) == ["problem.toml: function.name: must be a public Python identifier"]


def test_design_problems_do_not_convert_arguments(package_copy: Copy) -> None:
    root = package_copy("lru-design")
    edit(root / "problem.toml", 'name = "LRUCache"', 'name = "LRUCache"\nparams = ["json"]')
    assert issues_of(root) == [
        "problem.toml: function.params: only function problems convert arguments and results"
    ]


def test_custom_checker_requires_checker_py(package_copy: Copy) -> None:
    root = package_copy("parity-custom")
    (root / "checker.py").unlink()
    assert issues_of(root) == ['checker.py: is required with checker = "custom"']


def test_checker_py_without_custom_checker_is_refused(package_copy: Copy) -> None:
    root = package_copy("sum-stdio")
    (root / "checker.py").write_text("def check(i, e, a):\n    return True\n")
    assert issues_of(root) == ['checker.py: is only used with checker = "custom"']


def test_checker_py_must_define_check(package_copy: Copy) -> None:
    root = package_copy("parity-custom")
    (root / "checker.py").write_text("def verify(i, e, a):\n    return True\n")
    assert issues_of(root) == ["checker.py: must define check(input, expected, actual)"]


def test_python_that_does_not_parse_is_refused(package_copy: Copy) -> None:
    root = package_copy("sum-stdio")
    (root / "solutions" / "wrong" / "broken.py").write_text("print(1\n")
    (issue,) = issues_of(root)
    assert issue.startswith("solutions/wrong/broken.py: does not parse: line 1:")


def test_sql_problem_requires_schema_sql(package_copy: Copy) -> None:
    root = package_copy("top-customers-sql")
    (root / "schema.sql").unlink()
    assert issues_of(root) == ["schema.sql: is required (and non-empty) for sql problems"]


def test_schema_sql_is_refused_outside_sql_problems(package_copy: Copy) -> None:
    root = package_copy("sum-stdio")
    (root / "schema.sql").write_text("CREATE TABLE t (x);")
    assert issues_of(root) == ["schema.sql: is only used by sql problems"]


def test_sql_solutions_are_sql_files(package_copy: Copy) -> None:
    root = package_copy("top-customers-sql")
    (root / "solutions" / "wrong" / "query.py").write_text("print(1)\n")
    assert issues_of(root) == ["solutions/wrong/query.py: sql solutions are *.sql"]


def test_python_problem_refuses_sql_solutions(package_copy: Copy) -> None:
    root = package_copy("sum-stdio")
    (root / "solutions" / "wrong" / "query.sql").write_text("SELECT 1;\n")
    assert issues_of(root) == ["solutions/wrong/query.sql: stdio solutions are *.py"]


def test_sql_problem_refuses_the_unordered_checker(package_copy: Copy) -> None:
    root = package_copy("top-customers-sql")
    edit(root / "problem.toml", 'checker = "exact"', 'checker = "unordered"')
    assert issues_of(root) == [
        'problem.toml: checker: sql problems use exact, tokens or float (and "ordered" per test)'
    ]


def test_sql_problem_refuses_a_generator(package_copy: Copy) -> None:
    root = package_copy("top-customers-sql")
    (root / "problem.toml").write_text(
        (root / "problem.toml").read_text() + "\n[generator]\nseeds = [1]\n"
    )
    (root / "generator.py").write_text("print(1)\n")
    assert issues_of(root) == [
        "problem.toml: generator: generated tests are not supported for sql problems"
    ]


def test_generator_table_requires_generator_py(package_copy: Copy) -> None:
    root = package_copy("sum-stdio")
    (root / "generator.py").unlink()
    assert issues_of(root) == ["generator.py: is required by the [generator] table"]


def test_generator_py_requires_a_generator_table(package_copy: Copy) -> None:
    root = package_copy("mean-float")
    (root / "generator.py").write_text("print(1)\n")
    assert issues_of(root) == ["generator.py: needs a [generator] table with seeds in problem.toml"]


def test_at_least_one_sample_test_is_required(package_copy: Copy) -> None:
    root = package_copy("sum-stdio")
    for path in (root / "tests").glob("sample-*"):
        path.unlink()
    assert issues_of(root) == ["tests/: at least one sample test (sample*) is needed"]


def test_an_out_without_an_in_is_reported(package_copy: Copy) -> None:
    root = package_copy("sum-stdio")
    (root / "tests" / "02-big-values.in").unlink()
    assert issues_of(root) == ["tests/02-big-values.out: has no matching .in"]


def test_test_files_of_another_type_are_refused(package_copy: Copy) -> None:
    root = package_copy("sum-stdio")
    (root / "tests" / "04.json").write_text("{}")
    assert issues_of(root) == ["tests/04.json: unexpected file: stdio tests are .in or .out"]


def test_test_names_must_be_plain_unique_and_not_generated(package_copy: Copy) -> None:
    root = package_copy("sum-stdio")
    (root / "tests" / "deeper").mkdir()
    (root / "tests" / "deeper" / "05.in").write_text("1\n1\n")
    (root / "tests" / "gen-1.in").write_text("1\n1\n")
    (root / "tests" / "Sample-1.in").write_text("1\n1\n")
    (root / "tests" / "Sample-1.out").write_text("1\n")
    (root / "tests" / "with space.in").write_text("1\n1\n")
    assert issues_of(root) == [
        "tests/deeper/05.in: subfolders are not allowed in tests/",
        "tests/gen-1.in: 'gen-' names are reserved",
        "tests/sample-1.in: name differs only in case from 'Sample-1'",
        "tests/sample-1.out: name differs only in case from 'Sample-1'",
        "tests/with space.in: test files are NAME.EXT; NAME is letters, digits, _.-",
    ]


@pytest.mark.parametrize(
    ("content", "issue"),
    [
        ("[1, 2]", "tests/04.json: must be a JSON object with args, expected"),
        ('{"args": [[1], 3]}', "tests/04.json: expected: is required"),
        ('{"args": [[1], 3], "expected": [0, 1], "note": 1}', "tests/04.json: note: unknown field"),
        (
            '{"args": [[1]], "expected": [0, 1]}',
            "tests/04.json: args: [function] params declares 2, got 1",
        ),
        (
            '{"args": {"nums": [1]}, "expected": 1}',
            "tests/04.json: args: must be an array of arguments",
        ),
        (
            '{"args": [[1], NaN], "expected": 1}',
            "tests/04.json: not valid JSON: NaN is not valid JSON",
        ),
        ("{", "tests/04.json: not valid JSON: Expecting property name"),
    ],
)
def test_function_test_files_are_checked(package_copy: Copy, content: str, issue: str) -> None:
    root = package_copy("two-sum-fn")
    (root / "tests" / "04.json").write_text(content)
    (found,) = issues_of(root)
    assert found.startswith(issue)


def test_node_arguments_must_be_arrays(package_copy: Copy) -> None:
    root = package_copy("tree-depth")
    write_json(root / "tests" / "04.json", {"args": [None], "expected": 0})
    write_json(root / "tests" / "05.json", {"args": [[None, 1]], "expected": 0})
    assert issues_of(root) == [
        "tests/04.json: args[0]: a tree_node value must be a level-order array",
        "tests/05.json: args[0]: a tree_node array cannot start with null (use [])",
    ]


def test_list_node_results_must_be_arrays(package_copy: Copy) -> None:
    root = package_copy("reverse-list")
    write_json(root / "tests" / "04.json", {"args": [[1]], "expected": None})
    assert issues_of(root) == [
        "tests/04.json: expected: a list_node value must be an array of plain values"
    ]


@pytest.mark.parametrize(
    ("calls", "issue"),
    [
        (
            {"ops": ["Cache", "get"], "args": [[1], [1]], "expected": [None, -1]},
            "ops[0]: must be the class name 'LRUCache'",
        ),
        (
            {"ops": ["LRUCache", "__class__"], "args": [[1], []], "expected": [None, None]},
            "ops[1]: '__class__' is not a public method name",
        ),
        (
            {"ops": ["LRUCache", "get"], "args": [[1]], "expected": [None, -1]},
            "args: must be an array with one entry per op (2)",
        ),
        (
            {"ops": ["LRUCache", "get"], "args": [[1], 1], "expected": [None, -1]},
            "args[1]: must be an array of arguments",
        ),
        (
            {"ops": ["LRUCache", "get"], "args": [[1], [1]], "expected": [None]},
            "expected: must be an array with one result per op (2)",
        ),
        (
            {"ops": ["LRUCache", "get"], "args": [[1], [1]], "expected": [1, -1]},
            "expected[0]: the constructor's result must be null",
        ),
        ({"ops": [], "args": [], "expected": []}, "ops: must be a non-empty array of strings"),
    ],
)
def test_design_test_files_are_checked(
    package_copy: Copy, calls: dict[str, object], issue: str
) -> None:
    root = package_copy("lru-design")
    write_json(root / "tests" / "04.json", calls)
    assert issues_of(root) == [f"tests/04.json: {issue}"]


@pytest.mark.parametrize(
    ("expected", "issue"),
    [
        ({"columns": ["name", "total"], "rows": []}, "ordered: is required"),
        (
            {"columns": [], "rows": [], "ordered": False},
            "columns: must be a non-empty array of column names",
        ),
        (
            {"columns": ["name", "total"], "rows": [["a"]], "ordered": False},
            "rows[0]: must be an array of 2 values",
        ),
        (
            {"columns": ["name", "total"], "rows": [["a", True]], "ordered": False},
            "rows[0]: values must be null, numbers or strings",
        ),
        (
            {"columns": ["name", "total"], "rows": [], "ordered": "no"},
            "ordered: must be true or false",
        ),
    ],
)
def test_sql_test_files_are_checked(
    package_copy: Copy, expected: dict[str, object], issue: str
) -> None:
    root = package_copy("top-customers-sql")
    write_json(root / "tests" / "05.json", expected)
    assert issues_of(root) == [f"tests/05.json: {issue}"]


def test_sql_data_without_its_json_is_reported(package_copy: Copy) -> None:
    root = package_copy("top-customers-sql")
    (root / "tests" / "05.sql").write_text("INSERT INTO customers VALUES (9, 'x');")
    assert issues_of(root) == ["tests/05.sql: has no matching .json"]


def test_at_least_one_accepted_solution_is_required(package_copy: Copy) -> None:
    root = package_copy("mean-float")
    for path in (root / "solutions" / "accepted").iterdir():
        path.unlink()
    assert issues_of(root) == ["solutions/accepted/: at least one is required"]


def test_solutions_live_in_the_three_kind_folders(package_copy: Copy) -> None:
    root = package_copy("mean-float")
    (root / "solutions" / "maybe").mkdir()
    (root / "solutions" / "maybe" / "x.py").write_text("print(1)\n")
    (root / "solutions" / "loose.py").write_text("print(1)\n")
    assert issues_of(root) == [
        "solutions/loose.py: solutions go in solutions/{accepted,wrong,slow}/",
        "solutions/maybe/x.py: solutions go in solutions/{accepted,wrong,slow}/",
    ]


def test_unknown_topic_ids_are_reported_when_topics_are_known(package_copy: Copy) -> None:
    root = package_copy("sum-stdio")
    assert issues_of(root, known_topics={"s1-w3-arrays"}) == [
        "problem.toml: roadmap.topics: unknown topic id 's1-w1-syntax-data-types'"
    ]
    assert load_package(root).roadmap_topics == ("s1-w1-syntax-data-types",)


def test_text_files_must_be_utf8(package_copy: Copy) -> None:
    root = package_copy("sum-stdio")
    (root / "tests" / "01-empty.in").write_bytes(b"0\n\xff\n")
    assert issues_of(root) == ["tests/01-empty.in: not UTF-8 text (invalid byte at offset 2)"]


def test_unexpected_files_are_refused_and_hidden_ones_ignored(package_copy: Copy) -> None:
    root = package_copy("sum-stdio")
    (root / "README.md").write_text("notes")
    (root / "assets").mkdir()
    (root / "assets" / "logo.svg").write_text("<svg/>")
    (root / ".gitignore").write_text("*.pyc")
    (root / "__pycache__").mkdir()
    (root / "__pycache__" / "generator.cpython-311.pyc").write_bytes(b"\x00\xff")
    found = issues_of(root)
    assert [issue.split(":")[0] for issue in found] == ["README.md", "assets/logo.svg"]
    assert "unexpected file (a package holds problem.toml, statement.md" in found[0]


def test_a_broken_type_still_reports_test_name_problems(package_copy: Copy) -> None:
    root = package_copy("sum-stdio")
    edit(root / "problem.toml", 'type = "stdio"', "type = 3")
    for path in (root / "tests").glob("sample-*"):
        path.unlink()
    assert issues_of(root) == [
        "problem.toml: type: must be one of 'stdio', 'function', 'design', 'sql' or 'lab'",
        "tests/: at least one sample test (sample*) is needed",
    ]
