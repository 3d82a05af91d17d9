"""``hrbot sandbox --web``: the real bot against the fake Bot API, played in a browser.

Several people at once (a person, a verified peer, a moderator, the moderators' group chat as
either of two moderators, the peers' group chat, and a new person for each ``t.me/<bot>?start=``
link opened in the page), simulated subscribers to watch a broadcast go through the fake
server's rate limits (with the card each language received), and a content preview for
moderators (the page ``/preview``). Everything is served from
127.0.0.1 by default: no CDN, no external fonts or scripts.

- ``server.WebSandbox``: the aiohttp web app over a running fake server and bot.
- ``session.web_sandbox(...)``: start the fake server, the bot and the web app (tests use it).
- ``session.run_web_sandbox(...)``: the CLI entry point; serves until Ctrl-C or SIGTERM.
"""

from bot.sandbox.web.session import run_web_sandbox, web_sandbox

__all__ = ["run_web_sandbox", "web_sandbox"]
