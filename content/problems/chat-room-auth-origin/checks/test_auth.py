import json

from conftest import ALLOWED_ORIGIN, TOKENS, assert_error, assert_refused, enter


def test_missing_token_is_refused(chat_url):
    """A connection without ?token= is refused (HTTP 403, or closed at once with 1008)."""
    assert_refused(chat_url("lobby"), why="a connection without a token")
    assert_refused(chat_url("lobby", name="ana"), why="a name without a token")


def test_foreign_origin_is_refused_and_never_announced(join, chat_url):
    """A valid token from a page of another Origin is refused, and the room hears nothing."""
    (ben,) = enter(join, "lobby", "ben")
    url = chat_url("lobby", token=TOKENS["cy"])
    assert_refused(url, origin="https://evil.example", why="a page of https://evil.example")
    (dan,) = enter(join, "lobby", "dan", present=[ben])  # ben's next message: dan's join
    dan.say("all clear")
    assert ben.receive("dan's message")["text"] == "all clear"


def test_allowed_origin_is_accepted(join):
    """A browser on https://basecamp.example (Origin header) joins like any member."""
    ana = join("lobby", "ana", origin=ALLOWED_ORIGIN)
    assert ana.receive("the welcome") == {"type": "welcome", "room": "lobby", "members": ["ana"]}


def test_the_name_parameter_is_ignored(join):
    """The member's name comes from the token; a ?name= the client adds changes nothing."""
    (ana,) = enter(join, "lobby", "ana")
    ben = join("lobby", "ben", name="ana")
    welcome = ben.receive("the welcome")
    assert welcome == {"type": "welcome", "room": "lobby", "members": ["ana", "ben"]}, (
        "ben's token makes him ben, whatever name he claims"
    )
    assert ana.receive("ben's join") == {"type": "join", "name": "ben"}
    ben.say("it's me, ana")
    assert ana.receive("ben's message")["name"] == "ben"


def test_a_frame_that_is_not_json_gets_an_error(join):
    """A frame that is not JSON gets an error to its sender only; the connection stays open."""
    ana, ben = enter(join, "lobby", "ana", "ben")
    ana.send("hello, is this thing on")
    assert_error(ana, "a frame that is not JSON")
    ana.say("second try")
    expected = {"type": "message", "name": "ana", "text": "second try"}
    assert ana.receive("her message after the error") == expected
    assert ben.receive("ana's valid message (and nothing before it)") == expected


def test_a_frame_without_text_gets_an_error(join):
    """{"text": 42}, {"msg": "hi"}, ["hi"] and {"text": ""} each get an error."""
    ana, ben = enter(join, "lobby", "ana", "ben")
    for frame in ({"text": 42}, {"msg": "hi"}, ["hi"], {"text": ""}):
        ana.send(json.dumps(frame))
        assert_error(ana, f"the frame {json.dumps(frame)}")
    ana.say("fine now")
    assert ben.receive("ana's valid message (and nothing before it)")["text"] == "fine now"


def test_text_is_capped_at_500_characters(join):
    """Text of 500 characters is broadcast; 501 characters get an error instead."""
    ana, ben = enter(join, "lobby", "ana", "ben")
    ana.say("x" * 501)
    assert_error(ana, "501 characters of text")
    ana.say("y" * 500)
    assert ben.receive("ana's 500 characters")["text"] == "y" * 500
