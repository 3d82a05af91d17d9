"""Every button the bot shows, declared once: its action code, what it carries, who may press it.

Each class is one button action (``bot.handlers.payload``): its fields are the arguments in
the signed callback data, in order, read back with their types by the router before the
handler runs (``reg.router.add(Payload, handler)``; the handler gets the payload). Buttons are
made with ``context.button(text, Payload(...))``. The codes are part of buttons already sent
to people and are kept as they are; ``docs/ARCHITECTURE.md``'s button table is generated from
this module (``python -m bot.handlers.buttons``) and a test keeps the two equal.
"""

from __future__ import annotations

from typing import Literal

from bot.handlers.payload import ACTIONS, Payload, action, dash
from bot.people import Role

PERSON, PEER, MODERATOR = Role.PERSON, Role.PEER, Role.MODERATOR


# -- start, help, language, privacy (handlers/start.py, language.py, privacy.py) ----------------
@action("menu", PERSON, "show the main menu")
class MainMenu(Payload):
    pass


@action("help", PERSON, "show /help")
class Help(Payload):
    pass


@action("langs", PERSON, "show the language choice")
class LanguageMenu(Payload):
    pass


@action("lang", PERSON, "answer in this language from now on")
class ChooseLanguage(Payload):
    language: str


@action("privacy", PERSON, "show /privacy")
class Privacy(Payload):
    pass


@action("forget", PERSON, "answer to /forget: yes erases everything stored about the person")
class Forget(Payload):
    answer: Literal["yes", "no"]


# -- overdose card (handlers/overdose.py) -------------------------------------------------------
@action("od", PERSON, "send the overdose card")
class Overdose(Payload):
    pass


@action("odm", PERSON, "everything behind the card's More, for a region or none (-)")
class OverdoseMore(Payload):
    region: str | None = dash()


@action("odl", PERSON, "the crisis lines of the person's country (under the mental-health topic)")
class CrisisLines(Payload):
    pass


# The country question sits under the emergency card, or under the crisis reply (``view``:
# "c" offering "Talk to a peer", "cp" when the message already went to peers, "cn" with no
# peer button); the choice re-renders that message.
CountryView = Literal["c", "cp", "cn"]


@action("odc", PERSON, "a page of countries for the card's (or crisis reply's) numbers")
class OverdoseCountries(Payload):
    page: int
    view: CountryView | None = None


@action("odset", PERSON, "remember this country; the card or crisis reply shows its numbers")
class OverdoseCountry(Payload):
    region: str
    view: CountryView | None = None


@action("odno", PERSON, "do not ask for the country now")
class OverdoseNotNow(Payload):
    view: CountryView | None = None


# -- library: topics, combinations, questions for peers (handlers/topics.py, combo.py, ask.py) --
@action("lt_cats", PERSON, "the topic categories")
class TopicCategories(Payload):
    pass


@action("lt_cat", PERSON, "a page of one category's topics")
class TopicCategory(Payload):
    category: str
    page: int


@action("lt_t", PERSON, "show one topic")
class ShowTopic(Payload):
    topic: str


@action("lt_fb", PERSON, "count a topic as helpful (h) or not (n), in a language")
class TopicFeedback(Payload):
    topic: str
    language: str
    verdict: Literal["h", "n"]


@action(
    "lt_cc",
    PERSON,
    "answer the topic's country question: a region id, - (somewhere else) or 0 (not now)",
)
class TopicCountry(Payload):
    topic: str
    region: str


@action("lt_wd", MODERATOR, "withdraw a topic or combination entry")
class TopicWithdraw(Payload):
    item: str


@action("lt_rp", MODERATOR, "republish a withdrawn topic or combination entry")
class TopicRepublish(Payload):
    item: str


@action("lc_start", PERSON, "start the combination checker")
class ComboStart(Payload):
    pass


@action("lc_p", PERSON, "a page of substances, for the first (-) or after a first one")
class ComboPage(Payload):
    first: str | None = dash()
    page: int


@action("lc_1", PERSON, "choose the first substance of a combination")
class ComboFirst(Payload):
    substance: str


@action("lc_2", PERSON, "show what is known about two substances together")
class ComboPair(Payload):
    first: str
    second: str


@action("la_start", PERSON, "ask a question for peers")
class AskStart(Payload):
    pass


@action("la_send", PERSON, "send the question just typed to peers")
class AskSend(Payload):
    pass


