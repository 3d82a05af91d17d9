"""Ask a peer: /ask, the "Ask a peer" buttons, and the ticket buttons for both sides.

The person's next text after "Ask a peer" (or the text after /ask) becomes a numbered ticket;
peers claim, reply and close through buttons. Which text belongs to which ticket is kept in
memory only (the ``ask`` and ``reply`` prompts, ``bot.handlers.prompts``).
"""

from __future__ import annotations

import asyncio
import logging
from datetime import tzinfo
from pathlib import Path

from telegram import Update
from telegram.ext import Application, CommandHandler, filters

from bot.directory.crisis import PEER_SENT
from bot.handlers import prompts
from bot.handlers.base import BotRegistry, HRContext, answer_query, main_menu, reply
from bot.handlers.buttons import (
    AskSend,
    AskStart,
    TicketBlock,
    TicketClaim,
    TicketClose,
    TicketDraft,
    TicketRelease,
    TicketReply,
)
from bot.handlers.library_common import HTML, feature, lang_of
from bot.handlers.start import chat_words, greeting
from bot.i18n import N_
from bot.library.drafts import write_draft
from bot.library.markdown import esc
from bot.library.tickets import (
    AskStatus,
    ClaimResult,
    CloseResult,
    ReplyResult,
    TicketSide,
    TicketStatus,
    is_urgent,
)

log = logging.getLogger(__name__)

ASK = "ask"  # the prompt kind: the next text is a question for peers
REPLY = "reply"  # ... a reply in ticket ``data["ticket"]``
# ... after an urgent question (a crisis or an emergency passed on to peers): everything the
# person writes next goes into that ticket, until /cancel, a command, a button or the timeout;
# someone in crisis who writes "are you there?" must reach the peer, not the topic search.
FOLLOW = "follow"
PROMPT_SECONDS = 15 * 60.0
FOLLOW_SAID = N_(
    "Anything else you write here in the next 15 minutes goes to the peers too; /cancel stops that."
)
ZONE_TIMEOUT_S = 1.0


async def submit_question(update: Update, context: HRContext, text: str) -> None:
    """Open a ticket with ``text`` and tell the person honestly what happens next."""
    tr = context.tr
    person = context.person
    if person is None:
        return
    lib = feature(context)
    lib.clear_pending(person)
    outcome = await lib.desk.ask(person, text, lang_of(context), tz=await person_zone(context))
    if outcome.status == AskStatus.OK:
        urgent = is_urgent([text])
        if urgent:
            # "Talk to a peer" under the crisis reply: said as a person, not as a ticket number
            # (the crisis line and the number stay on screen above it).
            first = tr._(PEER_SENT)
            prompts.ask(update, context, FOLLOW, ticket=outcome.ticket_id)
        else:
            first = tr._(
                "Your question is ticket #{number}. I sent it to peers without your name or account: "
                "they don't know who asked.",
                number=outcome.ticket_id,
            )
        message = first + "\n\n" + outcome.expectation
        if outcome.delivered == 0:
            message += "\n\n" + tr._("No peer is reachable right now; I will keep trying.")
        if urgent:
            message += "\n\n" + tr._(FOLLOW_SAID)
        message += "\n\n" + tr._("In an emergency, don't wait: call your local emergency number.")
        await reply(update, esc(message), parse_mode=HTML)
    elif outcome.status == AskStatus.LIMIT:
        await reply(
            update,
            esc(
                tr._(
                    "You already have {n} open questions. Please wait for an answer, or close one first.",
                    n=lib.peers.max_open,
                )
            ),
            parse_mode=HTML,
        )
    elif outcome.status == AskStatus.BLOCKED:
        await reply(
            update,
            esc(
                tr._(
                    "Peers paused questions from this account for a while. The topics (/topics) "
                    "are still here for you."
                )
            ),
            parse_mode=HTML,
        )
    elif outcome.status == AskStatus.TOO_LONG:
        await reply(
            update,
            esc(
                tr._(
                    "That is too long for one question (at most {n} characters). Please shorten it.",
                    n=lib.peers.max_question_chars,
                )
            ),
            parse_mode=HTML,
        )
    else:
        await reply(update, esc(tr._("Please write your question as text.")), parse_mode=HTML)


