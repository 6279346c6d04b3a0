"""The polite, incremental crawler (`extractor crawl`).

One module per job: `fetch` (HTTP with retries and limits), `decode`
(charset), `robots` (robots.txt), `politeness` (per-host delays), `frontier`
(URL scope and link discovery), `feeds` (sitemaps and RSS), `sources` (the
YAML of sites), `db` (crawl tables in the project's SQLite store), `pages`
(page -> article -> records), `lock` (one run per database), `run` (the loop).
"""