@action("tk_claim", PEER, "claim a question to answer it")
class TicketClaim(Payload):
    ticket: int


@action("tk_reply", PERSON, "reply in a question's conversation (asker or the peer on it)")
class TicketReply(Payload):
    ticket: int


@action("tk_close", PERSON, "close a question (asker or the peer on it)")
class TicketClose(Payload):
    ticket: int


@action("tk_release", PEER, "give a claimed question back to all peers")
class TicketRelease(Payload):
    ticket: int


@action("tk_block", PEER, "block the asker of a question for a while")
class TicketBlock(Payload):
    ticket: int


@action("tk_draft", MODERATOR, "make a draft topic from a question's answer")
class TicketDraft(Payload):
    ticket: int


# -- finding services (handlers/services.py) ----------------------------------------------------
@action("svc", PERSON, "start finding services: ask for a place")
class FindServices(Payload):
    pass


@action(
    "svm", PERSON, "another page of a search, from an offset, of one type (its index) or all (-)"
)
class ServicesPage(Payload):
    search: str
    offset: int
    type: int | None = dash()


@action("svx", PERSON, "the first page of a search with the type buttons (current type or -)")
class ServicesFilter(Payload):
    search: str
    type: int | None = dash()


@action("svp", PERSON, "the place meant, among those a typed name matched")
class ServicesPlace(Payload):
    choice: str
    index: int


@action("svv", PERSON, "send a service as a map venue, with the feedback buttons")
class ServiceVenue(Payload):
    position: int


@action("svq", PERSON, "the anonymous feedback buttons for a service")
class ServiceAskFeedback(Payload):
    position: int


@action("svf", PERSON, "count one anonymous answer (its index) about a service")
class ServiceFeedback(Payload):
    position: int
    kind: int


# -- drug alerts for people (handlers/alerts.py) ------------------------------------------------
@action("al", PERSON, "the alerts home")
class AlertsHome(Payload):
    pass


@action("alc", PERSON, "a page of countries to follow")
class AlertsCountries(Payload):
    page: int


@action("alr", PERSON, "one region: subscribe, or go into its parts")
class AlertsRegion(Payload):
    region: str


@action("als", PERSON, "subscribe to a region")
class AlertsSubscribe(Payload):
    region: str


@action("alu", PERSON, "unsubscribe from a region (r: back to the region, else to My regions)")
class AlertsUnsubscribe(Payload):
    region: str
    back: Literal["r"] | None = None


@action("alm", PERSON, "the regions the person follows")
class AlertsMine(Payload):
    pass


@action("ala", PERSON, "the active alerts in the person's regions")
class AlertsActive(Payload):
    pass


@action("alv", PERSON, "show one alert")
class AlertsView(Payload):
    alert: int


@action("alt", PERSON, "type a place to follow")
class AlertsTypePlace(Payload):
    pass


@action("alloc", PERSON, "send a location to follow its area")
class AlertsLocation(Payload):
    pass


# -- reporting a bad batch (handlers/report.py) -------------------------------------------------
ReportOp = Literal[
    "x",  # cancel
    "b",  # back one step
    "s",  # sold as (substance index)
    "f",  # found (substance index, toggles)
    "fo",  # found: done
    "e",  # evidence (index)
    "rc",  # region: a page of countries
    "rr",  # region: go into one (token)
    "rh",  # region: this one (token)
    "n",  # next (appearance, effects)
    "lf",  # form (index)
    "lc",  # colour (index)
    "li",  # imprint (index)
    "sg",  # signs (index, toggles)
    "rm",  # remove the photo
    "v",  # severity (index)
    "a",  # advice (index, toggles)
    "ao",  # advice: done
    "d",  # expiry in days
    "ok",  # submit
]


@action("rps", PERSON, "start the report form (always 0)")
class ReportStart(Payload):
    step: Literal["0"] = "0"


@action("rp", PERSON, "one button of a report form (its nonce, the step's op, a value)")
class ReportForm(Payload):
    nonce: str
    op: ReportOp
    value: str | None = None

    @property
    def index(self) -> int | None:
        """The value as an index into the step's choices, or None."""
        return int(self.value) if self.value is not None and self.value.isdigit() else None


