from conftest import ALICE, BOB, NORTH, names, search


def test_sample_alice_sees_her_team_sorted_by_name(http):
    assert names(search(http, ALICE, name="", sort="name", order="asc")) == NORTH


def test_sample_bob_sorted_by_city_descending(http):
    found = search(http, BOB, sort="city", order="desc")
    assert names(found) == ["Sofia Rossi", "Marco Bianchi", "Nina Russo"], (
        "bob's customers are Sofia Rossi (Rome), Marco Bianchi (Naples) and Nina Russo "
        "(Milan): sort=city&order=desc lists them in that order"
    )
