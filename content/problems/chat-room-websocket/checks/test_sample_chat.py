from conftest import enter


def test_sample_welcome_and_join(join):
    ana = join("lobby", "ana")
    assert ana.receive("the welcome") == {"type": "welcome", "room": "lobby", "members": ["ana"]}
    ben = join("lobby", "ben")
    assert ben.receive("the welcome") == {
        "type": "welcome",
        "room": "lobby",
        "members": ["ana", "ben"],
    }, "the welcome lists everyone in the room, in the order they joined, the newcomer last"
    assert ana.receive("ben's join") == {"type": "join", "name": "ben"}, (
        "the members already there are told who joined"
    )


def test_sample_a_message_reaches_everyone_in_the_room(join):
    ana, ben = enter(join, "lobby", "ana", "ben")
    ana.say("summit at dawn")
    expected = {"type": "message", "name": "ana", "text": "summit at dawn"}
    assert ben.receive("ana's message") == expected, "every member of the room gets the message"
    assert ana.receive("her own message") == expected, "the sender gets its own message too"
