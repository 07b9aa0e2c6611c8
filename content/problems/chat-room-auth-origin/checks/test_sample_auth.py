from conftest import assert_refused, enter


def test_sample_the_token_names_the_member(join):
    ana, ben = enter(join, "lobby", "ana", "ben")
    ana.say("rope check")
    expected = {"type": "message", "name": "ana", "text": "rope check"}
    assert ben.receive("ana's message") == expected
    assert ana.receive("her own message") == expected


def test_sample_an_unknown_token_is_refused(chat_url):
    assert_refused(chat_url("lobby", token="tok-mallory-0000"), why="an unknown token")
