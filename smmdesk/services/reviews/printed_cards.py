"""A wave of an SMS or e-mail campaign as printed cards carry it, when it is written as a PDF of QR
codes: each request's text rendered from the card's form of the invitation (the sentence holding
the link left out, the code and the link printed beside it) with the card's opt-out line instead
of the message's («Ответьте СТОП» cannot be done to a card). The compliance log of a printed wave
records these texts, the ones printed. A QR campaign's wave is already so."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from smmdesk.domain.reviews.campaign import CARD_OPT_OUT, Channel, ReviewCampaign, invitation_renderer
from smmdesk.domain.reviews.waves import Wave

Translate = Callable[[str, str], str]


def as_printed(campaign: ReviewCampaign, wave: Wave, translate: Translate) -> Wave:
    """The wave with each request's text as its printed card says it."""
    if campaign.channel.printed:
        return wave
    card = replace(campaign, channel=Channel.QR_PARCEL, opt_out=translate("Reviews", CARD_OPT_OUT))
    render = invitation_renderer(card)
    requests = tuple(
        replace(r, text=render(r.customer.name, r.customer.order, r.customer.day, r.link))
        for r in wave.requests
    )
    return replace(wave, requests=requests)
