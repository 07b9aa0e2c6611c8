"""`GET /metrics`: this API process's metrics, with the queues' depth and age read on scrape."""

from __future__ import annotations

import logging
from typing import Annotated

from fastapi import APIRouter, Depends
from fastapi.responses import Response
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest
from sqlalchemy.exc import SQLAlchemyError
from starlette.requests import HTTPConnection

from winterarc.broker import JOBS_QUEUE, JUDGE_QUEUE, Broker, dead_letter_queue
from winterarc.kit.metrics import QUEUE_DEPTH, QUEUE_OLDEST_AGE

logger = logging.getLogger("winterarc.health")
router = APIRouter(tags=["health"])
QUEUES = (JUDGE_QUEUE, dead_letter_queue(JUDGE_QUEUE), JOBS_QUEUE)


async def get_broker(connection: HTTPConnection) -> Broker:
    broker: Broker = connection.app.state.broker
    return broker


@router.get("/metrics", include_in_schema=False)
async def metrics(broker: Annotated[Broker, Depends(get_broker)]) -> Response:
    """Prometheus text format. Keep it off the public internet (the proxy does not route it)."""
    for queue in QUEUES:
        try:
            stats = await broker.stats(queue)
        except (SQLAlchemyError, OSError) as error:
            logger.warning("metrics: cannot read queue %s: %s", queue, error)
            continue
        if stats is not None:
            QUEUE_DEPTH.labels(queue).set(stats.depth)
            QUEUE_OLDEST_AGE.labels(queue).set(stats.oldest_age_seconds)
    return Response(generate_latest(), media_type=CONTENT_TYPE_LATEST)
