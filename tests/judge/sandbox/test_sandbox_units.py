"""Pieces of the sandbox that need no jail: the BPF programs, the wire formats, node conversions,
and the bubblewrap command line."""

from __future__ import annotations

import struct
from pathlib import Path

import pytest

from tests.judge.sandbox import bpf
from winterarc.judge.harness import nodes
from winterarc.judge.harness.protocol import (
    RECORD_MAGIC,
    RESULT_OK,
    FrameDecoder,
    Outcome,
    decode_record,
    encode_frame,
    encode_record,
)
from winterarc.judge.sandbox import bwrap, seccomp
from winterarc.judge.sandbox.bwrap import (
    ENVIRONMENT,
    PythonRuntime,
    RuntimeUnavailable,
    command,
    zygote_argv,
)

INSN = struct.Struct("<HBBI")
JEQ = 0x15


def instructions(program: bytes) -> list[tuple[int, int, int, int]]:
    return [INSN.unpack_from(program, offset) for offset in range(0, len(program), INSN.size)]


@pytest.mark.parametrize("machine", ["x86_64", "aarch64"])
def test_both_seccomp_programs_are_well_formed(machine: str) -> None:
    filters = seccomp.build(machine)
    for program in (filters.base, filters.child):
        insns = instructions(program)
        assert 0 < len(insns) < 4096
        assert insns[-1][0] == bpf.RET
        for index, (code, jt, jf, k) in enumerate(insns):
            if code == bpf.JA:  # a jump stays inside the program
                assert index + 1 + k < len(insns)
            elif code & 0x07 == 0x05:
                assert index + 1 + max(jt, jf) < len(insns)


def test_the_filters_check_the_architecture_first_and_kill_on_a_foreign_one() -> None:
    filters = seccomp.build("x86_64")
    for program in (filters.base, filters.child):
        first = instructions(program)[:3]
        assert first[0] == (0x20, 0, 0, 4)
        assert first[1] == (JEQ, 1, 0, seccomp.AUDIT_ARCH_X86_64)
        assert first[2] == (0x06, 0, 0, seccomp.RET_KILL_PROCESS)
        read = seccomp.X86_64["read"]
        assert bpf.run(program, bpf.seccomp_data(read, 0xC000003F)) == seccomp.RET_KILL_PROCESS
        x32 = read | seccomp.X32_SYSCALL_BIT
        assert bpf.run(program, bpf.seccomp_data(x32, AUDIT[("x86_64")])) == (
            seccomp.RET_KILL_PROCESS
        )


AUDIT = {"x86_64": seccomp.AUDIT_ARCH_X86_64, "aarch64": seccomp.AUDIT_ARCH_AARCH64}
# Arguments that pass the base's argument filters, so the answer is the allow-list's own.
BENIGN = {"socket": (seccomp.AF_UNIX, 1, 0), "unshare": (seccomp.ISOLATION_FLAGS,)}


@pytest.mark.parametrize("machine", ["x86_64", "aarch64"])
@pytest.mark.parametrize("isolating", [False, True], ids=["plain", "isolating"])
def test_the_base_is_an_allow_list(machine: str, isolating: bool) -> None:
    """Every number the table knows gets exactly its list's answer; every other one ENOSYS."""
    table = seccomp.ARCHES[machine][1]
    if isolating:
        base = seccomp.build_isolating(machine, network=True, processes=True).base
        allowed = {*seccomp.ALLOWED, *seccomp.ISOLATING_HARNESS}
        denied = set(seccomp.DENIED)
    else:
        base = seccomp.build(machine).base
        allowed = set(seccomp.ALLOWED)
        denied = {*seccomp.DENIED, *seccomp.PLAIN_BASE_DENIED}
    by_number = {number: name for name, number in table.items()}
    for number in range(max(by_number) + 64):  # past the table: syscalls of newer kernels
        name = by_number.get(number)
        answer = bpf.run(base, bpf.seccomp_data(number, AUDIT[machine], BENIGN.get(name or "", ())))
        if name in allowed:
            assert answer == seccomp.RET_ALLOW, name
        elif name in denied:
            assert answer == seccomp.RET_EPERM, name
        else:
            assert answer == seccomp.RET_ENOSYS, name or number
    for name in ("clone3", "io_uring_setup", "seccomp", "process_mrelease", "pkey_alloc"):
        number = table[name]
        assert bpf.run(base, bpf.seccomp_data(number, AUDIT[machine])) == seccomp.RET_ENOSYS


