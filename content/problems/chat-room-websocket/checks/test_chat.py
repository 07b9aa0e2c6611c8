from conftest import enter


def test_leave_is_announced(join):
    """When a member disconnects, everyone left in the room gets a leave message."""
    ana, ben, cy = enter(join, "lobby", "ana", "ben", "cy")
    ben.close()
    assert ana.receive("ben's leave") == {"type": "leave", "name": "ben"}
    assert cy.receive("ben's leave") == {"type": "leave", "name": "ben"}


def test_room_keeps_working_after_a_member_left(join):
    """After a member left, the room still broadcasts and its member list no longer has them."""
    ana, ben = enter(join, "lobby", "ana", "ben")
    ben.close()
    assert ana.receive("ben's leave") == {"type": "leave", "name": "ben"}
    (dan,) = enter(join, "lobby", "dan", present=[ana])  # dan's welcome lists ana and dan
    dan.say("anyone here?")
    expected = {"type": "message", "name": "dan", "text": "anyone here?"}
    assert ana.receive("dan's message") == expected
    assert dan.receive("his own message") == expected


def test_rooms_are_isolated(join):
    """A message said in one room never reaches a member of another room."""
    (cy,) = enter(join, "kitchen", "cy")
    ana, ben = enter(join, "lobby", "ana", "ben")  # cy's welcome was for the kitchen alone
    ana.say("lobby only")
    lobby_message = {"type": "message", "name": "ana", "text": "lobby only"}
    assert ben.receive("ana's message") == lobby_message
    assert ana.receive("her own message") == lobby_message
    cy.say("kitchen only")
    got = cy.receive("his own message in the kitchen")
    assert got == {"type": "message", "name": "cy", "text": "kitchen only"}, (
        f"cy is in the kitchen: he got {got}, which belongs to another room"
    )


def test_messages_arrive_in_order(join):
    """Messages said one after another reach every member in the order they were said."""
    ana, ben = enter(join, "lobby", "ana", "ben")
    lines = [f"rope {index}" for index in range(6)]
    for line in lines:
        ana.say(line)
    for line in lines:
        assert ben.receive(line) == {"type": "message", "name": "ana", "text": line}


def test_three_members_hear_each_other(join):
    """With three members, each one's message reaches all three."""
    clients = enter(join, "lobby", "ana", "ben", "cy")
    for speaker in clients:
        speaker.say(f"{speaker.name} here")
        for listener in clients:
            got = listener.receive(f"{speaker.name}'s message")
            assert got == {"type": "message", "name": speaker.name, "text": f"{speaker.name} here"}
