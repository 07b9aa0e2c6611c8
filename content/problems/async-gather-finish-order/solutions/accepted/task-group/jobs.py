import asyncio

import httpx


async def run_jobs(urls):
    finished = []

    async def job(client, index, url):
        response = await client.get(url)
        finished.append(index)
        if response.status_code != 200:
            # Report the failure as a value: in a TaskGroup an exception would cancel the rest.
            return f"error:{response.status_code}"
        return response.text

    async with httpx.AsyncClient() as client, asyncio.TaskGroup() as group:
        tasks = [group.create_task(job(client, i, url)) for i, url in enumerate(urls)]
    return {"finished": finished, "results": [task.result() for task in tasks]}
