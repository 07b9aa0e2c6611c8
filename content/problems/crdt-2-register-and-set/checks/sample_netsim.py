"""A deterministic network simulator the checks drive (shown to learners).

Replicas are your objects, living in your process. The checks move their states around like a
network would: a message is a snapshot of `state()` taken when it is sent, and it reaches its
destination (`merge(state)`) only when the check delivers it — late, out of order, twice, or
never (a partition loses it). Nothing depends on timing: the same check does the same thing on
every run.
"""

import random


class Network:
    def __init__(self, learner, kind, names, seed=0):
        self.learner = learner
        self.replicas = {name: learner.new("crdt", kind, name) for name in names}
        self.in_flight = []  # messages sent and not yet delivered: (source, destination, state)
        self.groups = None  # a partition: a list of sets of names that can talk
        self.rng = random.Random(seed)

    def do(self, name, method, *args):
        """Call a method of one replica (an update or a read)."""
        return self.learner.method(self.replicas[name], method, *args)

    def read_all(self, method="value"):
        return {name: self.do(name, method) for name in self.replicas}

    def reachable(self, source, destination):
        if self.groups is None:
            return True
        return any(source in group and destination in group for group in self.groups)

    def send(self, source, destination):
        """Snapshot the source's state into a message; a partition loses it at once."""
        state = self.do(source, "state")
        message = (source, destination, state)
        if self.reachable(source, destination):
            self.in_flight.append(message)
        return message

    def broadcast(self, source):
        return [self.send(source, other) for other in self.replicas if other != source]

    def deliver(self, message):
        """Hand a message to its destination's merge (again, if it was delivered before)."""
        if message in self.in_flight:
            self.in_flight.remove(message)
        source, destination, state = message
        self.learner.method(self.replicas[destination], "merge", state)

    def deliver_all(self, order="fifo"):
        messages, self.in_flight = list(self.in_flight), []
        if order == "reverse":
            messages.reverse()
        elif order == "shuffle":
            self.rng.shuffle(messages)
        for message in messages:
            self.deliver(message)

    def partition(self, *groups):
        self.groups = [set(group) for group in groups]

    def heal(self):
        self.groups = None

    def sync(self):
        """Anti-entropy: every replica sends its state to every other; all delivered, shuffled."""
        for name in self.replicas:
            self.broadcast(name)
        self.deliver_all("shuffle")
