"""Verified peers: /invite links, choosing a pseudonym, /peers with revoke and promote."""

from __future__ import annotations

from datetime import UTC
from typing import Any

from telegram import Update
from telegram.constants import ParseMode
from telegram.ext import Application, CommandHandler, filters

from bot.alerts.invites import (
    PSEUDONYM_MAX,
    PSEUDONYM_MIN,
    InviteOutcome,
    check_pseudonym,
    person_token,
)
from bot.handlers.alerts_common import (
    TEXT_INPUTS,
    clear_expected,
    esc,
    expect_text,
    feature,
    moderator_ready,
)
from bot.handlers.base import BotRegistry, HRContext, answer_query, edit_or_send, reply
from bot.handlers.buttons import (
    PeerInvite,
    PeerPromote,
    PeerPromoteConfirmed,
    PeerRevoke,
    PeerRevokeConfirmed,
    Peers,
)
from bot.i18n import N_, Translator
from bot.people import Person

INVITE_PREFIX = "inv-"
PAGE = 8


def telegram_names(update: Update) -> tuple[str | None, ...]:
    """The person's username and names, only to refuse them as a pseudonym (never stored)."""
    user = update.effective_user
    return (user.username, user.first_name, user.last_name) if user else ()


def pseudonym_problem(tr: Translator, text: str, outcome: str) -> str:
    """Why a pseudonym was not accepted, and what to send instead."""
    if outcome == InviteOutcome.TAKEN:
        return tr._("Someone already uses that pseudonym. Please choose another one:")
    if outcome == InviteOutcome.OWN_NAME:
        return tr._(
            "That looks like your Telegram name or username. Choose a pseudonym nobody can "
            "link to you, and send it now:"
        )
    reason = check_pseudonym(text)
    if reason == "length":
        return tr._(
            "A pseudonym has {low} to {high} characters. Please send another one:",
            low=PSEUDONYM_MIN,
            high=PSEUDONYM_MAX,
        )
    if reason == "letter":
        return tr._("A pseudonym needs at least one letter. Please send another one:")
    return tr._("Use only letters, digits, - and _ (no spaces). Please send another one:")


# -- /invite ---------------------------------------------------------------------------------------
async def invite_command(update: Update, context: HRContext) -> None:
    clear_expected(context)
    if not await moderator_ready(update, context):
        return
    await _new_invite(update, context)


async def invite_button(update: Update, context: HRContext, _: PeerInvite) -> None:
    if not await moderator_ready(update, context):
        return
    await _new_invite(update, context)


def _person(context: HRContext) -> Person:
    """The person acting: every update that reaches these handlers has one (handlers.base)."""
    if context.person is None:
        raise RuntimeError("a peer tool ran without a person")
    return context.person


async def _new_invite(update: Update, context: HRContext) -> None:
    tr = context.tr
    pseudonym = _person(context).pseudonym
    if pseudonym is None:
        raise RuntimeError("an invite without the moderator's pseudonym (see moderator_ready)")
    invite = await feature(context).invites.create(pseudonym)
    link = f"https://t.me/{context.bot.username}?start={INVITE_PREFIX}{invite.code}"
    until = tr.datetime(invite.expires_at.astimezone(UTC), "short") + " UTC"
    text = "\n\n".join(
        [
            tr._(
                "Here is a one-time invite link. Whoever opens it first becomes a verified peer, "
                "who can report drug alerts."
            ),
            esc(link),
            tr._(
                "It works once and expires on {when}. Send it privately to one person you trust; "
                "never post it in a group or channel.",
                when=esc(until),
            ),
        ]
    )
    await reply(update, text, parse_mode=ParseMode.HTML, disable_web_page_preview=True)


# -- opening an invite -----------------------------------------------------------------------------
async def invite_link(update: Update, context: HRContext, code: str) -> None:
    tr = context.tr
    person = context.person
    if person is None:
        return
    if person.is_peer and person.pseudonym:
        await reply(
            update,
            tr._("You are already a verified peer, as {name}.", name=esc(person.pseudonym)),
            parse_mode=ParseMode.HTML,
        )
        return
    status = await feature(context).invites.open(code, person)
    if status != "ok":
        await reply(update, _invite_problem(tr, status))
        return
    await reply(
        update,
        tr._(
            "Welcome! This invite makes you a verified peer: you will be able to report bad "
            "batches with /report, and moderators will check each report before it goes out.\n\n"
            "Choose a pseudonym, the name moderators will know you by. Use 2 to 32 letters, "
            "digits, - or _, and not your real name or Telegram username. Send it now:"
        ),
    )
    expect_text(context, "invite", code=code)


