"""Code that runs INSIDE the sandbox: the zygote and its per-test children.

Standard library only. Inside the jail this folder is mounted read-only as the top-level package
`harness`, so modules here import each other relatively and never import `winterarc`.
"""
