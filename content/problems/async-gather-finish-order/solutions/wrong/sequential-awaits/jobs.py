# Caught by test_sample_jobs_overlap: awaiting each job before starting the next runs them one
# after another -- correct answers, no concurrency, and "finished" is always the input order.
import httpx


async def run_jobs(urls):
    finished, results = [], []
    async with httpx.AsyncClient() as client:
        for index, url in enumerate(urls):
            response = await client.get(url)
            finished.append(index)
            if response.status_code == 200:
                results.append(response.text)
            else:
                results.append(f"error:{response.status_code}")
    return {"finished": finished, "results": results}