def _invite_problem(tr: Translator, status: str) -> str:
    if status == "busy":
        return tr._(
            "This invite is being used by someone else right now: another person opened it and is "
            "choosing a pseudonym. An invite works for one person only; ask the moderator who sent it "
            "for your own."
        )
    if status == "used":
        return tr._(
            "This invite has already been used. Ask the moderator who sent it for a new one."
        )
    if status == "expired":
        return tr._("This invite has expired. Ask the moderator who sent it for a new one.")
    return tr._(
        "This invite link is not valid. Check that you opened the whole link, or ask for a new one."
    )


async def on_invite_pseudonym(update: Update, context: HRContext, pending: dict[str, Any]) -> None:
    tr = context.tr
    text = (update.effective_message.text or "").strip() if update.effective_message else ""
    outcome = await feature(context).invites.redeem(
        pending["code"],
        _person(context),
        text,
        names=telegram_names(update),
    )
    if outcome == InviteOutcome.OK:
        person = _person(context)
        if person.language is None:
            # Questions, claims and urgent flags reach peers later, outside any message of
            # theirs: kept in the language they joined in (else they came in English).
            await context.services.people.set_language(person, tr.lang)
        await reply(
            update,
            tr._(
                "Done: you are now a verified peer, {name}. Send /report when you have a bad batch "
                "to report, and /alerts to choose the regions you get alerts for.",
                name=esc(text),
            ),
            parse_mode=ParseMode.HTML,
        )
        return
    if outcome == InviteOutcome.ALREADY:
        await reply(update, tr._("You are already a verified peer."))
        return
    if outcome in (
        InviteOutcome.UNKNOWN,
        InviteOutcome.USED,
        InviteOutcome.EXPIRED,
        InviteOutcome.BUSY,
    ):
        await reply(update, _invite_problem(tr, outcome))
        return
    await reply(update, pseudonym_problem(tr, text, outcome))
    expect_text(context, "invite", code=pending["code"])


# -- /peers ----------------------------------------------------------------------------------------
async def peers_command(update: Update, context: HRContext) -> None:
    clear_expected(context)
    if not await moderator_ready(update, context):
        return
    await _show_peers(update, context, 0, edit=False)


async def peers_button(update: Update, context: HRContext, shown: Peers) -> None:
    if not await moderator_ready(update, context):
        return
    await _show_peers(update, context, shown.page, edit=True)