async def person_zone(context: HRContext) -> tzinfo | None:
    """The time zone of the country the person chose for /overdose, if any (else None: peer
    hours are then shown in the peers' zone, named)."""
    person = context.person
    repo = context.services.features.region_choice
    regions = context.services.features.regions
    if person is None or repo is None or regions is None:
        return None
    try:
        choice = await asyncio.wait_for(repo.get(person.key), ZONE_TIMEOUT_S)
    except Exception as exc:  # noqa: BLE001 - the question goes out without the person's zone
        log.info("Could not read the person's country (%s)", type(exc).__name__)
        return None
    region = regions.get(choice.region_id) if choice is not None and choice.region_id else None
    return region.tz if region is not None else None


async def prompt_question(update: Update, context: HRContext) -> None:
    tr = context.tr
    person = context.person
    if person is None:
        return
    prompts.ask(update, context, ASK)
    await reply(
        update,
        esc(
            tr._(
                "Write your question in one message, in your own words. A peer (someone with lived experience) "
                "will answer through me. Don't include your name, phone number or where you are: peers don't need it."
            )
        ),
        parse_mode=HTML,
    )


async def ask_command(update: Update, context: HRContext) -> None:
    text = " ".join(context.args or []).strip()
    if text and update.effective_message and update.effective_message.text:
        # keep the person's own spacing and line breaks
        raw = update.effective_message.text
        text = raw.split(maxsplit=1)[1].strip() if len(raw.split(maxsplit=1)) > 1 else text
    if text:
        await submit_question(update, context, text)
    else:
        await prompt_question(update, context)


async def start_button(update: Update, context: HRContext, _: AskStart) -> None:
    await prompt_question(update, context)


async def send_pending_button(update: Update, context: HRContext, _: AskSend) -> None:
    """ "Ask a peer" under a no-answer: send the question the person just typed."""
    person = context.person
    lib = feature(context)
    pending = lib.pending(person) if person else None
    if pending is None or pending.kind != "unanswered" or not pending.text:
        await prompt_question(update, context)
        return
    await submit_question(update, context, pending.text)


async def claim_button(update: Update, context: HRContext, pressed: TicketClaim) -> None:
    ticket_id = pressed.ticket
    if context.person is None:
        return
    tr = context.tr
    result = await feature(context).desk.claim(ticket_id, context.person)
    messages = {
        ClaimResult.CLAIMED: tr._("It's yours. I sent you the question in a private message."),
        ClaimResult.MINE: tr._("You already claimed this question."),
        ClaimResult.TAKEN: tr._("Another peer already claimed this question."),
        ClaimResult.CLOSED: tr._("This question is already closed."),
        ClaimResult.MISSING: tr._("This question no longer exists."),
        ClaimResult.OWN: tr._("You can't answer your own question."),
    }
    await answer_query(update, context, messages[result], alert=result != ClaimResult.CLAIMED)


async def reply_button(update: Update, context: HRContext, pressed: TicketReply) -> None:
    ticket_id = pressed.ticket
    person = context.person
    if person is None:
        return
    lib = feature(context)
    tr = context.tr
    ticket = await lib.ticket(ticket_id)
    if ticket is None or ticket.status == TicketStatus.CLOSED:
        await answer_query(update, context, tr._("This question is already closed."), alert=True)
        return
    side = await lib.desk.side(ticket, person)
    if side is None:
        await answer_query(
            update, context, tr._("This question belongs to someone else."), alert=True
        )
        return
    prompts.ask(update, context, REPLY, ticket=ticket_id, peer=side == TicketSide.PEER)
    await answer_query(update, context)
    await reply(
        update,
        esc(tr._("Write your reply for question #{number} in one message.", number=ticket_id)),
        parse_mode=HTML,
    )


