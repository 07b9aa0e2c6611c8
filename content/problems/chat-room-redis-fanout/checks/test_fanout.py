from conftest import assert_refused, enter, publish, wait_subscribed


def test_each_event_reaches_a_member_exactly_once(join, listen, redis):
    """Every event reaches each member once: delivered from the channel, not also directly."""
    lobby = listen("lobby")
    ana, ben = enter(join, "lobby", "ana", "ben")
    ana.say("one")
    ana.say("two")
    assert lobby.next("ana's join")["type"] == "join"
    assert lobby.next("ben's join")["type"] == "join"
    assert lobby.next("the message one")["text"] == "one"
    assert lobby.next("the message two")["text"] == "two"
    marker = {"type": "message", "name": "zoe", "text": "marker"}
    publish(redis, "lobby", marker)  # after one and two on the channel: the last one each gets
    for client in (ana, ben):
        got = [client.receive(f"message {index + 1} of 3").get("text") for index in range(3)]
        assert got == ["one", "two", "marker"], (
            f"{client.name} got {got}: each message once, in the channel's order"
        )


def test_joins_and_leaves_on_other_replicas_are_shown(join, redis):
    """A join and a leave published by another replica reach the members here."""
    (ana,) = enter(join, "lobby", "ana")
    wait_subscribed(redis, "lobby")
    publish(redis, "lobby", {"type": "join", "name": "zoe"})
    assert ana.receive("zoe's join") == {"type": "join", "name": "zoe"}
    publish(redis, "lobby", {"type": "leave", "name": "zoe"})
    assert ana.receive("zoe's leave") == {"type": "leave", "name": "zoe"}


def test_welcome_lists_the_members_of_every_replica(join, redis):
    """The welcome lists chat:<room>:members from Redis, members of other replicas included."""
    redis.rpush("chat:lobby:members", "zoe", "yan")  # on the other replica
    ana = join("lobby", "ana")
    assert ana.receive("the welcome") == {
        "type": "welcome",
        "room": "lobby",
        "members": ["zoe", "yan", "ana"],
    }, "the welcome lists chat:lobby:members, ana appended last"
    assert redis.lrange("chat:lobby:members", 0, -1) == ["zoe", "yan", "ana"]


def test_a_member_who_leaves_is_removed_from_redis(join, redis):
    """When a member disconnects, its name leaves chat:<room>:members and a leave is sent."""
    ana, ben = enter(join, "lobby", "ana", "ben")
    assert redis.lrange("chat:lobby:members", 0, -1) == ["ana", "ben"]
    ben.close()
    assert ana.receive("ben's leave") == {"type": "leave", "name": "ben"}
    assert redis.lrange("chat:lobby:members", 0, -1) == ["ana"]


def test_rooms_use_their_own_channels(join, redis):
    """An event on chat:kitchen reaches the kitchen only, never the lobby."""
    (cy,) = enter(join, "kitchen", "cy")
    (ana,) = enter(join, "lobby", "ana")
    wait_subscribed(redis, "kitchen")
    wait_subscribed(redis, "lobby")
    publish(redis, "kitchen", {"type": "message", "name": "zoe", "text": "soup's on"})
    publish(redis, "lobby", {"type": "message", "name": "zoe", "text": "lobby marker"})
    assert cy.receive("the kitchen's message")["text"] == "soup's on"
    got = ana.receive("the lobby's marker")
    assert got["text"] == "lobby marker", f"ana, in the lobby, got {got}: the kitchen's message"


def test_the_last_member_leaving_unsubscribes(join, redis):
    """When a replica's last member of a room leaves, it unsubscribes from chat:<room>."""
    (ana,) = enter(join, "tent", "ana")
    wait_subscribed(redis, "tent", 1)
    ana.close()
    wait_subscribed(redis, "tent", 0)


def test_bad_frames_are_answered_here_and_never_published(join, listen):
    """An invalid frame gets an error to its sender and nothing is published."""
    lobby = listen("lobby")
    (ana,) = enter(join, "lobby", "ana")
    assert lobby.next("ana's join")["type"] == "join"
    ana.send("{not json")
    got = ana.receive("the error")
    assert got.get("type") == "error", f"an invalid frame is answered with an error; got {got}"
    ana.say("valid")
    assert lobby.next("ana's valid message")["text"] == "valid", "only valid messages are published"


def test_tokens_are_still_required(chat_url):
    """Stage 2's rules still hold: an unknown token is refused."""
    assert_refused(chat_url("lobby", token="tok-mallory-0000"), why="an unknown token")