async def _show_peers(update: Update, context: HRContext, page: int, edit: bool) -> None:
    tr = context.tr
    f = feature(context)
    members = await f.invites.members()
    pages = max(1, (len(members) + PAGE - 1) // PAGE)
    page = min(max(page, 0), pages - 1)
    shown = members[page * PAGE : (page + 1) * PAGE]
    lines = [tr._("<b>Moderators and verified peers</b>")]
    if not members:
        lines.append(tr._("Nobody yet. Use /invite to invite a peer."))
    rows = []
    for record in shown:
        role = tr._("moderator") if record.role == "moderator" else tr._("peer")
        lines.append(f"• {esc(record.pseudonym)} ({esc(role)})")
        if record.user_key == context.person.key or f.invites.configured(record.user_key):  # type: ignore[union-attr]
            continue
        token = person_token(record.user_key)
        row = [context.button(tr._("Revoke {name}", name=record.pseudonym), PeerRevoke(token))]
        if record.role == "peer":
            row.append(context.button(tr._("Make moderator"), PeerPromote(token)))
        rows.append(row)
    nav = []
    if page > 0:
        nav.append(context.button("‹", Peers(page - 1)))
    if page < pages - 1:
        nav.append(context.button("›", Peers(page + 1)))
    rows.append(nav)
    rows.append([context.button(tr._("Invite a peer"), PeerInvite())])
    text = "\n".join(lines)
    if edit:
        await edit_or_send(
            update, text, parse_mode=ParseMode.HTML, reply_markup=context.keyboard(rows)
        )
    else:
        await reply(update, text, parse_mode=ParseMode.HTML, reply_markup=context.keyboard(rows))


async def revoke_button(update: Update, context: HRContext, pressed: PeerRevoke) -> None:
    if not await moderator_ready(update, context):
        return
    tr = context.tr
    record = await feature(context).invites.find(pressed.person)
    if record is None:
        await answer_query(update, context, tr._("That person no longer has a role."), alert=True)
        return
    await edit_or_send(
        update,
        tr._(
            "Remove the role of {name}? They will no longer be able to report alerts or moderate.",
            name=esc(record.pseudonym),
        ),
        parse_mode=ParseMode.HTML,
        reply_markup=context.keyboard(
            [
                [
                    context.button(tr._("Yes, revoke"), PeerRevokeConfirmed(pressed.person)),
                    context.button(tr._("No"), Peers(0)),
                ]
            ]
        ),
    )


async def revoke_confirmed(
    update: Update, context: HRContext, pressed: PeerRevokeConfirmed
) -> None:
    if not await moderator_ready(update, context):
        return
    tr = context.tr
    person = context.person
    record = await feature(context).invites.revoke(pressed.person, person.pseudonym, person.key)  # type: ignore[union-attr,arg-type]
    if record is None:
        await answer_query(update, context, tr._("That person no longer has a role."), alert=True)
    else:
        await answer_query(update, context, tr._("Revoked: {name}.", name=record.pseudonym))
    await _show_peers(update, context, 0, edit=True)


async def promote_button(update: Update, context: HRContext, pressed: PeerPromote) -> None:
    if not await moderator_ready(update, context):
        return
    tr = context.tr
    record = await feature(context).invites.find(pressed.person)
    if record is None or record.role != "peer":
        await answer_query(update, context, tr._("That person is not a verified peer."), alert=True)
        return
    await edit_or_send(
        update,
        tr._(
            "Make {name} a moderator? Moderators approve alerts, invite peers and can remove roles.",
            name=esc(record.pseudonym),
        ),
        parse_mode=ParseMode.HTML,
        reply_markup=context.keyboard(
            [
                [
                    context.button(
                        tr._("Yes, make moderator"), PeerPromoteConfirmed(pressed.person)
                    ),
                    context.button(tr._("No"), Peers(0)),
                ]
            ]
        ),
    )


async def promote_confirmed(
    update: Update, context: HRContext, pressed: PeerPromoteConfirmed
) -> None:
    if not await moderator_ready(update, context):
        return
    tr = context.tr
    record = await feature(context).invites.promote(pressed.person, context.person.pseudonym)  # type: ignore[union-attr,arg-type]
    if record is None:
        await answer_query(update, context, tr._("That person is not a verified peer."), alert=True)
    else:
        await answer_query(
            update, context, tr._("{name} is now a moderator.", name=record.pseudonym)
        )
        from bot.handlers.review_cards import brief_new_moderator

        await brief_new_moderator(context, record.user_key)
    await _show_peers(update, context, 0, edit=True)


TEXT_INPUTS["invite"] = on_invite_pseudonym


def register(app: Application, reg: BotRegistry) -> None:
    private = filters.ChatType.PRIVATE
    app.add_handler(CommandHandler("invite", invite_command, filters=private))
    app.add_handler(CommandHandler("peers", peers_command, filters=private))
    reg.deep_link(INVITE_PREFIX, invite_link)
    reg.router.add(PeerInvite, invite_button)
    reg.router.add(Peers, peers_button)
    reg.router.add(PeerRevoke, revoke_button)
    reg.router.add(PeerRevokeConfirmed, revoke_confirmed)
    reg.router.add(PeerPromote, promote_button)
    reg.router.add(PeerPromoteConfirmed, promote_confirmed)
    reg.command(
        "invite", N_("moderators: invite a verified peer"), order=70, listed=False, authored=True
    )
    reg.command(
        "peers", N_("moderators: list and manage peers"), order=71, listed=False, authored=True
    )