def test_the_lists_name_real_syscalls_and_never_disagree() -> None:
    known = set(seccomp.X86_64) | set(seccomp.AARCH64)
    lists = (seccomp.ALLOWED, seccomp.ISOLATING_HARNESS, seccomp.DENIED, seccomp.PLAIN_BASE_DENIED)
    for names in lists:
        assert set(names) <= known, set(names) - known  # a typo would silently allow nothing
    assert not set(seccomp.ALLOWED) & {*seccomp.DENIED, *seccomp.PLAIN_BASE_DENIED}
    assert not set(seccomp.UNSUPPORTED) & set(seccomp.ALLOWED)
    with pytest.raises(ValueError, match="both allowed and denied"):
        seccomp._actions(seccomp.X86_64, ("read", "ptrace"), ("ptrace",))


def test_argument_filters_still_apply_before_the_allow_list() -> None:
    base = seccomp.build("x86_64").base
    arch = seccomp.AUDIT_ARCH_X86_64
    socket, fcntl = seccomp.X86_64["socket"], seccomp.X86_64["fcntl"]
    assert bpf.run(base, bpf.seccomp_data(socket, arch, (seccomp.AF_INET, 1, 0))) == (
        seccomp.RET_EPERM
    )
    assert bpf.run(base, bpf.seccomp_data(fcntl, arch, (3, seccomp.F_SETOWN))) == seccomp.RET_EPERM
    assert bpf.run(base, bpf.seccomp_data(fcntl, arch, (3, 3))) == seccomp.RET_ALLOW  # F_GETFL
    isolating = seccomp.build_isolating("x86_64").base
    unshare = seccomp.X86_64["unshare"]
    assert bpf.run(isolating, bpf.seccomp_data(unshare, arch, (0x40000000,))) == seccomp.RET_EPERM


def test_the_child_filter_is_patched_with_the_childs_own_pid() -> None:
    filters = seccomp.build("x86_64")
    assert len(filters.pid_slots) == len(seccomp.OWN_PID_ONLY) + len(seccomp.SELF_ONLY)
    patched = instructions(seccomp.with_pid(filters, 4242))
    for slot in filters.pid_slots:
        assert instructions(filters.child)[slot] == (JEQ, 1, 0, seccomp.PID_PLACEHOLDER)
        assert patched[slot] == (JEQ, 1, 0, 4242)


def test_an_unknown_architecture_is_refused() -> None:
    with pytest.raises(ValueError, match="no seccomp table"):
        seccomp.build("riscv64")


def test_outcomes_round_trip_through_the_wire_format() -> None:
    outcome = Outcome("runtime_error", "ValueError: bad (line 2) ✗")
    outcome.output, outcome.stderr = b"out", b"err\xff"
    outcome.exit_code, outcome.cpu_ms, outcome.wall_ms, outcome.memory_kb = 101, 1.5, 2.5, 9000
    decoded = Outcome.decode(outcome.encode())
    assert (decoded.status, decoded.message, decoded.output, decoded.stderr) == (
        "runtime_error",
        "ValueError: bad (line 2) ✗",
        b"out",
        b"err\xff",
    )
    assert (decoded.exit_code, decoded.signal, decoded.memory_kb) == (101, None, 9000)


@pytest.mark.parametrize("garbage", [b"", b"\x00" * 10, b"\xff" * 60])
def test_a_malformed_outcome_is_refused(garbage: bytes) -> None:
    with pytest.raises(ValueError, match=r"outcome|status"):
        Outcome.decode(garbage)


def test_frames_are_decoded_across_arbitrary_chunk_boundaries() -> None:
    stream = encode_frame(ord("O"), b"hello") + encode_frame(ord("Y"), b"") + encode_frame(1, b"x")
    decoder = FrameDecoder()
    frames = [frame for byte in stream for frame in decoder.feed(bytes([byte]))]
    assert frames == [(ord("O"), b"hello"), (ord("Y"), b""), (1, b"x")]


def test_an_oversized_frame_is_refused() -> None:
    with pytest.raises(ValueError, match="exceeds"):
        FrameDecoder(max_frame=10).feed(encode_frame(1, b"x" * 11))


