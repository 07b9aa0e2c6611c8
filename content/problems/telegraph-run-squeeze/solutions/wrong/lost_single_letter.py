class Solution:
    def squeeze_runs(self, message: str) -> str:
        out = []
        count = 1
        for i in range(1, len(message)):
            if message[i] == message[i - 1]:
                count += 1
            else:
                out.append(message[i - 1] + (str(count) if count > 1 else ""))
                count = 1
        # Wrong: the guard meant to protect the empty string also drops a one-letter message.
        if len(message) > 1:
            out.append(message[-1] + (str(count) if count > 1 else ""))
        return "".join(out)
