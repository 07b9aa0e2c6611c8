"""ListNode / TreeNode, predefined in the learner's namespace, and their JSON conversions."""

from __future__ import annotations

from .failures import LearnerError

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

MAX_NODES = 10_000_000


class ListNode:
    def __init__(self, val: Any = 0, next: ListNode | None = None) -> None:
        self.val = val
        self.next = next

    def __repr__(self) -> str:
        return f"ListNode({self.val!r})"


class TreeNode:
    def __init__(
        self, val: Any = 0, left: TreeNode | None = None, right: TreeNode | None = None
    ) -> None:
        self.val = val
        self.left = left
        self.right = right

    def __repr__(self) -> str:
        return f"TreeNode({self.val!r})"


class ConversionError(LearnerError):
    """The learner's value cannot be turned back into JSON (a runtime error)."""


def list_from_json(values: Any) -> ListNode | None:
    if values is None:
        return None
    if not isinstance(values, list):
        raise TypeError("list_node argument must be a JSON array")
    head: ListNode | None = None
    for value in reversed(values):
        head = ListNode(value, head)
    return head


def list_to_json(head: Any) -> list[Any]:
    out: list[Any] = []
    seen: set[int] = set()
    node = head
    while node is not None:
        if id(node) in seen:
            raise ConversionError("the returned linked list has a cycle")
        if len(out) >= MAX_NODES:
            raise ConversionError("the returned linked list is too long")
        seen.add(id(node))
        try:
            out.append(node.val)
            node = node.next
        except AttributeError as exc:
            raise ConversionError(f"expected a ListNode, got {type(node).__name__}") from exc
    return out


def tree_from_json(values: Any) -> TreeNode | None:
    """LeetCode level order: `null` marks a missing child; children of missing nodes are absent."""
    if values is None:
        return None
    if not isinstance(values, list):
        raise TypeError("tree_node argument must be a JSON array")
    if not values or values[0] is None:
        return None
    root = TreeNode(values[0])
    queue = [root]
    head = 0
    index = 1
    while head < len(queue) and index < len(values):
        node = queue[head]
        head += 1
        if values[index] is not None:
            node.left = TreeNode(values[index])
            queue.append(node.left)
        index += 1
        if index < len(values) and values[index] is not None:
            node.right = TreeNode(values[index])
            queue.append(node.right)
        index += 1
    return root


def tree_to_json(root: Any) -> list[Any]:
    out: list[Any] = []
    seen: set[int] = set()
    queue: list[Any] = [root]
    head = 0
    while head < len(queue):
        node = queue[head]
        head += 1
        if node is None:
            out.append(None)
            continue
        if id(node) in seen:
            raise ConversionError("the returned tree has a cycle or a shared node")
        if len(seen) >= MAX_NODES:
            raise ConversionError("the returned tree is too large")
        seen.add(id(node))
        try:
            out.append(node.val)
            queue.append(node.left)
            queue.append(node.right)
        except AttributeError as exc:
            raise ConversionError(f"expected a TreeNode, got {type(node).__name__}") from exc
    while out and out[-1] is None:
        out.pop()
    return out


TO_PYTHON = {"json": lambda v: v, "list_node": list_from_json, "tree_node": tree_from_json}
TO_JSON = {"json": lambda v: v, "list_node": list_to_json, "tree_node": tree_to_json}