async def send_reply(
    update: Update, context: HRContext, ticket_id: int, text: str, follow: bool = False
) -> None:
    """``text`` into the ticket, and what became of it. ``follow``: written after an urgent
    question (the FOLLOW prompt), so a message that went in is said as a person, and one that
    cannot go in any more (the ticket closed) ends the following."""
    tr = context.tr
    person = context.person
    if person is None:
        return
    lib = feature(context)
    lib.clear_pending(person)
    result = await lib.desk.reply(ticket_id, person, text)
    if follow and result in (ReplyResult.SENT, ReplyResult.QUEUED):
        await reply(
            update,
            esc(tr._("Passed on to peers with your message. /cancel stops that.")),
            parse_mode=HTML,
        )
        return
    if follow and result not in (ReplyResult.TOO_LONG, ReplyResult.EMPTY):
        prompts.end(update, context, FOLLOW)
    if result == ReplyResult.SENT:
        ticket = await lib.ticket(ticket_id)
        message = tr._("Sent (question #{number}).", number=ticket_id)
        buttons = []
        if ticket is not None and ticket.peer_key == person.key and person.is_moderator:
            buttons = [
                [
                    context.button(
                        tr._("Make a draft topic from this answer"), TicketDraft(ticket_id)
                    )
                ]
            ]
        await reply(
            update,
            esc(message),
            parse_mode=HTML,
            reply_markup=context.keyboard(buttons) if buttons else None,
        )
    elif result == ReplyResult.QUEUED:
        await reply(
            update,
            esc(
                tr._(
                    "Added to question #{number}. Peers will see it with your question.",
                    number=ticket_id,
                )
            ),
            parse_mode=HTML,
        )
    elif result == ReplyResult.CLOSED:
        await reply(
            update,
            esc(tr._("Question #{number} is closed. Ask a new one with /ask.", number=ticket_id)),
            parse_mode=HTML,
        )
    elif result == ReplyResult.TOO_LONG:
        await reply(
            update,
            esc(
                tr._(
                    "That is too long (at most {n} characters). Please shorten it.",
                    n=lib.peers.max_question_chars,
                )
            ),
            parse_mode=HTML,
        )
    else:
        await reply(
            update,
            esc(tr._("I could not add that to question #{number}.", number=ticket_id)),
            parse_mode=HTML,
        )


async def close_button(update: Update, context: HRContext, pressed: TicketClose) -> None:
    ticket_id = pressed.ticket
    person = context.person
    if person is None:
        return
    result = await feature(context).desk.close(ticket_id, person)
    tr = context.tr
    if result == CloseResult.CLOSED_NOW:
        await answer_query(update, context, tr._("Closed."))
        await reply(
            update,
            esc(tr._("Question #{number} is closed. Thank you.", number=ticket_id)),
            parse_mode=HTML,
        )
    elif result == CloseResult.ALREADY_CLOSED:
        await answer_query(update, context, tr._("This question is already closed."))
    else:
        await answer_query(
            update, context, tr._("This question belongs to someone else."), alert=True
        )


async def release_button(update: Update, context: HRContext, pressed: TicketRelease) -> None:
    ticket_id = pressed.ticket
    if context.person is None:
        return
    ok = await feature(context).desk.release(ticket_id, context.person)
    tr = context.tr
    await answer_query(
        update,
        context,
        tr._("Given back: other peers can claim it now.")
        if ok
        else tr._("You can only give back a question you claimed."),
        alert=not ok,
    )


async def block_button(update: Update, context: HRContext, pressed: TicketBlock) -> None:
    ticket_id = pressed.ticket
    if context.person is None:
        return
    tr = context.tr
    ok = await feature(context).desk.block(ticket_id, context.person)
    if ok:
        await reply(
            update,
            esc(
                tr._(
                    "The asker of question #{number} can't send questions for {days} days. "
                    "You still don't know who it is, and neither do I.",
                    number=ticket_id,
                    days=feature(context).peers.block_days,
                )
            ),
            parse_mode=HTML,
        )
    else:
        await answer_query(
            update, context, tr._("Only the peer who claimed it can block its asker."), alert=True
        )


