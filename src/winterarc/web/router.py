"""Every HTML page, behind the CSRF check that guards their forms."""

from fastapi import APIRouter, Depends

from winterarc.auth.pages import router as auth_pages
from winterarc.problems.package_pages import router as package_pages
from winterarc.problems.pages import router as problem_pages
from winterarc.quizzes.pages import router as quiz_pages
from winterarc.roadmap.pages import router as roadmap_pages
from winterarc.submissions.pages import router as submission_pages
from winterarc.users.pages import router as user_pages
from winterarc.web import csrf
from winterarc.web.home import router as home_page

pages_router = APIRouter(include_in_schema=False, dependencies=[Depends(csrf.protect)])
for _router in (
    home_page,
    auth_pages,
    roadmap_pages,
    problem_pages,
    submission_pages,
    quiz_pages,
    user_pages,
    package_pages,
):
    pages_router.include_router(_router)
