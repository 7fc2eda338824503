"""The typed ORM mapping; importing this package registers every table on `Base.metadata`."""

from smmdesk.storage.models.audit import AuditEntry
from smmdesk.storage.models.base import Base, Tracked
from smmdesk.storage.models.contests import (
    Contest,
    ContestDisqualification,
    ContestDraw,
    ContestParticipant,
    ContestPrize,
)
from smmdesk.storage.models.estimates import Campaign, Client, Estimate, EstimateLine, EstimateVersion
from smmdesk.storage.models.influencers import (
    Account,
    Format,
    ImportMapping,
    Influencer,
    InfluencerTag,
    Platform,
    PriceChange,
    SavedView,
    Tag,
    Terms,
)
from smmdesk.storage.models.placements import KpiTarget, Payment, Placement, PublicationMetric, Screenshot
from smmdesk.storage.models.settings import Setting

__all__ = [
    "Account",
    "AuditEntry",
    "Base",
    "Campaign",
    "Client",
    "Contest",
    "ContestDisqualification",
    "ContestDraw",
    "ContestParticipant",
    "ContestPrize",
    "Estimate",
    "EstimateLine",
    "EstimateVersion",
    "Format",
    "ImportMapping",
    "Influencer",
    "InfluencerTag",
    "KpiTarget",
    "Payment",
    "Placement",
    "Platform",
    "PriceChange",
    "PublicationMetric",
    "SavedView",
    "Screenshot",
    "Setting",
    "Tag",
    "Terms",
    "Tracked",
]
