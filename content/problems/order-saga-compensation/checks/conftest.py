"""Shared by the checks (shown to learners): your saga over scripted services."""

import pytest

ORDER = {"id": "o-1", "items": ["mug", "kettle"], "amount": 4200, "address": "1 Elm St"}
NOTHING = {"held": False, "charged": 0, "scheduled": False}


@pytest.fixture
def shop(learner):
    """shop(script) -> a Shop whose services answer as scripted, e.g.
    {"payments.charge": ["unavailable", "ok"]} (unscripted calls answer "ok")."""

    def make(script=None):
        handle = learner.new("wiring", "Shop", script or {})

        class Shop:
            def run(self, order=ORDER):
                return learner.method(handle, "run", order)

            def journal(self):
                return learner.method(handle, "journal")

            def calls(self):
                """The journal without order ids: ["payments.charge", "declined"], ..."""
                return [[operation, fate] for operation, _, fate in self.journal()]

            def effects(self, order_id="o-1"):
                return learner.method(handle, "effects", order_id)

        return Shop()

    return make