def test_learner_junk_before_the_result_record_does_not_change_it() -> None:
    stream = b"junk" + RECORD_MAGIC + b"more junk" + encode_record(RESULT_OK, b"[1,2]")
    assert decode_record(stream) == (RESULT_OK, b"[1,2]")
    assert decode_record(b"no record here") is None
    assert decode_record(RECORD_MAGIC) is None


def test_linked_lists_and_trees_convert_both_ways() -> None:
    assert nodes.list_to_json(nodes.list_from_json([1, 2, 3])) == [1, 2, 3]
    assert nodes.list_from_json([]) is None
    assert nodes.tree_to_json(nodes.tree_from_json([1, None, 2, 3])) == [1, None, 2, 3]
    assert nodes.tree_to_json(None) == []


def test_cycles_and_shared_nodes_are_conversion_errors() -> None:
    head = nodes.ListNode(1)
    head.next = head
    with pytest.raises(nodes.ConversionError):
        nodes.list_to_json(head)
    shared = nodes.TreeNode(2)
    with pytest.raises(nodes.ConversionError):
        nodes.tree_to_json(nodes.TreeNode(1, shared, shared))


def test_the_bwrap_command_isolates_everything_and_carries_no_host_environment(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("WINTERARC_TEST_SECRET", "do-not-pass")
    runtime = PythonRuntime.resolve(None)
    argv = command(
        bwrap="bwrap",
        runtime=runtime,
        tmp_mb=16,
        info_fd=5,
        userns_block_fd=6,
        argv=zygote_argv(runtime, "marker"),
    )
    joined = " ".join(argv)
    for flag in ("--unshare-user", "--unshare-pid", "--unshare-net", "--unshare-ipc",
                 "--unshare-uts", "--die-with-parent", "--new-session", "--clearenv",
                 "--as-pid-1"):  # fmt: skip
        assert flag in argv
    assert argv[argv.index("--cap-drop") + 1] == "ALL"
    assert "do-not-pass" not in joined
    assert set(ENVIRONMENT) == {argv[i + 1] for i, a in enumerate(argv) if a == "--setenv"}
    binds = {argv[i + 1] for i, a in enumerate(argv) if a in ("--ro-bind", "--bind")}
    assert "/root" not in binds
    assert "/" not in binds
    assert not any(path.startswith("/work") and "harness" not in path for path in binds)
    assert runtime.executable in argv
    assert argv[argv.index(runtime.executable) + 1 : argv.index(runtime.executable) + 4] == [
        "-I",
        "-S",
        "-B",
    ]


def test_an_interpreter_without_a_standard_library_is_refused(tmp_path: Path) -> None:
    fake = tmp_path / "bin" / "python3"
    fake.parent.mkdir()
    fake.write_text("#!/bin/sh\n")
    fake.chmod(0o755)
    with pytest.raises(RuntimeUnavailable, match="no standard library"):
        PythonRuntime.resolve(str(fake))
    with pytest.raises(RuntimeUnavailable, match="not found"):
        PythonRuntime.resolve(str(tmp_path / "missing"))


def fake_prefix(root: Path) -> Path:
    (root / "bin").mkdir(parents=True)
    python = root / "bin" / "python3.11"
    python.write_text("#!/bin/sh\n")
    python.chmod(0o755)
    (root / "lib" / "python3.11" / "site-packages").mkdir(parents=True)
    (root / "lib" / "python3.11" / "os.py").write_text("")
    return python


def test_an_interpreter_prefix_holding_the_judge_sources_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    python = fake_prefix(tmp_path / "prefix")
    monkeypatch.setattr(bwrap, "HARNESS_SOURCE", tmp_path / "prefix" / "src" / "harness")
    with pytest.raises(RuntimeUnavailable, match="holds the judge's sources"):
        PythonRuntime.resolve(str(python))


def test_a_judge_installed_in_the_interpreters_site_packages_is_fine(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    python = fake_prefix(tmp_path / "prefix")
    site = tmp_path / "prefix" / "lib" / "python3.11" / "site-packages"
    monkeypatch.setattr(bwrap, "HARNESS_SOURCE", site / "winterarc" / "judge" / "harness")
    runtime = PythonRuntime.resolve(str(python))
    assert runtime.prefix == str(tmp_path / "prefix")
    assert str(site) in runtime.hidden_dirs()
