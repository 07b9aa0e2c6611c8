from conftest import enter, publish, wait_subscribed


def test_sample_what_a_member_says_is_published(join, listen):
    lobby = listen("lobby")
    (ana,) = enter(join, "lobby", "ana")
    assert lobby.next("ana's join") == {"type": "join", "name": "ana"}, (
        "a join is published on chat:lobby for the members on other replicas"
    )
    ana.say("summit at dawn")
    expected = {"type": "message", "name": "ana", "text": "summit at dawn"}
    assert lobby.next("ana's message") == expected
    assert ana.receive("her own message") == expected


def test_sample_a_message_from_another_replica_reaches_members_here(join, redis):
    (ana,) = enter(join, "lobby", "ana")
    wait_subscribed(redis, "lobby")
    event = {"type": "message", "name": "zoe", "text": "hello from replica 2"}
    publish(redis, "lobby", event)
    assert ana.receive("zoe's message, published by another replica") == event