# -- reviewing and moderating alerts (handlers/review.py) ---------------------------------------
RejectReason = Literal["evidence", "duplicate", "unclear", "identifying", "other"]
EditMode = Literal["p", "c"]  # p: a pending report, c: a correction draft
EditOp = Literal[
    "open",  # open the editing menu in a private chat (a new message)
    "m",  # the menu
    "sv",  # severity
    "ev",  # evidence
    "fd",  # found
    "ad",  # advice
    "lk",  # form, colour, markings
    "lf",  # form
    "lc",  # colour
    "li",  # imprint
    "sg",  # signs
    "ex",  # expiry (days)
    "tx",  # a text field (index): typed next
    "ph",  # remove the photo
    "send",  # send the correction: its note is typed next
    "x",  # close without changes
]


@action("rva", PERSON, "approve an alert (the role is checked for what the press does)")
class AlertApprove(Payload):
    alert: int


@action("rvj", MODERATOR, "reject an alert: show the reasons")
class AlertReject(Payload):
    alert: int


@action("rvjr", MODERATOR, "reject an alert for this reason")
class AlertRejectReason(Payload):
    alert: int
    reason: RejectReason


@action("rvb", MODERATOR, "back from the reasons to the review buttons")
class AlertRejectBack(Payload):
    alert: int


@action("rvt", MODERATOR, "translate a pending alert into a language (typed next)")
class AlertTranslate(Payload):
    alert: int
    language: str


@action("apic", PEER, "send an alert as a picture in a language (default: the presser's)")
class AlertPicture(Payload):
    alert: int
    language: str | None = None


@action("ae", MODERATOR, "edit a pending report or a correction draft")
class AlertEdit(Payload):
    mode: EditMode
    alert: int
    op: EditOp
    value: str | None = None

    @property
    def index(self) -> int | None:
        """The value as an index into the field's choices, or None."""
        return int(self.value) if self.value is not None and self.value.isdigit() else None


@action("rqy", MODERATOR, "confirm another moderator's request to correct or withdraw")
class RequestConfirm(Payload):
    alert: int


@action("rqn", MODERATOR, "keep the alert as it is (decline the request)")
class RequestCancel(Payload):
    alert: int


@action("mnt", MODERATOR, "translate a correction or withdrawal note into a language")
class NoteTranslate(Payload):
    alert: int
    language: str


@action("mns", MODERATOR, "send the correction or withdrawal")
class NoteSend(Payload):
    alert: int


@action("mnx", MODERATOR, "drop the correction or withdrawal note")
class NoteCancel(Payload):
    alert: int


@action("mo", MODERATOR, "a page of the moderation list")
class Moderate(Payload):
    page: int


@action("moa", MODERATOR, "one alert in the moderation list, with what can be done")
class ModerateAlert(Payload):
    alert: int


@action("moc", MODERATOR, "correct an approved alert")
class AlertCorrect(Payload):
    alert: int


@action("mor", MODERATOR, "withdraw an alert: ask to confirm")
class AlertWithdraw(Payload):
    alert: int


@action("mory", MODERATOR, "withdraw an alert, confirmed")
class AlertWithdrawConfirmed(Payload):
    alert: int


# -- peers and moderators (handlers/peers.py) ---------------------------------------------------
@action("prinv", MODERATOR, "make a one-time invite link for a new peer")
class PeerInvite(Payload):
    pass


@action("pr", MODERATOR, "a page of the peers and moderators")
class Peers(Payload):
    page: int


@action("prx", MODERATOR, "revoke a role: ask to confirm")
class PeerRevoke(Payload):
    person: str


@action("prxy", MODERATOR, "revoke a role, confirmed")
class PeerRevokeConfirmed(Payload):
    person: str


@action("prm", MODERATOR, "make a peer a moderator: ask to confirm")
class PeerPromote(Payload):
    person: str


@action("prmy", MODERATOR, "make a peer a moderator, confirmed")
class PeerPromoteConfirmed(Payload):
    person: str


def table() -> str:
    """The Markdown table of every button action (docs/ARCHITECTURE.md holds a copy)."""
    lines = [
        "| code | payload | fields | who may press | what it does |",
        "| --- | --- | --- | --- | --- |",
    ]
    for code, cls in ACTIONS.items():
        if cls.__module__ != __name__:
            continue
        fields = ", ".join(f.name for f in cls._fields) or "-"
        lines.append(f"| `{code}` | `{cls.__name__}` | {fields} | {cls.role} | {cls.does} |")
    return "\n".join(lines)


if __name__ == "__main__":
    print(table())