async def draft_for(update: Update, context: HRContext, ticket_id: int) -> None:
    tr = context.tr
    lib = feature(context)
    ticket = await lib.ticket(ticket_id)
    if ticket is None:
        await reply(
            update,
            esc(
                tr._(
                    "Question #{number} no longer exists (texts are deleted after closing).",
                    number=ticket_id,
                )
            ),
            parse_mode=HTML,
        )
        return
    answers = [
        (name or "peer", text)
        for author, name, text in await lib.desk.thread(ticket_id)
        if author == TicketSide.PEER
    ]
    try:
        path = write_draft(Path(lib.service.content_dir), ticket_id, ticket.lang, answers)
    except ValueError:
        await reply(
            update,
            esc(tr._("Question #{number} has no peer answer yet.", number=ticket_id)),
            parse_mode=HTML,
        )
        return
    except OSError:
        await reply(
            update,
            esc(
                tr._("I could not write the draft file. Check that the content folder is writable.")
            ),
            parse_mode=HTML,
        )
        return
    actor = context.person.pseudonym if context.person and context.person.pseudonym else "moderator"
    await lib.services.audit.record(actor, "library.draft", f"#{ticket_id}", path.name)
    where = "content/drafts/" + path.name
    await reply(
        update,
        esc(
            tr._(
                "Draft written to {path}. It needs a title, a category, a source and translations "
                "before it can be published.",
                path=where,
            )
        ),
        parse_mode=HTML,
    )


async def draft_button(update: Update, context: HRContext, pressed: TicketDraft) -> None:
    await draft_for(update, context, pressed.ticket)


async def draft_command(update: Update, context: HRContext) -> None:
    person = context.person
    tr = context.tr
    if person is None or not person.is_moderator:
        await reply(update, tr._("Only moderators can make drafts."))
        return
    try:
        ticket_id = int((context.args or [""])[0].lstrip("#"))
    except ValueError:
        await reply(
            update, tr._("Write the question number after the command, for example: /draft 12")
        )
        return
    await draft_for(update, context, ticket_id)


async def duty_command(update: Update, context: HRContext) -> None:
    person = context.person
    tr = context.tr
    if person is None or not person.is_peer:
        await reply(update, tr._("Only verified peers can go on duty."))
        return
    desk = feature(context).desk
    arg = (context.args or [""])[0].lower()
    if arg in ("on", "off"):
        await desk.set_duty(person, arg == "on")
    on = await desk.on_duty(person)
    await reply(
        update,
        tr._(
            "You are on duty: new questions come to you by private message. /duty off pauses them."
        )
        if on
        else tr._("You are off duty: no new questions by private message. /duty on resumes them."),
    )


# -- the two prompts: a question for peers, a reply in a ticket ------------------------------
async def on_question(update: Update, context: HRContext, prompt: prompts.Prompt) -> None:
    message = update.effective_message
    if message is None or not message.text:
        return
    said = chat_words(message.text)
    if said == "menu":  # "menu", "start": what they asked for, not a question
        await greeting(update, context)
        return
    if said is not None and said != "help":  # "I need help" is for peers: it goes to them
        # "hola" sent to peers as the whole question (ticket #1), and the real question typed
        # next went to the library instead: a greeting, a thank you or an "ok" is no question
        tr = context.tr
        again = tr._(
            "What would you like to ask a peer? Write your question in one message, in your "
            "own words. /cancel if you changed your mind."
        )
        if said == "greeting":
            again = tr._("Hi!") + " " + again
        prompts.ask(update, context, ASK)
        await reply(update, esc(again), parse_mode=HTML)
        return
    await submit_question(update, context, message.text)


async def on_reply(update: Update, context: HRContext, prompt: prompts.Prompt) -> None:
    message = update.effective_message
    if message is not None and message.text:
        await send_reply(update, context, int(prompt.data["ticket"]), message.text)


