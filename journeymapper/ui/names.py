"""Interface names of channels and lane kinds, written out so Qt's tools find them."""

from __future__ import annotations

from ..i18n import tr
from ..model import Channel, LaneKind


def channel_name(channel: Channel) -> str:
    names = {
        Channel.WEBSITE: tr("channels", "Website"),
        Channel.EMAIL: tr("channels", "Email"),
        Channel.NEWSLETTER: tr("channels", "Newsletter"),
        Channel.SOCIAL: tr("channels", "Social media"),
        Channel.ADS: tr("channels", "Ads"),
        Channel.SEARCH: tr("channels", "Search"),
        Channel.REVIEWS: tr("channels", "Reviews"),
        Channel.WORD_OF_MOUTH: tr("channels", "Word of mouth"),
        Channel.PHONE: tr("channels", "Phone"),
        Channel.CHAT: tr("channels", "Chat"),
        Channel.APP: tr("channels", "Mobile app"),
        Channel.STORE: tr("channels", "Store"),
        Channel.EVENT: tr("channels", "Event"),
        Channel.OTHER: tr("channels", "Other"),
    }
    return names[channel]


def lane_kind_name(kind: LaneKind) -> str:
    names = {
        LaneKind.CARDS: tr("lanes", "Cards"),
        LaneKind.TOUCHPOINTS: tr("lanes", "Touchpoints"),
        LaneKind.EMOTION: tr("lanes", "Emotion curve"),
    }
    return names[kind]