async def urgent_question(
    update: Update, context: HRContext, prompt: prompts.Prompt, text: str
) -> None:
    """An emergency or crisis typed as the question: the card or crisis reply has gone out;
    peers still get it (flagged urgent), and no ticket message pushes the card off screen. What
    the person writes next follows it to peers, unless the card waits for their country."""
    if context.person is not None:
        outcome = await feature(context).desk.ask(context.person, text, lang_of(context))
        log.info("Urgent question to peers: %s", outcome.status)
        if outcome.status == AskStatus.OK and prompts.current(update, context) is None:
            prompts.ask(update, context, FOLLOW, ticket=outcome.ticket_id)


async def on_follow(update: Update, context: HRContext, prompt: prompts.Prompt) -> None:
    """A message after an urgent question: into the same ticket, said as a person."""
    message = update.effective_message
    if message is not None and message.text:
        await send_reply(update, context, int(prompt.data["ticket"]), message.text, follow=True)


async def urgent_follow(
    update: Update, context: HRContext, prompt: prompts.Prompt, text: str
) -> None:
    """An emergency or crisis written while following an urgent question: into the same
    ticket (flagged urgent there), and what comes next still follows it."""
    await urgent_reply(update, context, prompt, text)
    if prompts.current(update, context) is None:
        prompts.ask(update, context, FOLLOW, ticket=int(prompt.data["ticket"]))


async def follow_cancelled(update: Update, context: HRContext) -> None:
    await reply(
        update,
        esc(context.tr._("OK, what you write now is no longer passed on to peers.")),
        parse_mode=HTML,
    )


async def urgent_reply(
    update: Update, context: HRContext, prompt: prompts.Prompt, text: str
) -> None:
    if context.person is not None:
        result = await feature(context).desk.reply(int(prompt.data["ticket"]), context.person, text)
        log.info("Urgent reply in a ticket: %s", result)


async def cancelled(update: Update, context: HRContext) -> None:
    # with the menu: after /cancel the person is never left without a way on
    await reply(
        update,
        esc(context.tr._("OK, nothing was sent.")),
        parse_mode=HTML,
        reply_markup=main_menu(context),
    )


def register(app: Application, reg: BotRegistry) -> None:
    private = filters.ChatType.PRIVATE
    for name, answer, urgent, authored in (
        (ASK, on_question, urgent_question, None),
        # A peer's answer to someone's question may well talk about breathing or overdoses.
        (REPLY, on_reply, urgent_reply, lambda prompt: bool(prompt.data.get("peer"))),
    ):
        reg.prompts.add(
            prompts.PromptKind(
                name,
                answer,
                timeout=PROMPT_SECONDS,
                on_cancel=cancelled,
                on_urgent=urgent,
                authored=authored,
            )
        )
    reg.prompts.add(
        prompts.PromptKind(
            FOLLOW,
            on_follow,
            timeout=PROMPT_SECONDS,
            once=False,
            on_cancel=follow_cancelled,
            on_urgent=urgent_follow,
        )
    )
    app.add_handler(CommandHandler("ask", ask_command, filters=private))
    app.add_handler(CommandHandler("draft", draft_command, filters=private))
    app.add_handler(CommandHandler("duty", duty_command, filters=private))
    reg.router.add(AskStart, start_button)
    reg.router.add(AskSend, send_pending_button)
    reg.router.add(TicketClaim, claim_button)
    reg.router.add(TicketReply, reply_button)
    reg.router.add(TicketClose, close_button)
    reg.router.add(TicketRelease, release_button)
    reg.router.add(TicketBlock, block_button)
    reg.router.add(TicketDraft, draft_button)
    reg.command("ask", N_("ask a peer, anonymously"), order=12)
    reg.command(
        "duty",
        N_("get new questions by private message, or pause them (peers)"),
        order=98,
        listed=False,
        authored=True,
    )
    reg.command(
        "draft",
        N_("turn a peer answer into a draft topic (moderators)"),
        order=99,
        listed=False,
        authored=True,
    )
    reg.menu_entry(20, N_("Ask a peer"), AskStart())
